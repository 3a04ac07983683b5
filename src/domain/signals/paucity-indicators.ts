/**
 * Communication-paucity indicators (`dysfunction.communication_paucity`) from the pair-per-day rollup, over a window
 * ending at `now`: days since the last cross-function contact, contacts per week, reciprocity, initiation balance
 * and the unanswered-outreach ratio in each direction (marketing → sales, sales → marketing). Computed per person,
 * per dyad (any sales–marketing pair with contact), per unit and per level. Group results carry `groupSize`.
 */
import { LEVELS } from '../org/types';
import type { PairDayRollupRow, RollupPerson } from './rollup-types';
import { DAY_MS, daysBetween, isoDay } from './weeks';

export interface DirectionCounts {
  events: number;
  unanswered: number;
  /** unanswered / events; null without events. */
  ratio: number | null;
}

export interface PersonPaucity {
  personId: string;
  /** Null when the person had no cross-function contact in the window. */
  daysSinceLastCrossContact: number | null;
  crossContactsPerWeek: number;
  outreach: DirectionCounts;
}

export interface DyadPaucity {
  salesPersonId: string;
  marketingPersonId: string;
  daysSinceLastContact: number;
  contactsPerWeek: number;
  /** min(s→m, m→s) / max(…): 1 when both sides initiate equally, 0 when one side never does. */
  reciprocity: number;
  /** Share of the dyad's events that sales initiated. */
  salesInitiatedShare: number;
  marketingToSales: DirectionCounts;
  salesToMarketing: DirectionCounts;
}

export interface GroupPaucity {
  /** The unit name or the level. */
  group: string;
  groupSize: number;
  /** Days since anyone in the group last had a cross-function contact; null if nobody did in the window. */
  daysSinceLastCrossContact: number | null;
  /** Median over the group's people who had contact. */
  medianPersonDaysSinceContact: number | null;
  peopleWithoutCrossContact: number;
  crossContactsPerWeekPerPerson: number;
  /** Share of the group's cross-function dyads with contact started from both sides. */
  reciprocatedDyadShare: number | null;
  salesInitiatedShare: number | null;
  marketingToSales: DirectionCounts;
  salesToMarketing: DirectionCounts;
}

export interface PaucityIndicators {
  people: PersonPaucity[];
  dyads: DyadPaucity[];
  units: GroupPaucity[];
  levels: GroupPaucity[];
}

