import { applyOperation, type CodeNode, type TreeOperation } from '../../domain/research/code-tree';
import type { CodeOperationInput } from '../../shared/research';
import type { UseCaseContext } from '../actor';
import type { Tx } from '../db/create-db';
import { AppError, conflict } from '../errors';
import { newId } from '../ids';
import { loadProject, requireResearcher } from './access';
import { lastUndoable, markUndone, recordAudit } from './audit-repository';
import { codingCounts, listCodes, saveCodes } from './codes-repository';
import { actorName } from './coders';
import { codingIdsOfCodes, deleteCodings, insertCodings, listCodings, recodeCodings, type CodingRow } from './codings-repository';
import { presentCode } from './presenters';

/** What the audit entry of a tree change keeps so the change can be undone. */
interface UndoRecord {
  inverse: TreeOperation;
  /** Codings removed with deleted codes, re-inserted on undo. */
  removedCodings: CodingRow[];
  message: string;
}

/** The API's operation, completed with what the domain needs: new ids and the codings that move. */
async function toTreeOperation(tx: Tx, orgId: string, projectId: string, input: CodeOperationInput, tree: readonly CodeNode[]): Promise<TreeOperation> {
  switch (input.type) {
    case 'create':
      return { type: 'create', node: { id: newId(), parentId: input.parentId, name: input.name, kind: input.kind, description: input.description, color: input.color, quote: input.quote, builtinId: null, position: Number.MAX_SAFE_INTEGER } };
    case 'merge':
      return { ...input, codingIds: await codingIdsOfCodes(tx, orgId, projectId, [input.sourceId]) };
    case 'split': {
      const source = tree.find((c) => c.id === input.codeId);
      const own = new Set(await codingIdsOfCodes(tx, orgId, projectId, [input.codeId]));
      const stray = input.codingIds.find((id) => !own.has(id));
      if (stray) throw new AppError('INVALID_INPUT', 'Only codings of the code being split can move to the new code.');
      const newCode = { id: newId(), name: input.name, kind: source?.kind ?? 'first_order', description: '', color: source?.color ?? null, quote: null, builtinId: null };
      return { type: 'split', codeId: input.codeId, newCode, codingIds: input.codingIds };
    }
    case 'delete':
      return { type: 'delete', codeId: input.codeId, cascade: true };
    default:
      return input;
  }
}

function describe(input: TreeOperation, before: readonly CodeNode[]): string {
  const name = (id: string) => before.find((c) => c.id === id)?.name ?? 'the code';
  switch (input.type) {
    case 'create': return `Created "${input.node.name}".`;
    case 'rename': return `Renamed "${name(input.codeId)}" to "${input.name}".`;
    case 'describe': return `Updated the description of "${name(input.codeId)}".`;
    case 'recolor': return `Changed the colour of "${name(input.codeId)}".`;
    case 'move': return `Moved "${name(input.codeId)}" ${input.parentId ? `under "${name(input.parentId)}"` : 'to the top level'}.`;
    case 'reorder': return `Reordered "${name(input.codeId)}".`;
    case 'merge': return `Merged "${name(input.sourceId)}" into "${name(input.targetId)}" (${input.codingIds.length} codings moved).`;
    case 'split': return `Split "${input.newCode.name}" off "${name(input.codeId)}" (${input.codingIds.length} codings moved).`;
    case 'delete': return `Deleted "${name(input.codeId)}" and the codes and codings under it.`;
    case 'unmerge': return `Restored "${input.source.name}".`;
    case 'restore': return `Restored ${input.nodes.length} code${input.nodes.length === 1 ? '' : 's'}.`;
  }
}

/** Applies a tree operation and writes the difference: changed codes, moved codings, removed codes and their codings. */
async function apply(tx: Tx, orgId: string, projectId: string, tree: CodeNode[], operation: TreeOperation, restoreCodings: CodingRow[] = []) {
  const result = applyOperation(tree, operation);
  const before = new Map(tree.map((c) => [c.id, c]));
  const changed = result.tree.filter((c) => !sameCode(before.get(c.id), c));
  const removedCodings = result.removedIds.length > 0 && result.mergedIds.length === 0 ? await listCodings(tx, orgId, projectId, { codeIds: result.removedIds }) : [];
  await saveCodes(tx, orgId, projectId, changed, []);
  for (const move of result.codingMoves) await recodeCodings(tx, orgId, projectId, move.codingIds, move.toCodeId);
  await deleteCodings(tx, orgId, projectId, removedCodings.map((c) => c.id));
  await saveCodes(tx, orgId, projectId, [], result.removedIds);
  await insertCodings(tx, orgId, projectId, restoreCodings);
  return { result, removedCodings };
}

const CODE_FIELDS = ['parentId', 'name', 'kind', 'description', 'color', 'quote', 'builtinId', 'position'] as const;
const sameCode = (a: CodeNode | undefined, b: CodeNode) => a !== undefined && CODE_FIELDS.every((field) => a[field] === b[field]);

async function answer(tx: Tx, orgId: string, projectId: string, message: string) {
  const codes = await listCodes(tx, orgId, projectId);
  const counts = await codingCounts(tx, orgId, projectId);
  return { codes: codes.map((c) => presentCode(c, counts)), canUndo: (await lastUndoable(tx, orgId, projectId)) !== undefined, message };
}

export async function applyCodeOperation({ db, actor }: UseCaseContext, projectId: string, input: CodeOperationInput) {
  requireResearcher(actor);
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const tree = await listCodes(tx, orgId, projectId);
    const operation = await toTreeOperation(tx, orgId, projectId, input, tree);
    const { result, removedCodings } = await apply(tx, orgId, projectId, tree, operation);
    const message = describe(operation, tree);
    const undo: UndoRecord = { inverse: result.inverse, removedCodings, message };
    await recordAudit(tx, orgId, projectId, { id: newId(), actorId: actor.userId, actorName: await actorName(tx, actor), action: message, entity: 'code', entityId: 'codeId' in operation ? operation.codeId : null, detail: { operation: input, undo }, undoable: true });
    return answer(tx, orgId, projectId, message);
  });
}

/** Undoes the newest code-tree change not yet undone (an undo stack of any depth). */
export async function undoCodeOperation({ db, actor }: UseCaseContext, projectId: string) {
  requireResearcher(actor);
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const entry = await lastUndoable(tx, orgId, projectId);
    if (!entry) throw conflict('There is no code-tree change to undo.');
    const undo = (entry.detail as { undo: UndoRecord }).undo;
    const tree = await listCodes(tx, orgId, projectId);
    await apply(tx, orgId, projectId, tree, undo.inverse, undo.removedCodings.map((c) => ({ ...c })));
    await markUndone(tx, orgId, projectId, entry.id);
    const message = `Undid: ${undo.message}`;
    await recordAudit(tx, orgId, projectId, { id: newId(), actorId: actor.userId, actorName: await actorName(tx, actor), action: message, entity: 'code', entityId: null, detail: { undid: entry.id } });
    return answer(tx, orgId, projectId, message);
  });
}
