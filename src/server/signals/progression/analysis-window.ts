import type { IsoDate } from '../../../domain/signals/rollup-types';
import { addWeeks, isoDay, weekStartOf } from '../../../domain/signals/weeks';
import { invalidInput } from '../../errors';

export interface AnalysisWindow {
  /** The day asked for (`YYYY-MM-DD`). */
  asOf: IsoDate;
  fromWeek: IsoDate;
  /** The last full ISO week before `asOf`'s week: a week still running would read as a fall in contact. */
  toWeek: IsoDate;
  weeks: number;
  /** Instant used to judge support promises (the end of `asOf`). */
  now: Date;
}

/** The `weeks` full ISO weeks before the week of `asOf` (default: today). Refuses impossible or future days. */
export function analysisWindow(weeks: number, asOf: string | undefined, now: Date): AnalysisWindow {
  const today = isoDay(now);
  const day = asOf ?? today;
  const parsed = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed) || isoDay(parsed) !== day) throw invalidInput(`asOf must be a calendar date like 2026-03-01; ${day} is not one.`);
  if (day > today) throw invalidInput(`asOf (${day}) is in the future; use a day up to ${today}.`);
  const toWeek = addWeeks(weekStartOf(parsed), -1);
  const end = day === today ? now : new Date(parsed + 86_400_000 - 1);
  return { asOf: day, fromWeek: addWeeks(toWeek, -(weeks - 1)), toWeek, weeks, now: end };
}
