import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { requireInitiative } from './access';
import { findEvidenceFile } from './involvement-repository';

/** An evidence file's bytes for anyone who can read the initiative. */
export async function downloadEvidenceFile({ db, actor }: UseCaseContext, initiativeId: string, evidenceId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await requireInitiative(tx, orgId, initiativeId);
    const file = await findEvidenceFile(tx, orgId, initiativeId, evidenceId);
    if (!file?.content || !file.fileName) throw notFound('That evidence file');
    return { fileName: file.fileName, bytes: new Uint8Array(file.content) };
  });
}
