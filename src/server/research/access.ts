import { requireRole, type Actor } from '../actor';
import type { Tx } from '../db/create-db';
import { notFound } from '../errors';
import { findProject } from './projects-repository';

/** Research projects are the analysts' workbench: admins and analysts only. */
export function requireResearcher(actor: Actor): void {
  requireRole(actor, ['admin', 'analyst'], 'use the research workbench');
}

export async function loadProject(tx: Tx, actor: Actor, projectId: string) {
  const project = await findProject(tx, actor.orgId, projectId);
  if (!project) throw notFound('That research project');
  return project;
}
