/**
 * Business days for the absorption window and the feedback loop's service level: Monday to Friday in UTC.
 * There is no holiday calendar yet, so a public holiday counts as a business day.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

/** Monday–Friday, judged on the UTC calendar. */
export function isBusinessDay(instant: Date): boolean {
  const weekday = instant.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The instant `count` business days after `start`, at the same time of day: each step moves to the next calendar
 * day and counts it only when it is a weekday, so Friday 10:00 + 1 is Monday 10:00 and Saturday 10:00 + 1 is too.
 */
export function addBusinessDays(start: Date, count: number): Date {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`A business-day count is a whole number ≥ 0, not ${count}.`);
  let remaining = count;
  let time = start.getTime();
  // Any seven consecutive calendar days hold exactly five weekdays; keep at least one step for the loop below so
  // the result lands on a weekday.
  const weeks = Math.max(0, Math.floor((remaining - 1) / 5));
  time += weeks * 7 * DAY_MS;
  remaining -= weeks * 5;
  while (remaining > 0) {
    time += DAY_MS;
    if (isBusinessDay(new Date(time))) remaining -= 1;
  }
  return new Date(time);
}

/**
 * Whole business days from `from` to `to`: the largest n with addBusinessDays(from, n) ≤ to, and 0 when `to` is
 * not after `from`. A loop opened on Friday afternoon is 0 days old until Monday afternoon.
 */
export function businessDaysBetween(from: Date, to: Date): number {
  const wholeDays = Math.floor((to.getTime() - from.getTime()) / DAY_MS);
  if (wholeDays <= 0) return 0;
  const weeks = Math.floor(wholeDays / 7);
  let count = weeks * 5;
  const firstWeekday = from.getUTCDay();
  for (let offset = weeks * 7 + 1; offset <= wholeDays; offset += 1) {
    const weekday = (firstWeekday + offset) % 7;
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}
