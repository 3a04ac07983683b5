import { DomainError } from '../common/domain-error';
/**
 * The qualitative code tree of the research workbench: in-vivo codes grouped into first-order categories, second-order
 * themes and aggregate dimensions (or paradoxes), to any depth. Every edit is a TreeOperation; applyOperation returns
 * the new tree and the operation that undoes it, so the workbench keeps an undo stack of plain data.
 *
 * Undo contract. The tree knows nothing about codings, so three operations tell the caller what to do with them:
 * - merge: re-point the codings listed in `op.codingIds` (the caller passes the source's coding ids) to the target;
 *   the inverse (`unmerge`) restores the source with its id, fields, place and children and lists the same coding ids
 *   to point back at it (`codingMoves`).
 * - split: re-point `op.codingIds` to the new code; the inverse is a merge of the new code back, carrying those ids.
 * - delete: the caller deletes the codings of `removedIds` and must KEEP those coding records; the inverse (`restore`)
 *   brings back the codes (same ids), after which the caller re-inserts the kept codings.
 * Positions are renumbered 0..n-1 within each parent on every edit, so an edit followed by its inverse gives back
 * normalizeTree(original).
 */
export const CODE_KINDS = ['in_vivo', 'first_order', 'second_order', 'aggregate'] as const;
/** `aggregate` is an aggregate dimension or, in the Tensions study, a paradox. */
export type CodeKind = (typeof CODE_KINDS)[number];

export interface CodeNode {
  id: string;
  parentId: string | null;
  name: string;
  kind: CodeKind;
  description: string;
  color: string | null;
  /** An in-vivo code keeps the informant's own words here. */
  quote: string | null;
  /** The built-in construct this code stands for, e.g. 'buyin.objectivity'. */
  builtinId: string | null;
  /** Order among siblings, 0-based. */
  position: number;
}

export type NewCode = Omit<CodeNode, 'parentId' | 'position'>;

export type TreeOperation =
  | { type: 'create'; node: CodeNode }
  | { type: 'rename'; codeId: string; name: string }
  | { type: 'describe'; codeId: string; description: string }
  | { type: 'recolor'; codeId: string; color: string | null }
  | { type: 'move'; codeId: string; parentId: string | null; position?: number }
  | { type: 'reorder'; codeId: string; position: number }
  | { type: 'merge'; sourceId: string; targetId: string; codingIds: readonly string[] }
  | { type: 'unmerge'; source: CodeNode; targetId: string; childIds: readonly string[]; codingIds: readonly string[] }
  | { type: 'split'; codeId: string; newCode: NewCode; codingIds: readonly string[] }
  | { type: 'delete'; codeId: string; cascade?: boolean }
  | { type: 'restore'; nodes: readonly CodeNode[] };

/** Codings the caller must re-point to `toCodeId` after the operation. */
export interface CodingMove {
  codingIds: readonly string[];
  toCodeId: string;
}

export interface OperationResult {
  tree: CodeNode[];
  inverse: TreeOperation;
  /** Merge only: the code whose codings now belong to the target. */
  mergedIds: string[];
  /** Codes no longer in the tree: a deleted code and its descendants, or a merge's source. */
  removedIds: string[];
  codingMoves: CodingMove[];
}

export type CodeTreeErrorCode = 'NOT_FOUND' | 'INVALID_INPUT' | 'CONFLICT';

/** The code is the application's error code; the reason repeats it (a tree edit fails for one of these three). */
export class CodeTreeError extends DomainError<CodeTreeErrorCode> {
  constructor(code: CodeTreeErrorCode, message: string) {
    super(code, message, code);
  }
}

export interface NestedCode extends CodeNode {
  children: NestedCode[];
}

export const MAX_CODE_NAME_LENGTH = 200;
const COLOR = /^#[0-9a-fA-F]{6}$/;

/** The tree in a working form: nodes by id, and each parent's children in order. */
interface Draft {
  nodes: Map<string, CodeNode>;
  children: Map<string | null, string[]>;
}

