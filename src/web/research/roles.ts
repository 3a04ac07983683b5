import type { Role } from '../../domain/org/types';

/** Roles that may open the research workbench; the API answers 403 to everyone else. */
export const RESEARCH_ROLES: readonly Role[] = ['admin', 'analyst', 'auditor'];

/** Roles that may change research projects; an auditor reads everything and changes nothing. */
export const RESEARCH_EDITOR_ROLES: readonly Role[] = ['admin', 'analyst'];
