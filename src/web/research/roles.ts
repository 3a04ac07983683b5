import type { Role } from '../../domain/org/types';

/** Roles that may use the research workbench; the API answers 403 to everyone else. */
export const RESEARCH_ROLES: readonly Role[] = ['admin', 'analyst'];