/** Applies one edit; throws CodeTreeError (with a message saying what to fix) when the edit is not allowed. */
export function applyOperation(tree: readonly CodeNode[], op: TreeOperation): OperationResult {
  const draft = draftOf(tree);
  const done = (inverse: TreeOperation, extra: Partial<OperationResult> = {}): OperationResult => ({
    tree: treeOf(draft), inverse, mergedIds: [], removedIds: [], codingMoves: [], ...extra,
  });
  switch (op.type) {
    case 'create': {
      const node = checkedNode(op.node);
      assertNewId(draft, node.id);
      assertUniqueName(draft, node.parentId, node.name, null);
      insert(draft, node, node.parentId, node.position);
      return done({ type: 'delete', codeId: node.id, cascade: false });
    }
    case 'rename': {
      const node = nodeOf(draft, op.codeId, 'to rename');
      const name = checkedName(op.name);
      assertUniqueName(draft, node.parentId, name, node.id);
      draft.nodes.set(node.id, { ...node, name });
      return done({ type: 'rename', codeId: node.id, name: node.name });
    }
    case 'describe': {
      const node = nodeOf(draft, op.codeId, 'to describe');
      if (typeof op.description !== 'string') throw invalid('A description must be text (it may be empty).');
      draft.nodes.set(node.id, { ...node, description: op.description });
      return done({ type: 'describe', codeId: node.id, description: node.description });
    }
    case 'recolor': {
      const node = nodeOf(draft, op.codeId, 'to recolor');
      draft.nodes.set(node.id, { ...node, color: checkedColor(op.color) });
      return done({ type: 'recolor', codeId: node.id, color: node.color });
    }
    case 'move': {
      const node = nodeOf(draft, op.codeId, 'to move');
      if (op.parentId !== null && isAncestorOrSelf(draft, node.id, nodeOf(draft, op.parentId, 'to move into').id)) {
        throw invalid(`Cannot move "${node.name}" under itself or one of its own sub-codes; choose a code outside it.`);
      }
      assertUniqueName(draft, op.parentId, node.name, node.id);
      const oldIndex = detach(draft, node.id);
      insert(draft, node, op.parentId, checkedPosition(op.position ?? Infinity));
      return done({ type: 'move', codeId: node.id, parentId: node.parentId, position: oldIndex });
    }
    case 'reorder': {
      const node = nodeOf(draft, op.codeId, 'to reorder');
      const position = checkedPosition(op.position);
      const oldIndex = detach(draft, node.id);
      insert(draft, node, node.parentId, position);
      return done({ type: 'reorder', codeId: node.id, position: oldIndex });
    }
    case 'merge': {
      const source = nodeOf(draft, op.sourceId, 'to merge');
      const target = nodeOf(draft, op.targetId, 'to merge into');
      if (isAncestorOrSelf(draft, source.id, target.id)) {
        throw invalid(`Cannot merge "${source.name}" into itself or its own sub-code "${target.name}"; merge the sub-code upwards instead.`);
      }
      const childIds = childrenOf(draft, source.id);
      for (const id of childIds) assertUniqueName(draft, target.id, nodeOf(draft, id).name, source.id);
      const oldIndex = detach(draft, source.id);
      for (const id of childIds) insert(draft, nodeOf(draft, id), target.id, Infinity);
      draft.nodes.delete(source.id);
      draft.children.delete(source.id);
      const codingIds = [...op.codingIds];
      return done(
        { type: 'unmerge', source: { ...source, position: oldIndex }, targetId: target.id, childIds, codingIds },
        { mergedIds: [source.id], removedIds: [source.id], codingMoves: [{ codingIds, toCodeId: target.id }] },
      );
    }
    case 'unmerge': {
      const source = checkedNode(op.source);
      assertNewId(draft, source.id);
      const target = nodeOf(draft, op.targetId, 'the merge went into');
      for (const id of op.childIds) {
        if (nodeOf(draft, id, 'to give back').parentId !== target.id) {
          throw invalid(`Code "${id}" is no longer under "${target.name}", so the merge cannot be undone.`);
        }
      }
      for (const id of op.childIds) detach(draft, id);
      assertUniqueName(draft, source.parentId, source.name, null);
      insert(draft, source, source.parentId, source.position);
      for (const id of op.childIds) insert(draft, nodeOf(draft, id), source.id, Infinity);
      const codingIds = [...op.codingIds];
      return done({ type: 'merge', sourceId: source.id, targetId: target.id, codingIds }, { codingMoves: [{ codingIds, toCodeId: source.id }] });
    }
    case 'split': {
      const original = nodeOf(draft, op.codeId, 'to split');
      const index = childrenOf(draft, original.parentId).indexOf(original.id);
      const created = checkedNode({ ...op.newCode, parentId: original.parentId, position: index + 1 });
      assertNewId(draft, created.id);
      assertUniqueName(draft, created.parentId, created.name, null);
      insert(draft, created, created.parentId, created.position);
      const codingIds = [...op.codingIds];
      return done({ type: 'merge', sourceId: created.id, targetId: original.id, codingIds }, { codingMoves: [{ codingIds, toCodeId: created.id }] });
    }
    case 'delete': {
      const node = nodeOf(draft, op.codeId, 'to delete');
      const count = childrenOf(draft, node.id).length;
      if (count > 0 && op.cascade !== true) {
        throw invalid(`"${node.name}" has ${count} sub-code${count === 1 ? '' : 's'}; move or delete them first, or delete with cascade to remove the whole branch.`);
      }
      const subtree = [node, ...collectDescendants(draft, node.id)];
      detach(draft, node.id);
      for (const removed of subtree) {
        draft.nodes.delete(removed.id);
        draft.children.delete(removed.id);
      }
      return done({ type: 'restore', nodes: subtree }, { removedIds: subtree.map((removed) => removed.id) });
    }
    case 'restore': {
      const nodes = op.nodes.map(checkedNode);
      const ids = new Set(nodes.map((node) => node.id));
      const roots = nodes.filter((node) => node.parentId === null || !ids.has(node.parentId));
      const root = roots[0];
      if (root === undefined || roots.length !== 1 || ids.size !== nodes.length) {
        throw invalid('The codes to restore must form one branch: one top code and its sub-codes, each id once.');
      }
      nodes.forEach((node) => assertNewId(draft, node.id));
      nodes.forEach((node) => draft.nodes.set(node.id, node));
      // The top code goes back to its old place; the others join their (restored) parents in position order.
      for (const node of [root, ...nodes.filter((node) => node !== root).sort((a, b) => a.position - b.position)]) {
        assertUniqueName(draft, node.parentId, node.name, null);
        insert(draft, node, node.parentId, node === root ? node.position : Infinity);
      }
      return done({ type: 'delete', codeId: root.id, cascade: true });
    }
    default:
      throw invalid(`Unknown tree operation "${String((op as { type?: unknown }).type)}".`);
  }
}

