import { limits } from '../../shared/limits';
import { invalidInput } from '../errors';

export const ROLLUP_READERS = ['admin', 'analyst', 'leader'] as const;
const DAY_MS = 86_400_000;

/** Refuses a reversed or over-long range of calendar days (the contracts already checked the format). */
export function checkRollupRange(from: string, to: string): void {
  const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
  if (Number.isNaN(span)) throw invalidInput('from and to must be calendar dates like 2026-03-01.');
  if (span < 0) throw invalidInput(`from (${from}) is after to (${to}).`);
  if (span > limits.rollupRangeDays) throw invalidInput(`Ask for at most ${limits.rollupRangeDays} days at a time; ${from} to ${to} is ${span}.`);
}
