/**
 * A seeded, pure interaction history over about a year for a list of people, with planted episodes and their ground
 * truth (issue 4, demo data): a unit whose cross-function contact dries up, a dyad where support promises stop being
 * kept, and a conflict in that dyad's unit that follows a month later. Everything else stays healthy, with noise.
 * Events follow each tie's weekly Poisson rate; units are regions (the unit rollup's convention).
 */
import { seededRandom, type Random } from '../../common/random';
import type { IncidentRow } from '../indicator-series';
import { REQUEST_KINDS, type RequestOutcome, type SupportRequestRow } from '../promise-keeping';
import { CHANNELS, NO_UNIT, type Channel, type IsoDate, type RollupPerson } from '../rollup-types';
import { addWeeks, DAY_MS, WEEK_MS, weekStartOf } from '../weeks';
import type { SyntheticPerson } from './synthetic-people';
import { syntheticTies } from './synthetic-ties';

export interface SyntheticEvent {
  initiatorId: string;
  recipientId: string;
  occurredAt: Date;
  channel: Channel;
  answeredAt: Date | null;
}

export type EpisodeKind = 'paucity' | 'broken_promises' | 'conflict';

export interface PlantedEpisode {
  kind: EpisodeKind;
  unit: string;
  dyad: { salesPersonId: string; marketingPersonId: string } | null;
  fromWeek: IsoDate;
  toWeek: IsoDate;
}

export interface SyntheticHistory {
  weeks: IsoDate[];
  people: RollupPerson[];
  events: SyntheticEvent[];
  supportRequests: SupportRequestRow[];
  incidents: IncidentRow[];
  truth: { episodes: PlantedEpisode[]; healthyUnits: string[] };
}

export interface HistoryOptions {
  people: readonly SyntheticPerson[];
  /** Any instant in the first week. */
  start: Date;
  months?: number;
  seed: number;
  /** Average ties per person (default 6). */
  tiesPerPerson?: number;
  /** Dyads that exchange support requests (default 12, the planted one included). */
  supportDyads?: number;
  /** Units the paucity episode must not be planted in (e.g. where the demo plants its promise episode). */
  excludeFromPaucity?: readonly string[];
}

const PAUCITY_FACTOR = 0.12;
const HEALTHY_OUTCOMES: Array<[RequestOutcome, number]> = [['delivered', 0.92], ['late', 0.05], ['declined', 0.02], ['ignored', 0.01]];
const BROKEN_OUTCOMES: Array<[RequestOutcome, number]> = [['delivered', 0.1], ['late', 0.2], ['declined', 0.2], ['ignored', 0.5]];

export const unitOf = (person: SyntheticPerson): string => person.region ?? NO_UNIT;
export const toRollupPerson = (person: SyntheticPerson): RollupPerson => ({ id: person.id, function: person.function, level: person.level, unit: unitOf(person) });
const isCross = (a: SyntheticPerson, b: SyntheticPerson) =>
  (a.function === 'sales' && b.function === 'marketing') || (a.function === 'marketing' && b.function === 'sales');

