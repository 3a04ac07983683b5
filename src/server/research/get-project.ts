import type { ProjectDetail } from '../../shared/research';
import type { UseCaseContext } from '../actor';
import { loadProject, requireResearcher } from './access';
import { lastUndoable } from './audit-repository';
import { codingCounts, listCodes } from './codes-repository';
import { listInformants } from './informants-repository';
import { listMemos } from './memos-repository';
import { listCoders } from './projects-repository';
import { presentCode, presentMemo, presentProject, presentTranscript } from './presenters';
import { listTranscripts } from './transcripts-repository';

export async function getProject({ db, actor }: UseCaseContext, projectId: string): Promise<ProjectDetail> {
  requireResearcher(actor, 'read');
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const project = await loadProject(tx, actor, projectId);
    const coders = await listCoders(tx, orgId, projectId);
    const codes = await listCodes(tx, orgId, projectId);
    const counts = await codingCounts(tx, orgId, projectId);
    const informants = await listInformants(tx, orgId, projectId);
    const transcripts = await listTranscripts(tx, orgId, projectId);
    const memos = (await listMemos(tx, orgId, projectId)).filter((m) => m.targetType === 'project' || m.targetType === 'code');
    const canUndo = (await lastUndoable(tx, orgId, projectId)) !== undefined;
    return {
      project: presentProject(project),
      coders: coders.map((c) => ({ ...c, isMe: c.userId !== null && c.userId === actor.userId })),
      codes: codes.map((c) => presentCode(c, counts)),
      informants,
      transcripts: transcripts.map(presentTranscript),
      memos: memos.map(presentMemo),
      canUndo,
    };
  });
}
