import type { z } from 'zod';
import type { evidenceInput, evidenceItem } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { invalidInput } from '../errors';
import { newId } from '../ids';
import { loadViewer, requireInitiative, requireMarketer } from './access';
import { record } from './history';
import { insertEvidence } from './involvement-repository';
import { presentEvidence } from './presenters';

type EvidenceItem = z.infer<typeof evidenceItem>;

/** Adds an evidence item (data, research, a link, a customer story…) that backs the initiative's rationale. */
export async function addEvidence({ db, actor }: UseCaseContext, initiativeId: string, input: z.infer<typeof evidenceInput>): Promise<EvidenceItem> {
  if (input.kind === 'file') throw invalidInput('Upload a file to POST …/evidence/file with the file as the body; this form takes links, data and notes.');
  if (input.kind === 'link' && !input.url) throw invalidInput('A link needs its URL.');
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    requireMarketer(viewer, 'add evidence');
    await requireInitiative(tx, orgId, initiativeId);
    const now = new Date();
    const row = await insertEvidence(tx, { orgId, id: newId(now.getTime()), initiativeId, kind: input.kind, title: input.title, url: input.url, note: input.note, addedByName: viewer.name, addedAt: now });
    await record(tx, viewer, initiativeId, { kind: 'evidence', note: `Added evidence: ${row.title}.` }, now);
    return presentEvidence(row);
  });
}
