/**
 * Tie strength between two people from the pair rollup (DOMAIN.md §3, `linkage.social`), in [0, 1]:
 *
 *   strength = frequency × (½ + ½ · reciprocity) × recency
 *   frequency  = 1 − exp(−contacts per week / FREQUENCY_SCALE)        saturates: 1/week → 0.63, 3/week → 0.95
 *   reciprocity = min(a→b, b→a) / max(a→b, b→a)                        a one-way tie counts half
 *   recency    = 2^(−days since the last contact / RECENCY_HALF_LIFE_DAYS)
 *
 * Frequency, mutuality and recency are the behavioural marks of a strong tie (Granovetter 1973; Marsden &
 * Campbell 1984 found frequency and recency the best single indicators). A product makes any one missing part
 * (no contact, all one-sided, long ago) pull the tie down.
 */
import type { PairDayRollupRow } from '../signals/rollup-types';

export const FREQUENCY_SCALE = 1;
export const RECENCY_HALF_LIFE_DAYS = 30;
const DAY_MS = 86_400_000;

export interface Tie {
  /** The two people, a < b. */
  a: string;
  b: string;
  eventsAToB: number;
  eventsBToA: number;
  answered: number;
  lastAt: Date;
  contactsPerWeek: number;
  reciprocity: number;
  recency: number;
  strength: number;
  crossFunction: boolean;
}

export interface TieOptions {
  /** The end of the window (the analysis's "now", passed in: the domain has no clock). */
  now: Date;
  /** Days of history counted for frequency and reciprocity (default 90). */
  windowDays?: number;
}

/** One tie per unordered pair with events in the window, sorted by (a, b). */
export function tiesFromPairDays(rows: readonly PairDayRollupRow[], options: TieOptions): Tie[] {
  const windowDays = options.windowDays ?? 90;
  const nowMs = options.now.getTime();
  const firstDay = new Date(nowMs - windowDays * DAY_MS).toISOString().slice(0, 10);
  const lastDay = options.now.toISOString().slice(0, 10);
  const pairs = new Map<string, { a: string; b: string; ab: number; ba: number; answered: number; lastMs: number; cross: boolean }>();
  for (const row of rows) {
    if (row.day <= firstDay || row.day > lastDay || row.initiatorId === row.recipientId) continue;
    const forward = row.initiatorId < row.recipientId;
    const a = forward ? row.initiatorId : row.recipientId;
    const b = forward ? row.recipientId : row.initiatorId;
    const key = `${a}\u0000${b}`;
    let pair = pairs.get(key);
    if (pair === undefined) {
      pair = { a, b, ab: 0, ba: 0, answered: 0, lastMs: -Infinity, cross: row.crossFunction };
      pairs.set(key, pair);
    }
    if (forward) pair.ab += row.events;
    else pair.ba += row.events;
    pair.answered += row.answered;
    pair.lastMs = Math.max(pair.lastMs, Math.min(row.lastAt.getTime(), nowMs));
  }
  const weeks = windowDays / 7;
  return [...pairs.values()]
    .filter((pair) => pair.ab + pair.ba > 0)
    .map((pair) => {
      const contactsPerWeek = (pair.ab + pair.ba) / weeks;
      const reciprocity = Math.min(pair.ab, pair.ba) / Math.max(pair.ab, pair.ba);
      const recency = 2 ** (-(nowMs - pair.lastMs) / DAY_MS / RECENCY_HALF_LIFE_DAYS);
      return {
        a: pair.a,
        b: pair.b,
        eventsAToB: pair.ab,
        eventsBToA: pair.ba,
        answered: pair.answered,
        lastAt: new Date(pair.lastMs),
        contactsPerWeek,
        reciprocity,
        recency,
        strength: tieStrength(contactsPerWeek, reciprocity, recency),
        crossFunction: pair.cross,
      };
    })
    .sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
}

export function tieStrength(contactsPerWeek: number, reciprocity: number, recency: number): number {
  const frequency = 1 - Math.exp(-Math.max(0, contactsPerWeek) / FREQUENCY_SCALE);
  return clamp01(frequency * (0.5 + 0.5 * clamp01(reciprocity)) * clamp01(recency));
}

const clamp01 = (value: number) => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);
