import type { z } from 'zod';
import type { evidenceItem } from '../../shared/buyin';
import { limits } from '../../shared/limits';
import type { UseCaseContext } from '../actor';
import { AppError, invalidInput } from '../errors';
import { newId } from '../ids';
import { loadViewer, requireInitiative, requireMarketer } from './access';
import { record } from './history';
import { insertEvidence } from './involvement-repository';
import { presentEvidence } from './presenters';

export const evidenceTooLarge = () =>
  new AppError('PAYLOAD_TOO_LARGE', `Evidence files can be at most ${limits.evidenceFileBytes / 1024 / 1024} MB. Share a link to a larger file instead.`);

/** Stores an evidence file (at most limits.evidenceFileBytes) in the database, beside the initiative. */
export async function uploadEvidenceFile(
  { db, actor }: UseCaseContext,
  initiativeId: string,
  input: { fileName: string; title?: string | undefined; note?: string | undefined; bytes: Uint8Array },
): Promise<z.infer<typeof evidenceItem>> {
  if (input.bytes.byteLength > limits.evidenceFileBytes) throw evidenceTooLarge();
  if (input.bytes.byteLength === 0) throw invalidInput('The file is empty.');
  const fileName = input.fileName.replace(/[\\/\r\n"]/g, '_');
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    requireMarketer(viewer, 'add evidence');
    await requireInitiative(tx, orgId, initiativeId);
    const now = new Date();
    const row = await insertEvidence(tx, {
      orgId,
      id: newId(now.getTime()),
      initiativeId,
      kind: 'file',
      title: input.title?.trim() || fileName,
      url: null,
      note: input.note?.trim() ?? '',
      fileName,
      fileBytes: input.bytes.byteLength,
      fileContent: input.bytes,
      addedByName: viewer.name,
      addedAt: now,
    });
    await record(tx, viewer, initiativeId, { kind: 'evidence', note: `Added a file: ${fileName}.` }, now);
    return presentEvidence(row);
  });
}
