import { validateSpan } from '../../domain/research/codings';
import type { CodingView } from '../../shared/research';
import type { UseCaseContext } from '../actor';
import { forbidden, invalidInput, notFound } from '../errors';
import { newId } from '../ids';
import { loadProject, requireResearcher } from './access';
import { recordAudit } from './audit-repository';
import { listCodes } from './codes-repository';
import { actorName, ensureCoder } from './coders';
import { deleteCodings, findCoding, insertCodings, repositionCodings } from './codings-repository';
import { presentCoding } from './presenters';
import { findTranscript } from './transcripts-repository';

/** Applies a code to a span of a transcript, in the actor's own coder layer. Overlapping codings are allowed. */
export async function createCoding(
  { db, actor }: UseCaseContext,
  projectId: string,
  input: { transcriptId: string; codeId: string; start: number; end: number },
): Promise<CodingView> {
  requireResearcher(actor);
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const transcript = await findTranscript(tx, orgId, projectId, input.transcriptId);
    if (!transcript) throw notFound('That transcript');
    const code = (await listCodes(tx, orgId, projectId)).find((c) => c.id === input.codeId);
    if (!code) throw notFound('That code');
    const [problem] = validateSpan(transcript.text, input.start, input.end);
    if (problem) throw invalidInput(`That selection cannot be coded: ${problem.message}`);
    const coderId = await ensureCoder(tx, actor, projectId);
    const coding = { id: newId(), transcriptId: transcript.id, codeId: code.id, coderId, start: input.start, end: input.end, flagReason: null };
    await insertCodings(tx, orgId, projectId, [coding]);
    const excerpt = transcript.text.slice(input.start, Math.min(input.end, input.start + 80));
    await recordAudit(tx, orgId, projectId, { id: newId(), actorId: actor.userId, actorName: await actorName(tx, actor), action: `coded "${excerpt}" as ${code.name}`, entity: 'coding', entityId: coding.id, detail: { ...coding } });
    return presentCoding(coding);
  });
}

/** Removes one of the actor's own codings (another coder's layer is theirs to change). */
export async function deleteCoding({ db, actor }: UseCaseContext, projectId: string, codingId: string): Promise<void> {
  requireResearcher(actor);
  const { orgId } = actor;
  await db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const coding = await findCoding(tx, orgId, projectId, codingId);
    if (!coding) throw notFound('That coding');
    const coderId = await ensureCoder(tx, actor, projectId);
    if (coding.coderId !== coderId) throw forbidden("That coding is in another coder's layer; only its coder can remove it.");
    await deleteCodings(tx, orgId, projectId, [codingId]);
    await recordAudit(tx, orgId, projectId, { id: newId(), actorId: actor.userId, actorName: await actorName(tx, actor), action: 'removed a coding', entity: 'coding', entityId: codingId, detail: { ...coding } });
  });
}

/**
 * Places one of the actor's codings on a new span of its transcript (a flagged coding after an edit, or a
 * correction), keeping its id, so memos on it stay attached. Clears the flag.
 */
export async function moveCoding({ db, actor }: UseCaseContext, projectId: string, codingId: string, span: { start: number; end: number }): Promise<CodingView> {
  requireResearcher(actor);
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const coding = await findCoding(tx, orgId, projectId, codingId);
    if (!coding) throw notFound('That coding');
    if (coding.coderId !== (await ensureCoder(tx, actor, projectId))) throw forbidden("That coding is in another coder's layer; only its coder can move it.");
    const transcript = await findTranscript(tx, orgId, projectId, coding.transcriptId);
    const [problem] = validateSpan(transcript?.text ?? '', span.start, span.end);
    if (problem) throw invalidInput(`That selection cannot be coded: ${problem.message}`);
    await repositionCodings(tx, orgId, projectId, [{ id: codingId, start: span.start, end: span.end, flagReason: null }]);
    await recordAudit(tx, orgId, projectId, { id: newId(), actorId: actor.userId, actorName: await actorName(tx, actor), action: coding.flagReason ? 'placed a flagged coding on the edited text' : 'moved a coding', entity: 'coding', entityId: codingId, detail: { from: { start: coding.start, end: coding.end }, to: span } });
    return presentCoding({ ...coding, ...span, flagReason: null });
  });
}
