import { addBusinessDays, businessDaysBetween } from './business-days';

/** Marketing answers every piece of feedback within this many business days unless the org says otherwise. */
export const DEFAULT_LOOP_SLA_BUSINESS_DAYS = 5;

export interface LoopStatus {
  status: 'open' | 'closed';
  /** Business days since it was asked (open) or until it was answered (closed). */
  ageBusinessDays: number;
  dueAt: Date;
  /** Open and past its due time. A closed loop is never overdue. */
  overdue: boolean;
}

/** Where one piece of feedback stands in the closed loop (DOMAIN.md `buyin.sensitivity`: respond and communicate back). */
export function loopStatus(item: { createdAt: Date; respondedAt: Date | null }, now: Date, slaBusinessDays = DEFAULT_LOOP_SLA_BUSINESS_DAYS): LoopStatus {
  const dueAt = addBusinessDays(item.createdAt, slaBusinessDays);
  if (item.respondedAt) {
    return { status: 'closed', ageBusinessDays: businessDaysBetween(item.createdAt, item.respondedAt), dueAt, overdue: false };
  }
  return { status: 'open', ageBusinessDays: businessDaysBetween(item.createdAt, now), dueAt, overdue: now.getTime() > dueAt.getTime() };
}

/** Open and overdue counts over many items (the list page's columns). */
export function countLoops(items: ReadonlyArray<{ createdAt: Date; respondedAt: Date | null }>, now: Date, slaBusinessDays = DEFAULT_LOOP_SLA_BUSINESS_DAYS) {
  let open = 0;
  let overdue = 0;
  for (const item of items) {
    const loop = loopStatus(item, now, slaBusinessDays);
    if (loop.status === 'open') open += 1;
    if (loop.overdue) overdue += 1;
  }
  return { open, overdue };
}