/** The tree with positions renumbered 0..n-1 within each parent, in depth-first order; validates the structure. */
export function normalizeTree(tree: readonly CodeNode[]): CodeNode[] {
  return treeOf(draftOf(tree));
}

/** Every code below `codeId`, depth-first in position order (not including the code itself). */
export function descendantsOf(tree: readonly CodeNode[], codeId: string): CodeNode[] {
  const draft = draftOf(tree);
  nodeOf(draft, codeId, 'to list the sub-codes of');
  return collectDescendants(draft, codeId);
}

/** The names from the top-level code down to `codeId`, e.g. ['Buy-in', 'Objectivity', '"they just trust the data"']. */
export function pathOf(tree: readonly CodeNode[], codeId: string): string[] {
  const draft = draftOf(tree);
  const path: string[] = [];
  for (let node: CodeNode | undefined = nodeOf(draft, codeId, 'to find the path of'); node; ) {
    path.unshift(node.name);
    node = node.parentId === null ? undefined : draft.nodes.get(node.parentId);
  }
  return path;
}

/** 0 for a top-level code, 1 for its children, and so on. */
export function depthOf(tree: readonly CodeNode[], codeId: string): number {
  return pathOf(tree, codeId).length - 1;
}

/** The tree as nested nodes in position order, for display. */
export function toNested(tree: readonly CodeNode[]): NestedCode[] {
  const draft = draftOf(tree);
  const build = (parentId: string | null): NestedCode[] =>
    childrenOf(draft, parentId).map((id, position) => ({ ...nodeOf(draft, id), position, children: build(id) }));
  return build(null);
}

function draftOf(tree: readonly CodeNode[]): Draft {
  const nodes = new Map<string, CodeNode>();
  const grouped = new Map<string | null, CodeNode[]>();
  for (const node of tree) {
    if (nodes.has(node.id)) throw invalid(`The code tree lists id "${node.id}" twice; each code needs its own id.`);
    nodes.set(node.id, node);
    const siblings = grouped.get(node.parentId);
    if (siblings) siblings.push(node);
    else grouped.set(node.parentId, [node]);
  }
  const children = new Map<string | null, string[]>();
  for (const [parentId, siblings] of grouped) {
    if (parentId !== null && !nodes.has(parentId)) {
      throw invalid(`Code "${siblings[0]?.name}" sits under "${parentId}", which is not in the tree; move it to an existing code.`);
    }
    // Stable sort: equal positions keep their order in the input.
    const ordered = [...siblings].sort((a, b) => a.position - b.position);
    ordered.forEach((node, position) => nodes.set(node.id, { ...node, position }));
    children.set(parentId, ordered.map((node) => node.id));
  }
  return { nodes, children };
}

