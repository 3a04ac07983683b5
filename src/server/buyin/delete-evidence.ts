import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { loadViewer, requireInitiative, requireMarketer } from './access';
import { record } from './history';
import { deleteEvidence as deleteEvidenceRow } from './involvement-repository';

/** Removes an evidence item; the history keeps that it was removed. */
export async function deleteEvidence({ db, actor }: UseCaseContext, initiativeId: string, evidenceId: string): Promise<void> {
  const { orgId } = actor;
  await db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    requireMarketer(viewer, 'remove evidence');
    await requireInitiative(tx, orgId, initiativeId);
    const title = await deleteEvidenceRow(tx, orgId, initiativeId, evidenceId);
    if (title === undefined) throw notFound('That evidence item');
    await record(tx, viewer, initiativeId, { kind: 'evidence', note: `Removed evidence: ${title}.` }, new Date());
  });
}
