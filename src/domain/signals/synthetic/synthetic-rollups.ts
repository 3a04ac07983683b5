/**
 * Rolls synthetic events up into the two rollups' row shapes (rollup-types.ts), so domain tests can run
 * generator → indicators → warnings without a database. The server's incremental rollups are the real thing; this
 * follows the same conventions (cross-function = sales ↔ marketing; weeks named by their Monday).
 */
import type { PairDayRollupRow, RollupPerson, UnitWeekRollupRow } from '../rollup-types';
import { isoDay, weekStartOf } from '../weeks';
import type { SyntheticEvent } from './synthetic-history';

export function rollUpEvents(events: readonly SyntheticEvent[], people: readonly RollupPerson[]) {
  const byId = new Map(people.map((person) => [person.id, person]));
  const pairDays = new Map<string, PairDayRollupRow>();
  const unitWeeks = new Map<string, UnitWeekRollupRow>();
  const groupRow = (person: RollupPerson, weekStart: string) => {
    const key = `${person.unit}\u0000${person.level}\u0000${person.function}\u0000${weekStart}`;
    let row = unitWeeks.get(key);
    if (row === undefined) {
      row = {
        unit: person.unit, level: person.level, function: person.function, weekStart,
        initiated: 0, outreach: 0, outreachAnswered: 0, outreachUnanswered: 0, outreachResponseSecondsSum: 0,
        inbound: 0, inboundAnswered: 0, inboundUnanswered: 0, inboundResponseSecondsSum: 0,
      };
      unitWeeks.set(key, row);
    }
    return row;
  };
  for (const event of events) {
    const initiator = byId.get(event.initiatorId);
    const recipient = byId.get(event.recipientId);
    if (initiator === undefined || recipient === undefined) continue;
    const crossFunction =
      (initiator.function === 'sales' && recipient.function === 'marketing') || (initiator.function === 'marketing' && recipient.function === 'sales');
    const responseSeconds = event.answeredAt === null ? 0 : (event.answeredAt.getTime() - event.occurredAt.getTime()) / 1000;
    const answered = event.answeredAt === null ? 0 : 1;
    const day = isoDay(event.occurredAt);
    const pairKey = `${event.initiatorId}\u0000${event.recipientId}\u0000${day}`;
    let pair = pairDays.get(pairKey);
    if (pair === undefined) {
      pair = { initiatorId: initiator.id, recipientId: recipient.id, day, events: 0, answered: 0, unanswered: 0, responseSecondsSum: 0, lastAt: event.occurredAt, crossFunction };
      pairDays.set(pairKey, pair);
    }
    pair.events += 1;
    pair.answered += answered;
    pair.unanswered += 1 - answered;
    pair.responseSecondsSum += responseSeconds;
    if (event.occurredAt > pair.lastAt) pair.lastAt = event.occurredAt;

    const week = weekStartOf(event.occurredAt);
    const out = groupRow(initiator, week);
    out.initiated += 1;
    if (!crossFunction) continue;
    out.outreach += 1;
    out.outreachAnswered += answered;
    out.outreachUnanswered += 1 - answered;
    out.outreachResponseSecondsSum += responseSeconds;
    const inbound = groupRow(recipient, week);
    inbound.inbound += 1;
    inbound.inboundAnswered += answered;
    inbound.inboundUnanswered += 1 - answered;
    inbound.inboundResponseSecondsSum += responseSeconds;
  }
  return { pairDays: [...pairDays.values()], unitWeeks: [...unitWeeks.values()] };
}
