/** Business days (Monday to Friday, UTC) for service levels. Holidays are not modelled. */
const DAY_MS = 86_400_000;

const isWeekend = (date: Date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;

/** The moment `days` business days after `from`, at the same time of day; a start on a weekend counts from Monday 00:00. */
export function addBusinessDays(from: Date, days: number): Date {
  let at = new Date(from.getTime());
  if (isWeekend(at)) {
    while (isWeekend(at)) at = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1));
  }
  let left = days;
  while (left > 0) {
    at = new Date(at.getTime() + DAY_MS);
    if (!isWeekend(at)) left -= 1;
  }
  return at;
}

/** Whole business days from `from` to `to` (0 when `to` is not later). */
export function businessDaysBetween(from: Date, to: Date): number {
  let count = 0;
  let at = new Date(from.getTime());
  while (addBusinessDays(at, 1).getTime() <= to.getTime()) {
    at = addBusinessDays(at, 1);
    count += 1;
    if (count > 100_000) break;
  }
  return count;
}

/** A calendar date `YYYY-MM-DD` as the first moment of that day (UTC). */
export function startOfDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** The first moment after a calendar date: a promise "by 3 March" is kept by anything before 4 March 00:00 UTC. */
export function endOfDate(date: string): Date {
  return new Date(startOfDate(date).getTime() + DAY_MS);
}

export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}
