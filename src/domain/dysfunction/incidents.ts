/** Conflict incidents (`dysfunction.overt_conflict`): what kinds there are and who may learn who reported one. */
import type { Role } from '../org/types';

export const INCIDENT_KINDS = ['open_criticism', 'lobbying_leadership', 'undermining', 'refusal_to_execute'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_STATUSES = ['open', 'in_progress', 'resolved', 'dismissed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const SEVERITIES = [1, 2, 3, 4] as const;

/** Who reads the incident log: the people who act on conflict, never the parties as such. */
export const INCIDENT_READER_ROLES: readonly Role[] = ['admin', 'analyst', 'leader'];

/**
 * The reporter is named only to themself and to admins (who answer for the records). Everyone else, parties
 * included, sees the incident without it, so reporting never costs the reporter with the other side.
 */
export function mayKnowReporter(viewer: { userId: string | null; role: Role }, reporterUserId: string | null): boolean {
  if (viewer.role === 'admin') return true;
  return viewer.userId !== null && viewer.userId === reporterUserId;
}

export const INCIDENT_KIND_LABELS: Record<IncidentKind, string> = {
  open_criticism: 'Open criticism',
  lobbying_leadership: 'Lobbying leadership against the other side',
  undermining: 'Undermining',
  refusal_to_execute: 'Refusal to execute',
};

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  resolved: 'Resolved',
  dismissed: 'Dismissed',
};
