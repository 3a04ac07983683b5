import { DAY_MS, isoDay } from '../../../domain/signals/weeks';
import { todayOf } from '../../dysfunction/access';
import { monitorLimits } from '../../../shared/signals-monitor';

/** The day read and the instant "now" stands for: the end of that day, or the present moment if sooner. */
export function drillWindow(asOfQuery: string | undefined, now: Date) {
  const asOf = asOfQuery ?? todayOf(now);
  const endOfDay = Date.parse(`${asOf}T00:00:00Z`) + DAY_MS - 1;
  const at = new Date(Math.min(endOfDay, now.getTime()));
  return { asOf, at, windowDays: monitorLimits.dyadWindowDays, from: isoDay(at.getTime() - monitorLimits.dyadWindowDays * DAY_MS) };
}
