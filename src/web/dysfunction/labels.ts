import type { SupportKind, SupportStatus } from '../../domain/dysfunction/support-requests';
import type { Role } from '../../domain/org/types';
import type { BadgeTone } from '../ui/badge';

export { INCIDENT_KIND_LABELS, INCIDENT_STATUS_LABELS } from '../../domain/dysfunction/incidents';
export { LABELS as CODE_LABELS } from '../../domain/dysfunction/vocabulary';

/** Roles that see group views of signals (rates, journal aggregates) and the incident log; the API enforces the same. */
export const SIGNAL_READER_ROLES: readonly Role[] = ['admin', 'analyst', 'leader'];
export const SHARED_JOURNAL_ROLES: readonly Role[] = ['analyst'];

export const SUPPORT_KIND_LABELS: Record<SupportKind, string> = {
  materials: 'Materials',
  budget: 'Budget',
  field_support: 'Field support',
  data: 'Data',
};

export const SUPPORT_STATUS: Record<SupportStatus, { label: string; tone: BadgeTone }> = {
  awaiting_response: { label: 'Awaiting answer', tone: 'info' },
  ignored: { label: 'Ignored', tone: 'danger' },
  declined: { label: 'Declined', tone: 'neutral' },
  promised: { label: 'Promised', tone: 'info' },
  overdue: { label: 'Overdue', tone: 'warning' },
  delivered_on_time: { label: 'Delivered on time', tone: 'success' },
  delivered_late: { label: 'Delivered late', tone: 'warning' },
};

export const SIDE_LABELS = { sales: 'Sales', marketing: 'Marketing' } as const;

export const todayIso = () => new Date().toISOString().slice(0, 10);

export function ageText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return '1 day ago';
  return `${days} days ago`;
}

export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
