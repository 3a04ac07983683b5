import { rebaseCodings } from '../../domain/research/codings';
import { parseTranscriptFile } from '../../domain/research/transcripts/parse-transcript-file';
import type { TranscriptDetail } from '../../shared/research';
import type { UseCaseContext } from '../actor';
import type { Tx } from '../db/create-db';
import { conflict, notFound } from '../errors';
import { newId } from '../ids';
import { loadProject, requireResearcher } from './access';
import { recordAudit } from './audit-repository';
import { actorName } from './coders';
import { listCodings, repositionCodings } from './codings-repository';
import { findInformant } from './informants-repository';
import { listMemos } from './memos-repository';
import { presentCoding, presentMemo, presentTranscript } from './presenters';
import { findTranscript, insertTranscript, nextPosition, updateTranscriptText } from './transcripts-repository';

/** Reads a .txt, .md or .docx transcript, keeping speaker turns; a file Tandem cannot read changes nothing. */
export function readTranscriptFile(fileName: string, bytes: Uint8Array) {
  return parseTranscriptFile({ fileName, bytes });
}

export async function uploadTranscript(
  { db, actor }: UseCaseContext,
  projectId: string,
  input: { fileName: string; title?: string; informantId?: string; bytes: Uint8Array },
) {
  requireResearcher(actor);
  const parsed = readTranscriptFile(input.fileName, input.bytes);
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    if (input.informantId && !(await findInformant(tx, orgId, projectId, input.informantId))) throw notFound('That informant');
    const id = newId();
    const title = input.title?.trim() || input.fileName.replace(/\.[^.]+$/, '');
    await insertTranscript(tx, { orgId, id, projectId, informantId: input.informantId ?? null, title, text: parsed.text, turns: parsed.turns, position: await nextPosition(tx, orgId, projectId), editedBy: actor.userId });
    await recordAudit(tx, orgId, projectId, { id: newId(), actorId: actor.userId, actorName: await actorName(tx, actor), action: `imported transcript "${title}"`, entity: 'transcript', entityId: id, detail: { fileName: input.fileName, characters: parsed.text.length, turns: parsed.turns.length } });
    return presentTranscript((await findTranscript(tx, orgId, projectId, id)) as NonNullable<Awaited<ReturnType<typeof findTranscript>>>);
  });
}

async function detail(tx: Tx, orgId: string, projectId: string, transcriptId: string): Promise<TranscriptDetail> {
  const transcript = await findTranscript(tx, orgId, projectId, transcriptId);
  if (!transcript) throw notFound('That transcript');
  const codings = await listCodings(tx, orgId, projectId, { transcriptId });
  const codingIds = new Set(codings.map((c) => c.id));
  const memos = (await listMemos(tx, orgId, projectId)).filter(
    (m) => (m.targetType === 'transcript' && m.targetId === transcriptId) || (m.targetType === 'coding' && codingIds.has(m.targetId)),
  );
  return {
    transcript: { ...presentTranscript(transcript), text: transcript.text, turns: transcript.turns },
    codings: codings.map(presentCoding),
    memos: memos.map(presentMemo),
  };
}

export async function getTranscript({ db, actor }: UseCaseContext, projectId: string, transcriptId: string): Promise<TranscriptDetail> {
  requireResearcher(actor, 'read');
  return db.withOrg(actor.orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    return detail(tx, actor.orgId, projectId, transcriptId);
  });
}

/**
 * Saves an edited text. Codings follow their passage when it is unchanged; a coding whose passage was edited or
 * deleted is flagged for a person to review — never silently shifted onto other words. A save based on an old
 * version is refused (someone else saved first).
 */
export async function editTranscript({ db, actor }: UseCaseContext, projectId: string, transcriptId: string, input: { text: string; baseVersion: number }) {
  requireResearcher(actor);
  const { orgId } = actor;
  const { turns } = readTranscriptFile('edited.txt', new TextEncoder().encode(input.text));
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const before = await findTranscript(tx, orgId, projectId, transcriptId);
    if (!before) throw notFound('That transcript');
    if (before.version !== input.baseVersion) {
      throw conflict(`Someone saved this transcript after you opened it (version ${before.version}, yours ${input.baseVersion}). Reload it and make your change again.`);
    }
    const codings = await listCodings(tx, orgId, projectId, { transcriptId });
    const rebased = rebaseCodings(before.text, input.text, codings.filter((c) => c.flagReason === null));
    const saved = await updateTranscriptText(tx, orgId, projectId, transcriptId, { text: input.text, turns, baseVersion: input.baseVersion, editedBy: actor.userId });
    if (!saved) throw conflict('Someone saved this transcript at the same moment. Reload it and make your change again.');
    const current = new Map(codings.map((c) => [c.id, c]));
    await repositionCodings(
      tx,
      orgId,
      projectId,
      rebased.map((r) => {
        const old = current.get(r.codingId) as (typeof codings)[number];
        return r.status === 'moved' ? { id: r.codingId, start: r.start, end: r.end, flagReason: null } : { id: r.codingId, start: old.start, end: old.end, flagReason: r.message };
      }),
    );
    const moved = rebased.filter((r) => r.status === 'moved').length;
    const flagged = rebased.length - moved;
    await recordAudit(tx, orgId, projectId, { id: newId(), actorId: actor.userId, actorName: await actorName(tx, actor), action: `edited transcript "${before.title}" (${moved} codings followed the text, ${flagged} flagged)`, entity: 'transcript', entityId: transcriptId, detail: { fromVersion: input.baseVersion, moved, flagged } });
    return { ...(await detail(tx, orgId, projectId, transcriptId)), moved, flagged };
  });
}
