/**
 * Everything the weekly signal series are built from, read for one org and a range of ISO weeks: the people (as the
 * rollups see them), the unit-week rollup rows, support requests as promise outcomes and conflict incidents per unit.
 * One reader for the early warnings, the progression and the propositions, so they always see the same figures.
 */
import { supportStatus, type SupportStatus } from '../../../domain/dysfunction/support-requests';
import { incidentSeries, promiseSeries, unitWeekSeries, type IncidentRow, type WeeklySeries } from '../../../domain/signals/indicator-series';
import type { RequestOutcome, SupportRequestRow } from '../../../domain/signals/promise-keeping';
import { NO_UNIT, type IsoDate, type RollupPerson, type UnitWeekRollupRow } from '../../../domain/signals/rollup-types';
import { addWeeks, weeksBetween } from '../../../domain/signals/weeks';
import type { Tx } from '../../db/create-db';
import { listIncidentUnitsBetween } from '../../dysfunction/incidents-repository';
import { factsOf } from '../../dysfunction/support-presenter';
import { listRequestsBetween } from '../../dysfunction/support-requests-repository';
import { allPeople } from '../../org/people-repository';
import { findUnitWeeks } from '../rollups-repository';

export interface SignalInputs {
  /** Every ISO week (Monday) from the first to the last asked for. */
  weeks: IsoDate[];
  people: RollupPerson[];
  unitWeeks: UnitWeekRollupRow[];
  requests: SupportRequestRow[];
  incidents: IncidentRow[];
}

/** What a support request's status says about the promise; null while it can still be kept. */
const OUTCOME_OF: Record<SupportStatus, RequestOutcome | null> = {
  awaiting_response: null,
  promised: null,
  delivered_on_time: 'delivered',
  delivered_late: 'late',
  // Past the promised date and not delivered: already broken, whatever happens later.
  overdue: 'late',
  declined: 'declined',
  ignored: 'ignored',
};

export async function loadSignalInputs(tx: Tx, orgId: string, range: { fromWeek: IsoDate; toWeek: IsoDate; now: Date }): Promise<SignalInputs> {
  const weeks = weeksBetween(range.fromWeek, range.toWeek);
  const since = new Date(`${range.fromWeek}T00:00:00Z`);
  const until = new Date(`${addWeeks(range.toWeek, 1)}T00:00:00Z`);
  const people: RollupPerson[] = (await allPeople(tx, orgId)).map((p) => ({ id: p.id, function: p.function, level: p.level, unit: p.region ?? NO_UNIT }));
  const unitWeeks = await findUnitWeeks(tx, orgId, { from: range.fromWeek, to: range.toWeek });
  const requests: SupportRequestRow[] = [];
  for (const row of await listRequestsBetween(tx, orgId, { since, until })) {
    const providerId = row.addresseePersonId ?? row.responderPersonId;
    if (!providerId) continue;
    requests.push({
      requesterId: row.requesterPersonId,
      providerId,
      kind: row.kind,
      requestedAt: row.createdAt,
      promisedBy: row.promisedDate ? new Date(`${row.promisedDate}T23:59:59Z`) : null,
      outcome: OUTCOME_OF[supportStatus(factsOf(row), range.now)],
    });
  }
  return { weeks, people, unitWeeks, requests, incidents: await listIncidentUnitsBetween(tx, orgId, since, until) };
}

/** The weekly series of every indicator (contacts and unanswered shares, broken promises, conflict incidents). */
export function weeklySeriesOf(inputs: SignalInputs): WeeklySeries[] {
  const units = [...new Set(inputs.people.map((person) => person.unit))].sort();
  return [
    ...unitWeekSeries(inputs.unitWeeks, inputs.weeks),
    ...promiseSeries(inputs.requests, inputs.people, inputs.weeks),
    ...incidentSeries(inputs.incidents, units, inputs.weeks),
  ];
}
