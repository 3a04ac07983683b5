import type { InformantView } from '../../shared/research';
import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { newId } from '../ids';
import { loadProject, requireResearcher } from './access';
import { recordAudit } from './audit-repository';
import { actorName } from './coders';
import { findInformant, insertInformants, updateInformant as updateInformantRow, type InformantWrite } from './informants-repository';

export async function addInformant({ db, actor }: UseCaseContext, projectId: string, input: InformantWrite): Promise<InformantView> {
  requireResearcher(actor);
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const id = newId();
    await insertInformants(tx, orgId, projectId, [{ ...input, id }]);
    await recordAudit(tx, orgId, projectId, { id: newId(), actorId: actor.userId, actorName: await actorName(tx, actor), action: 'added informant', entity: 'informant', entityId: id, detail: { name: input.name } });
    return (await findInformant(tx, orgId, projectId, id)) as InformantView;
  });
}

export async function updateInformant({ db, actor }: UseCaseContext, projectId: string, informantId: string, changes: Partial<InformantWrite>): Promise<InformantView> {
  requireResearcher(actor);
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const before = await findInformant(tx, orgId, projectId, informantId);
    if (!before) throw notFound('That informant');
    await updateInformantRow(tx, orgId, projectId, informantId, changes);
    await recordAudit(tx, orgId, projectId, { id: newId(), actorId: actor.userId, actorName: await actorName(tx, actor), action: 'edited informant', entity: 'informant', entityId: informantId, detail: { changed: Object.keys(changes) } });
    return (await findInformant(tx, orgId, projectId, informantId)) as InformantView;
  });
}
