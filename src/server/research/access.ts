import { requireRole, type Actor } from '../actor';
import type { Tx } from '../db/create-db';
import { notFound } from '../errors';
import { findProject } from './projects-repository';

/**
 * Research projects are the analysts' workbench: admins and analysts read and change them; an auditor reads
 * everything and changes nothing (DOMAIN.md §6, external audit of the material).
 */
export function requireResearcher(actor: Actor, access: 'read' | 'change' = 'change'): void {
  if (access === 'read') requireRole(actor, ['admin', 'analyst', 'auditor'], 'read research projects');
  else requireRole(actor, ['admin', 'analyst'], 'change research projects');
}

export async function loadProject(tx: Tx, actor: Actor, projectId: string) {
  const project = await findProject(tx, actor.orgId, projectId);
  if (!project) throw notFound('That research project');
  return project;
}
