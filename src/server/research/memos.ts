import type { MemoView } from '../../shared/research';
import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { newId } from '../ids';
import { loadProject, requireResearcher } from './access';
import { recordAudit } from './audit-repository';
import { actorName } from './coders';
import type { Tx } from '../db/create-db';
import { listCodes } from './codes-repository';
import { findCoding } from './codings-repository';
import { deleteMemo as deleteMemoRow, insertMemos, listMemos } from './memos-repository';
import { findTranscript } from './transcripts-repository';
import { presentMemo } from './presenters';

export async function addMemo(
  { db, actor }: UseCaseContext,
  projectId: string,
  input: { targetType: MemoView['targetType']; targetId: string; text: string },
): Promise<MemoView> {
  requireResearcher(actor);
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    if (!(await targetExists(tx, orgId, projectId, input.targetType, input.targetId))) throw notFound(`That ${input.targetType}`);
    const id = newId();
    const author = await actorName(tx, actor);
    await insertMemos(tx, orgId, projectId, [{ id, ...input, authorId: actor.userId, authorName: author }]);
    await recordAudit(tx, orgId, projectId, { id: newId(), actorId: actor.userId, actorName: author, action: `wrote a memo on a ${input.targetType}`, entity: 'memo', entityId: id, detail: { targetType: input.targetType, targetId: input.targetId } });
    const memo = (await listMemos(tx, orgId, projectId)).find((m) => m.id === id);
    return presentMemo(memo as NonNullable<typeof memo>);
  });
}

export async function deleteMemo({ db, actor }: UseCaseContext, projectId: string, memoId: string): Promise<void> {
  requireResearcher(actor);
  const { orgId } = actor;
  await db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    if (!(await deleteMemoRow(tx, orgId, projectId, memoId))) throw notFound('That memo');
    await recordAudit(tx, orgId, projectId, { id: newId(), actorId: actor.userId, actorName: await actorName(tx, actor), action: 'deleted a memo', entity: 'memo', entityId: memoId, detail: {} });
  });
}

async function targetExists(tx: Tx, orgId: string, projectId: string, type: MemoView['targetType'], id: string): Promise<boolean> {
  switch (type) {
    case 'project':
      return id === projectId;
    case 'code':
      return (await listCodes(tx, orgId, projectId)).some((c) => c.id === id);
    case 'transcript':
      return (await findTranscript(tx, orgId, projectId, id)) !== undefined;
    case 'coding':
      return (await findCoding(tx, orgId, projectId, id)) !== undefined;
  }
}
