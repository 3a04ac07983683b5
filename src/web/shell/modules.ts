import type { Role } from '../../domain/org/types';
import { ADMIN_ROLES, ORG_EDITOR_ROLES } from '../auth/session';
import { SIGNAL_READER_ROLES } from '../dysfunction/labels';
import { RESEARCH_ROLES } from '../research/roles';

export interface NavLinkItem {
  to: string;
  label: string;
  /** Only these roles see the link; everyone when absent. */
  roles?: readonly Role[];
  /** Highlight only on this exact path, not on the pages below it. */
  end?: boolean;
}

export interface NavModule {
  id: string;
  label: string;
  links: NavLinkItem[];
}

/**
 * The navigation, one entry per product module. A new module (initiatives, signals, research…) adds its
 * entry here once its pages exist; list only pages that exist.
 */
export const navModules: NavModule[] = [
  {
    id: 'org',
    label: 'Organisation',
    links: [
      { to: '/org', label: 'Explorer', end: true },
      { to: '/org/people', label: 'People' },
      { to: '/org/dyads', label: 'Dyads' },
      { to: '/import', label: 'Import people', roles: ORG_EDITOR_ROLES },
    ],
  },
  {
    id: 'initiatives',
    label: 'Initiatives',
    links: [
      { to: '/initiatives', label: 'Initiatives' },
      { to: '/waiting', label: 'Waiting for me' },
      { to: '/open-loops', label: 'Open loops', roles: ['admin', 'analyst', 'leader', 'member'] },
      { to: '/notifications', label: 'Notifications' },
    ],
  },
  {
    id: 'signals',
    label: 'Signals',
    links: [
      { to: '/signals/monitor', label: 'Monitor', roles: SIGNAL_READER_ROLES },
      { to: '/signals/support', label: 'Support requests' },
      { to: '/signals/journal', label: 'Journal' },
      { to: '/signals/incidents', label: 'Incidents' },
      { to: '/signals/rates', label: 'Promise-keeping rates', roles: SIGNAL_READER_ROLES },
      { to: '/signals/insights', label: 'Journal insights', roles: SIGNAL_READER_ROLES },
      { to: '/signals/progression', label: 'Progression', roles: SIGNAL_READER_ROLES },
      { to: '/signals/propositions', label: 'Propositions', roles: SIGNAL_READER_ROLES },
      { to: '/signals/network', label: 'Network', roles: SIGNAL_READER_ROLES },
      { to: '/signals/warnings', label: 'Warnings', roles: SIGNAL_READER_ROLES },
    ],
  },
  {
    id: 'research',
    label: 'Research',
    links: [{ to: '/research', label: 'Projects', roles: RESEARCH_ROLES }],
  },
  {
    id: 'admin',
    label: 'Administration',
    links: [{ to: '/users', label: 'Users', roles: ADMIN_ROLES }],
  },
];

export function visibleModules(role: Role): NavModule[] {
  return navModules
    .map((module) => ({ ...module, links: module.links.filter((link) => !link.roles || link.roles.includes(role)) }))
    .filter((module) => module.links.length > 0);
}

export const roleLabels: Record<Role, string> = {
  admin: 'Admin',
  analyst: 'Analyst',
  leader: 'Leader',
  member: 'Member',
  auditor: 'Auditor (research, read-only)',
};