export function paucityIndicators(
  rows: readonly PairDayRollupRow[],
  people: readonly RollupPerson[],
  options: { now: Date; windowDays?: number },
): PaucityIndicators {
  const windowDays = options.windowDays ?? 90;
  const weeks = windowDays / 7;
  const firstDay = isoDay(options.now.getTime() - windowDays * DAY_MS);
  const lastDay = isoDay(options.now);
  const byId = new Map(people.map((person) => [person.id, person]));
  const personStats = new Map(people.map((person) => [person.id, { lastMs: -Infinity, contacts: 0, outreach: 0, unanswered: 0 }]));
  const dyads = new Map<string, { sales: string; marketing: string; sm: number; ms: number; smUnanswered: number; msUnanswered: number; lastMs: number }>();

  for (const row of rows) {
    if (!row.crossFunction || row.day <= firstDay || row.day > lastDay) continue;
    const initiator = byId.get(row.initiatorId);
    const recipient = byId.get(row.recipientId);
    if (initiator === undefined || recipient === undefined) continue;
    const lastMs = Math.min(row.lastAt.getTime(), options.now.getTime());
    const from = personStats.get(initiator.id);
    const to = personStats.get(recipient.id);
    if (from && to) {
      from.lastMs = Math.max(from.lastMs, lastMs);
      to.lastMs = Math.max(to.lastMs, lastMs);
      from.contacts += row.events;
      to.contacts += row.events;
      from.outreach += row.events;
      from.unanswered += row.unanswered;
    }
    const salesFirst = initiator.function === 'sales';
    const sales = salesFirst ? initiator.id : recipient.id;
    const marketing = salesFirst ? recipient.id : initiator.id;
    const key = `${sales}\u0000${marketing}`;
    let dyad = dyads.get(key);
    if (dyad === undefined) {
      dyad = { sales, marketing, sm: 0, ms: 0, smUnanswered: 0, msUnanswered: 0, lastMs: -Infinity };
      dyads.set(key, dyad);
    }
    if (salesFirst) {
      dyad.sm += row.events;
      dyad.smUnanswered += row.unanswered;
    } else {
      dyad.ms += row.events;
      dyad.msUnanswered += row.unanswered;
    }
    dyad.lastMs = Math.max(dyad.lastMs, lastMs);
  }

  const personResults: PersonPaucity[] = people.map((person) => {
    const stats = personStats.get(person.id) as { lastMs: number; contacts: number; outreach: number; unanswered: number };
    return {
      personId: person.id,
      daysSinceLastCrossContact: Number.isFinite(stats.lastMs) ? daysBetween(new Date(stats.lastMs), options.now) : null,
      crossContactsPerWeek: stats.contacts / weeks,
      outreach: direction(stats.outreach, stats.unanswered),
    };
  });
  const dyadResults: DyadPaucity[] = [...dyads.values()].map((dyad) => ({
    salesPersonId: dyad.sales,
    marketingPersonId: dyad.marketing,
    daysSinceLastContact: daysBetween(new Date(dyad.lastMs), options.now),
    contactsPerWeek: (dyad.sm + dyad.ms) / weeks,
    reciprocity: Math.min(dyad.sm, dyad.ms) / Math.max(dyad.sm, dyad.ms),
    salesInitiatedShare: dyad.sm / (dyad.sm + dyad.ms),
    marketingToSales: direction(dyad.ms, dyad.msUnanswered),
    salesToMarketing: direction(dyad.sm, dyad.smUnanswered),
  }));

  const group = (name: string, members: readonly RollupPerson[]): GroupPaucity => {
    const ids = new Set(members.map((member) => member.id));
    const own = personResults.filter((result) => ids.has(result.personId));
    const days = own.map((result) => result.daysSinceLastCrossContact).filter((value): value is number => value !== null);
    const groupDyads = dyadResults.filter((dyad) => ids.has(dyad.salesPersonId) || ids.has(dyad.marketingPersonId));
    const sum = (pick: (dyad: DyadPaucity) => DirectionCounts, field: 'events' | 'unanswered') =>
      groupDyads.reduce((total, dyad) => total + pick(dyad)[field], 0);
    const salesEvents = sum((dyad) => dyad.salesToMarketing, 'events');
    const marketingEvents = sum((dyad) => dyad.marketingToSales, 'events');
    return {
      group: name,
      groupSize: members.length,
      daysSinceLastCrossContact: days.length === 0 ? null : days.reduce((least, value) => Math.min(least, value), Infinity),
      medianPersonDaysSinceContact: median(days),
      peopleWithoutCrossContact: own.length - days.length,
      crossContactsPerWeekPerPerson: own.length === 0 ? 0 : own.reduce((total, result) => total + result.crossContactsPerWeek, 0) / own.length,
      reciprocatedDyadShare: groupDyads.length === 0 ? null : groupDyads.filter((dyad) => dyad.reciprocity > 0).length / groupDyads.length,
      salesInitiatedShare: salesEvents + marketingEvents === 0 ? null : salesEvents / (salesEvents + marketingEvents),
      marketingToSales: direction(marketingEvents, sum((dyad) => dyad.marketingToSales, 'unanswered')),
      salesToMarketing: direction(salesEvents, sum((dyad) => dyad.salesToMarketing, 'unanswered')),
    };
  };
  const interfacePeople = people.filter((person) => person.function === 'sales' || person.function === 'marketing');
  const unitNames = [...new Set(interfacePeople.map((person) => person.unit))].sort();
  return {
    people: personResults,
    dyads: dyadResults,
    units: unitNames.map((unit) => group(unit, interfacePeople.filter((person) => person.unit === unit))),
    levels: LEVELS.map((level) => group(level, interfacePeople.filter((person) => person.level === level))),
  };
}

const direction = (events: number, unanswered: number): DirectionCounts => ({ events, unanswered, ratio: events === 0 ? null : unanswered / events });

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
