import type { ProjectSummary } from '../../shared/research';
import type { UseCaseContext } from '../actor';
import { requireResearcher } from './access';
import { listProjects as listProjectRows } from './projects-repository';
import { presentProject } from './presenters';

export async function listProjects({ db, actor }: UseCaseContext): Promise<ProjectSummary[]> {
  requireResearcher(actor, 'read');
  const rows = await db.withOrg(actor.orgId, (tx) => listProjectRows(tx, actor.orgId));
  return rows.map(presentProject);
}
