import type { ValidityView } from '../../shared/research';
import type { UseCaseContext } from '../actor';
import { invalidInput, notFound } from '../errors';
import { newId } from '../ids';
import { loadProject, requireResearcher } from './access';
import { recordAudit } from './audit-repository';
import { actorName } from './coders';
import { listInformants } from './informants-repository';
import { listTranscripts } from './transcripts-repository';
import { insertValidity, listValidity as listValidityRows, saveResponses, type ValidityRow } from './validity-repository';

const present = (row: ValidityRow): ValidityView => ({ ...row, createdAt: row.createdAt.toISOString() });

export async function listValidity({ db, actor }: UseCaseContext, projectId: string): Promise<ValidityView[]> {
  requireResearcher(actor, 'read');
  return db.withOrg(actor.orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    return (await listValidityRows(tx, actor.orgId, projectId)).map(present);
  });
}

/**
 * A member check sends a finding to chosen informants (subjects are informants); a deviant-case flag marks
 * transcripts that run against the emerging explanation, with a memo saying how (subjects are transcripts).
 */
export async function addValidityRecord(
  { db, actor }: UseCaseContext,
  projectId: string,
  input: { kind: ValidityView['kind']; text: string; subjectIds: string[] },
): Promise<ValidityView> {
  requireResearcher(actor);
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const known = new Set(
      input.kind === 'member_check' ? (await listInformants(tx, orgId, projectId)).map((i) => i.id) : (await listTranscripts(tx, orgId, projectId)).map((t) => t.id),
    );
    const stranger = input.subjectIds.find((id) => !known.has(id));
    if (stranger) throw invalidInput(input.kind === 'member_check' ? 'Every informant of a member check must be in this project.' : 'Every flagged transcript must be in this project.');
    const id = newId();
    await insertValidity(tx, orgId, projectId, { id, kind: input.kind, text: input.text, subjectIds: [...new Set(input.subjectIds)], createdBy: actor.userId });
    const what = input.kind === 'member_check' ? `sent a member check to ${input.subjectIds.length} informant(s)` : 'flagged a deviant case';
    await recordAudit(tx, orgId, projectId, { id: newId(), actorId: actor.userId, actorName: await actorName(tx, actor), action: what, entity: 'validity', entityId: id, detail: { kind: input.kind } });
    return present((await listValidityRows(tx, orgId, projectId)).find((r) => r.id === id) as ValidityRow);
  });
}

/** Records an informant's answer to a member check (replacing an earlier answer of theirs). */
export async function recordMemberCheckResponse(
  { db, actor }: UseCaseContext,
  projectId: string,
  checkId: string,
  input: { informantId: string; agrees: 'yes' | 'partly' | 'no'; response: string },
  now: Date,
): Promise<ValidityView> {
  requireResearcher(actor);
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const check = (await listValidityRows(tx, orgId, projectId)).find((r) => r.id === checkId && r.kind === 'member_check');
    if (!check) throw notFound('That member check');
    if (!check.subjectIds.includes(input.informantId)) throw invalidInput('That informant was not asked in this member check.');
    const responses = [...check.responses.filter((r) => r.informantId !== input.informantId), { ...input, at: now.toISOString() }];
    await saveResponses(tx, orgId, projectId, checkId, responses);
    await recordAudit(tx, orgId, projectId, { id: newId(), actorId: actor.userId, actorName: await actorName(tx, actor), action: `recorded a member-check answer (${input.agrees})`, entity: 'validity', entityId: checkId, detail: { informantId: input.informantId } });
    return present({ ...check, responses });
  });
}
