import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { newId } from '../ids';
import { findUser } from '../users/users-repository';
import type { Tx } from '../db/create-db';
import { loadProject, requireResearcher } from './access';
import { recordAudit } from './audit-repository';
import { actorName } from './coders';
import { findGuide, saveGuide } from './projects-repository';
import { findTranscript, findVersion, listVersions } from './transcripts-repository';

export async function getGuide({ db, actor }: UseCaseContext, projectId: string) {
  requireResearcher(actor, 'read');
  return db.withOrg(actor.orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const guide = await findGuide(tx, actor.orgId, projectId);
    return { questions: guide?.questions ?? [], updatedAt: guide?.updatedAt?.toISOString() ?? null };
  });
}

/** Replaces the project's interview guide (the questions, in order). */
export async function updateGuide({ db, actor }: UseCaseContext, projectId: string, questions: string[], now: Date) {
  requireResearcher(actor);
  return db.withOrg(actor.orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    await saveGuide(tx, actor.orgId, projectId, questions, now);
    await recordAudit(tx, actor.orgId, projectId, { id: newId(), actorId: actor.userId, actorName: await actorName(tx, actor), action: `updated the interview guide (${questions.length} questions)`, entity: 'project', entityId: projectId, detail: { questions: questions.length } });
    return { questions, updatedAt: now.toISOString() };
  });
}

async function editorName(tx: Tx, orgId: string, userId: string | null): Promise<string | null> {
  return userId ? ((await findUser(tx, orgId, userId))?.name ?? null) : null;
}

/** Every saved version of a transcript: who saved it, when, and how long it was. */
export async function listTranscriptVersions({ db, actor }: UseCaseContext, projectId: string, transcriptId: string) {
  requireResearcher(actor, 'read');
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    if (!(await findTranscript(tx, orgId, projectId, transcriptId))) throw notFound('That transcript');
    const versions = await listVersions(tx, orgId, transcriptId);
    const items = [];
    for (const v of versions) items.push({ version: v.version, editedBy: await editorName(tx, orgId, v.editedBy), editedAt: v.editedAt.toISOString(), length: v.length });
    return items;
  });
}

export async function getTranscriptVersion({ db, actor }: UseCaseContext, projectId: string, transcriptId: string, version: number) {
  requireResearcher(actor, 'read');
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    if (!(await findTranscript(tx, orgId, projectId, transcriptId))) throw notFound('That transcript');
    const found = await findVersion(tx, orgId, transcriptId, version);
    if (!found) throw notFound(`Version ${version} of that transcript`);
    return { version: found.version, editedBy: await editorName(tx, orgId, found.editedBy), editedAt: found.editedAt.toISOString(), length: found.text.length, text: found.text };
  });
}
