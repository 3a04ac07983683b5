import { paucityIndicators } from '../../../domain/signals/paucity-indicators';
import { NO_UNIT } from '../../../domain/signals/rollup-types';
import type { MonitorQuery, UnitDrillView } from '../../../shared/signals-monitor';
import { requireRole, type UseCaseContext } from '../../actor';
import { SIGNAL_READER_ROLES } from '../../dysfunction/access';
import { allPeople } from '../../org/people-repository';
import { findPairDays } from '../rollups-repository';
import { drillWindow } from './drill-window';
import { asRollupPerson, monitorLattice } from './monitor-lattice';
import { personRef } from './person-ref';
import { presentMonitor } from './present-monitor';

/** More pair-days than any unit has in 90 days; the read is bounded all the same. */
const PAIR_DAY_LIMIT = 1_000_000;

/**
 * One unit: its heatmap with weekly series, and its cross-function dyads (either side in the unit) with communication
 * paucity over the last 90 days from the pair-day rollup. Dyads name people: behavioural metadata, for signal readers.
 */
export async function getUnitDrill({ db, actor }: UseCaseContext, unit: string, query: Omit<MonitorQuery, 'unit'>, now = new Date()): Promise<UnitDrillView> {
  requireRole(actor, SIGNAL_READER_ROLES, 'see a unit of the dysfunction monitor');
  const window = drillWindow(query.asOf, now);
  const lattice = await monitorLattice(db, actor.orgId, query.weeks, window.asOf);
  const monitor = presentMonitor(lattice, unit);
  const { dyads, unitPeople } = await db.withOrg(actor.orgId, async (tx) => {
    const people = await allPeople(tx, actor.orgId);
    const byId = new Map(people.map((person) => [person.id, person]));
    const inUnit = new Set(people.filter((person) => (person.region ?? NO_UNIT) === unit).map((person) => person.id));
    const rows = await findPairDays(tx, actor.orgId, { from: window.from, to: window.asOf, personIds: [...inUnit], limit: PAIR_DAY_LIMIT });
    const paucity = paucityIndicators(rows, people.map(asRollupPerson), { now: window.at, windowDays: window.windowDays });
    const unitPeople = paucity.people
      .filter((person) => inUnit.has(person.personId) && byId.get(person.personId)?.function !== 'other')
      .sort((a, b) => (b.daysSinceLastCrossContact ?? Infinity) - (a.daysSinceLastCrossContact ?? Infinity) || a.crossContactsPerWeek - b.crossContactsPerWeek)
      .map(({ personId, ...figures }) => ({ ...personRef(byId.get(personId) as (typeof people)[number]), ...figures }));
    const dyads = paucity.dyads
      .filter((dyad) => inUnit.has(dyad.salesPersonId) || inUnit.has(dyad.marketingPersonId))
      .sort((a, b) => a.contactsPerWeek - b.contactsPerWeek || b.daysSinceLastContact - a.daysSinceLastContact)
      .map(({ salesPersonId, marketingPersonId, ...paucity }) => ({
        ...paucity,
        sales: personRef(byId.get(salesPersonId) as (typeof people)[number]),
        marketing: personRef(byId.get(marketingPersonId) as (typeof people)[number]),
      }));
    return { dyads, unitPeople };
  });
  return { monitor, windowDays: window.windowDays, people: unitPeople, dyads };
}
