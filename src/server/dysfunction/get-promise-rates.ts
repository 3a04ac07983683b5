import { promiseRates, RATE_DIMENSIONS, type RateInput } from '../../domain/dysfunction/promise-rates';
import { DEFAULT_RESPONSE_SLA_DAYS, supportStatus } from '../../domain/dysfunction/support-requests';
import { effectiveMinimum } from '../../domain/dysfunction/suppression';
import type { RatesView } from '../../shared/dysfunction';
import { requireRole, type UseCaseContext } from '../actor';
import { invalidInput } from '../errors';
import { reportingMinimumOf, SIGNAL_READER_ROLES } from './access';
import { factsOf, peopleOfRequests } from './support-presenter';
import { listRequestsBetween } from './support-requests-repository';

/** Promise-keeping and answer rates by the asked side's function, level and unit (region), small groups suppressed. */
export async function getPromiseRates({ db, actor }: UseCaseContext, query: { since?: string; until?: string }, now = new Date()): Promise<RatesView> {
  requireRole(actor, SIGNAL_READER_ROLES, 'see promise-keeping rates');
  if (query.since && query.until && query.since >= query.until) throw invalidInput('"since" must be before "until".');
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const minimum = effectiveMinimum(await reportingMinimumOf(tx, orgId));
    const rows = await listRequestsBetween(tx, orgId, {
      since: query.since ? new Date(`${query.since}T00:00:00Z`) : undefined,
      until: query.until ? new Date(`${query.until}T00:00:00Z`) : undefined,
    });
    const people = await peopleOfRequests(tx, orgId, rows);
    const items: RateInput[] = rows.map((row) => {
      const askedId = row.addresseePersonId ?? row.responderPersonId;
      const asked = askedId ? people.get(askedId) : undefined;
      return {
        status: supportStatus(factsOf(row), now),
        askedKey: askedId ?? `group:${row.addresseeFunction}:${row.addresseeRegion ?? ''}`,
        function: row.addresseeFunction,
        level: asked?.level ?? null,
        unit: row.addresseeRegion,
      };
    });
    return { minimum, slaDays: DEFAULT_RESPONSE_SLA_DAYS, tables: RATE_DIMENSIONS.map((dimension) => promiseRates(items, dimension, minimum)) };
  });
}