export function generateSyntheticHistory(options: HistoryOptions): SyntheticHistory {
  const { people } = options;
  const random = seededRandom(options.seed);
  const weekCount = Math.round(((options.months ?? 12) * 52) / 12);
  const firstWeek = weekStartOf(options.start);
  const weeks = Array.from({ length: weekCount }, (_, i) => addWeeks(firstWeek, i));
  const weekStartMs = (w: number) => Date.parse(`${weeks[w]}T00:00:00Z`);
  const ties = syntheticTies(people, { ties: Math.round((people.length * (options.tiesPerPerson ?? 6)) / 2), seed: options.seed + 1 });

  // Units with both functions, big enough to be watched; the planted ones are drawn from them.
  const units = [...new Set(people.map(unitOf))].sort();
  const crossTies = Array.from(ties.a, (a, i) => i).filter((i) => isCross(people[ties.a[i] as number]!, people[ties.b[i] as number]!));
  const crossTiesOf = (unit: string) => crossTies.filter((i) => unitOf(people[ties.a[i] as number]!) === unit || unitOf(people[ties.b[i] as number]!) === unit);
  const sameUnitCross = (unit: string) => crossTiesOf(unit).filter((i) => unitOf(people[ties.a[i] as number]!) === unitOf(people[ties.b[i] as number]!));
  const candidates = units.filter((unit) => unit !== NO_UNIT && sameUnitCross(unit).length >= 20);
  if (candidates.length < 3) throw new RangeError('A synthetic history needs at least three regions with twenty cross-function ties inside each.');
  const paucityPool = candidates.filter((unit) => !(options.excludeFromPaucity ?? []).includes(unit));
  if (paucityPool.length === 0) throw new RangeError('Every region that could dry up is excluded from the paucity episode.');
  const paucityUnit = random.pick(paucityPool);
  const promiseUnit = random.pick(candidates.filter((unit) => unit !== paucityUnit));
  const paucityFrom = random.int(Math.floor(weekCount * 0.45), Math.floor(weekCount * 0.6));
  const promiseFrom = random.int(Math.floor(weekCount * 0.35), Math.floor(weekCount * 0.5));
  const conflictFrom = promiseFrom + 5;

  // Support dyads: cross-function ties; the planted one lies inside the promise unit.
  const plantedTie = random.pick(sameUnitCross(promiseUnit));
  const pauseTies = new Set(crossTiesOf(paucityUnit));
  const supportTies = [plantedTie, ...shuffle(crossTies.filter((i) => i !== plantedTie && !pauseTies.has(i)), random).slice(0, (options.supportDyads ?? 12) - 1)];

  const events: SyntheticEvent[] = [];
  const isCrossTie = new Set(crossTies);
  const rates = Array.from(ties.a, (_, i) => (isCrossTie.has(i) ? 0.6 + random.next() * 1.2 : 0.3 + random.next() * 0.9));
  for (let w = 0; w < weekCount; w += 1) {
    for (let i = 0; i < ties.a.length; i += 1) {
      const factor = w >= paucityFrom && pauseTies.has(i) ? PAUCITY_FACTOR : 1;
      const count = poisson(random, (rates[i] as number) * factor);
      for (let e = 0; e < count; e += 1) {
        const forward = random.chance(0.5);
        const initiator = people[(forward ? ties.a[i] : ties.b[i]) as number] as SyntheticPerson;
        const recipient = people[(forward ? ties.b[i] : ties.a[i]) as number] as SyntheticPerson;
        const occurredMs = weekStartMs(w) + Math.floor(random.next() * WEEK_MS);
        const answered = random.chance(0.85);
        events.push({
          initiatorId: initiator.id,
          recipientId: recipient.id,
          occurredAt: new Date(occurredMs),
          channel: random.pick(CHANNELS),
          answeredAt: answered ? new Date(occurredMs + Math.floor(random.next() * 2 * DAY_MS)) : null,
        });
      }
    }
  }
  events.sort((x, y) => x.occurredAt.getTime() - y.occurredAt.getTime());

  const supportRequests: SupportRequestRow[] = [];
  for (let w = 0; w < weekCount; w += 1) {
    for (const i of supportTies) {
      const outcomes = i === plantedTie && w >= promiseFrom ? BROKEN_OUTCOMES : HEALTHY_OUTCOMES;
      for (let r = poisson(random, 1.5); r > 0; r -= 1) {
        const forward = random.chance(0.5);
        const requestedMs = weekStartMs(w) + Math.floor(random.next() * WEEK_MS);
        supportRequests.push({
          requesterId: people[(forward ? ties.a[i] : ties.b[i]) as number]!.id,
          providerId: people[(forward ? ties.b[i] : ties.a[i]) as number]!.id,
          kind: random.pick(REQUEST_KINDS),
          requestedAt: new Date(requestedMs),
          promisedBy: new Date(requestedMs + 7 * DAY_MS),
          outcome: weighted(random, outcomes),
        });
      }
    }
  }

  const incidents: IncidentRow[] = [];
  const levelsOf = (unit: string) => people.filter((person) => unitOf(person) === unit).map((person) => person.level);
  for (let w = 0; w < weekCount; w += 1) {
    for (const unit of units) {
      const rate = unit === promiseUnit && w >= conflictFrom ? 1.2 : 0.02;
      for (let c = poisson(random, rate); c > 0; c -= 1) {
        incidents.push({ unit, level: random.pick(levelsOf(unit)), occurredAt: new Date(weekStartMs(w) + Math.floor(random.next() * WEEK_MS)) });
      }
    }
  }

  const a = people[ties.a[plantedTie] as number] as SyntheticPerson;
  const b = people[ties.b[plantedTie] as number] as SyntheticPerson;
  const dyad = a.function === 'sales' ? { salesPersonId: a.id, marketingPersonId: b.id } : { salesPersonId: b.id, marketingPersonId: a.id };
  const lastWeek = weeks[weekCount - 1] as IsoDate;
  return {
    weeks,
    people: people.map(toRollupPerson),
    events,
    supportRequests,
    incidents,
    truth: {
      episodes: [
        { kind: 'paucity', unit: paucityUnit, dyad: null, fromWeek: weeks[paucityFrom] as IsoDate, toWeek: lastWeek },
        { kind: 'broken_promises', unit: promiseUnit, dyad, fromWeek: weeks[promiseFrom] as IsoDate, toWeek: lastWeek },
        { kind: 'conflict', unit: promiseUnit, dyad: null, fromWeek: weeks[conflictFrom] as IsoDate, toWeek: lastWeek },
      ],
      healthyUnits: units.filter((unit) => unit !== paucityUnit && unit !== promiseUnit),
    },
  };
}

/** Knuth's method; rates here are small (a few per week). */
export function poisson(random: Random, rate: number): number {
  const limit = Math.exp(-rate);
  let count = 0;
  let product = random.next();
  while (product > limit) {
    count += 1;
    product *= random.next();
  }
  return count;
}

function weighted<T>(random: Random, options: ReadonlyArray<[T, number]>): T {
  let roll = random.next();
  for (const [value, weight] of options) {
    if (roll < weight) return value;
    roll -= weight;
  }
  return (options.at(-1) as [T, number])[0];
}

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
