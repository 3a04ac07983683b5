import { BUILTIN_CODEBOOK } from '../../domain/research/codebook/builtin-codebook';
import type { CodeNode } from '../../domain/research/code-tree';
import type { ProjectSummary } from '../../shared/research';
import type { UseCaseContext } from '../actor';
import type { Tx } from '../db/create-db';
import { newId } from '../ids';
import { requireResearcher } from './access';
import { recordAudit } from './audit-repository';
import { saveCodes } from './codes-repository';
import { actorName, ensureCoder } from './coders';
import { findProject, insertProject } from './projects-repository';
import { presentProject } from './presenters';

/** The built-in SMI codebook (DOMAIN.md) as a fresh code tree with new ids; each code remembers its construct id. */
export function builtinCodeTree(): CodeNode[] {
  const idOf = new Map(BUILTIN_CODEBOOK.map((c) => [c.id, newId()]));
  const positions = new Map<string | null, number>();
  return BUILTIN_CODEBOOK.map((c) => {
    const position = positions.get(c.parentId) ?? 0;
    positions.set(c.parentId, position + 1);
    return {
      id: idOf.get(c.id) as string,
      parentId: c.parentId ? (idOf.get(c.parentId) ?? null) : null,
      name: c.name,
      kind: c.kind,
      description: c.definition,
      color: null,
      quote: null,
      builtinId: c.id,
      position,
    };
  });
}

/** Writes a new project with its code tree; `withMyLayer` gives the creator a coder layer at once. */
export async function createProjectIn(tx: Tx, context: UseCaseContext, input: { name: string; description: string; codes: CodeNode[]; action: string; withMyLayer: boolean }) {
  const { actor } = context;
  const id = newId();
  await insertProject(tx, { orgId: actor.orgId, id, name: input.name, description: input.description, createdBy: actor.userId });
  await saveCodes(tx, actor.orgId, id, input.codes, []);
  if (actor.userId && input.withMyLayer) await ensureCoder(tx, actor, id);
  await recordAudit(tx, actor.orgId, id, { id: newId(), actorId: actor.userId, actorName: await actorName(tx, actor), action: input.action, entity: 'project', entityId: id, detail: { name: input.name, codes: input.codes.length } });
  return id;
}

export async function createProject(context: UseCaseContext, input: { name: string; description: string; start: 'builtin' | 'empty' }): Promise<ProjectSummary> {
  requireResearcher(context.actor);
  return context.db.withOrg(context.actor.orgId, async (tx) => {
    const codes = input.start === 'builtin' ? builtinCodeTree() : [];
    const id = await createProjectIn(tx, context, { name: input.name, description: input.description, codes, action: input.start === 'builtin' ? 'created from the built-in codebook' : 'created', withMyLayer: true });
    return presentProject((await findProject(tx, context.actor.orgId, id)) as NonNullable<Awaited<ReturnType<typeof findProject>>>);
  });
}
