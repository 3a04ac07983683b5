/** UTC calendar days and ISO weeks (named by their Monday), as the rollups write them: `YYYY-MM-DD`. */
import type { IsoDate } from './rollup-types';

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

export const isoDay = (at: Date | number): IsoDate => new Date(at).toISOString().slice(0, 10);

/** The Monday (UTC) of the ISO week holding `at`. */
export function weekStartOf(at: Date | number): IsoDate {
  const ms = typeof at === 'number' ? at : at.getTime();
  const day = Math.floor(ms / DAY_MS);
  // 1970-01-01 was a Thursday: day 0 → weekday index 3 counted from Monday.
  const fromMonday = (((day + 3) % 7) + 7) % 7;
  return isoDay((day - fromMonday) * DAY_MS);
}

export const addWeeks = (week: IsoDate, count: number): IsoDate => isoDay(Date.parse(`${week}T00:00:00Z`) + count * WEEK_MS);

/** Every week from `first` to `last`, both included. */
export function weeksBetween(first: IsoDate, last: IsoDate): IsoDate[] {
  const weeks: IsoDate[] = [];
  for (let week = weekStartOf(Date.parse(`${first}T00:00:00Z`)); week <= last; week = addWeeks(week, 1)) weeks.push(week);
  return weeks;
}

/** Whole days from the end of `day` … or from an instant, to `now` (never negative). */
export const daysBetween = (from: Date, now: Date): number => Math.max(0, (now.getTime() - from.getTime()) / DAY_MS);