/** Depth-first, positions renumbered; throws when some code cannot be reached from the top (a cycle). */
function treeOf(draft: Draft): CodeNode[] {
  const out: CodeNode[] = [];
  const visit = (parentId: string | null): void => {
    childrenOf(draft, parentId).forEach((id, position) => {
      out.push({ ...nodeOf(draft, id), parentId, position });
      visit(id);
    });
  };
  visit(null);
  if (out.length !== draft.nodes.size) throw invalid('Some codes are their own ancestors (a cycle); re-attach them to the tree.');
  return out;
}

function childrenOf(draft: Draft, parentId: string | null): string[] {
  return draft.children.get(parentId) ?? [];
}

function collectDescendants(draft: Draft, codeId: string): CodeNode[] {
  return childrenOf(draft, codeId).flatMap((id) => [nodeOf(draft, id), ...collectDescendants(draft, id)]);
}

function nodeOf(draft: Draft, codeId: string, role?: string): CodeNode {
  const node = draft.nodes.get(codeId);
  if (node !== undefined) return node;
  throw new CodeTreeError('NOT_FOUND', `There is no code with id "${codeId}"${role ? ` (the code ${role})` : ''}; it may have been deleted.`);
}

function assertNewId(draft: Draft, codeId: string): void {
  if (draft.nodes.has(codeId)) throw new CodeTreeError('CONFLICT', `A code with id "${codeId}" already exists; use a new id.`);
}

/** Removes a code from its parent's children and returns the index it had. */
function detach(draft: Draft, codeId: string): number {
  const parentId = nodeOf(draft, codeId).parentId;
  const siblings = childrenOf(draft, parentId);
  draft.children.set(parentId, siblings.filter((id) => id !== codeId));
  return siblings.indexOf(codeId);
}

/** Puts a code among `parentId`'s children at `position` (clamped to the end); the parent must exist. */
function insert(draft: Draft, node: CodeNode, parentId: string | null, position: number): void {
  if (parentId !== null) nodeOf(draft, parentId, 'to put it under');
  const siblings = [...childrenOf(draft, parentId)];
  siblings.splice(Math.min(position, siblings.length), 0, node.id);
  draft.children.set(parentId, siblings);
  draft.nodes.set(node.id, { ...node, parentId });
}

function isAncestorOrSelf(draft: Draft, ancestorId: string, codeId: string): boolean {
  for (let id: string | null = codeId; id !== null; id = draft.nodes.get(id)?.parentId ?? null) {
    if (id === ancestorId) return true;
  }
  return false;
}

function assertUniqueName(draft: Draft, parentId: string | null, name: string, exceptId: string | null): void {
  const clash = childrenOf(draft, parentId).find((id) => id !== exceptId && nodeOf(draft, id).name.toLowerCase() === name.toLowerCase());
  if (clash === undefined) return;
  const where = parentId === null ? 'at the top level' : `under "${nodeOf(draft, parentId, 'to put it under').name}"`;
  throw new CodeTreeError('CONFLICT', `There is already a code called "${nodeOf(draft, clash).name}" ${where}; choose another name or merge the two.`);
}

function checkedNode(node: CodeNode): CodeNode {
  if (typeof node.id !== 'string' || node.id.trim() === '') throw invalid('Every code needs a non-empty id.');
  if (!(CODE_KINDS as readonly string[]).includes(node.kind)) throw invalid(`Code kind "${String(node.kind)}" is not one of ${CODE_KINDS.join(', ')}.`);
  return { ...node, name: checkedName(node.name), color: checkedColor(node.color), position: checkedPosition(node.position) };
}

function checkedPosition(position: number): number {
  if (position === Infinity || (Number.isInteger(position) && position >= 0)) return position;
  throw invalid(`Position ${String(position)} must be a whole number, 0 or more.`);
}

function checkedName(name: string): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed.length === 0) throw invalid('A code needs a name; type at least one character.');
  if (trimmed.length <= MAX_CODE_NAME_LENGTH) return trimmed;
  throw invalid(`A code name can have at most ${MAX_CODE_NAME_LENGTH} characters; this one has ${trimmed.length}. Shorten it and put detail in the description.`);
}

function checkedColor(color: string | null): string | null {
  if (color === null || (typeof color === 'string' && COLOR.test(color))) return color === null ? null : color.toLowerCase();
  throw invalid(`Colour "${String(color)}" is not of the form #rrggbb (e.g. #1f77b4).`);
}

function invalid(message: string): CodeTreeError {
  return new CodeTreeError('INVALID_INPUT', message);
}
