import type { CodeView } from '../../../shared/research';

export interface CodeTreeNode {
  code: CodeView;
  depth: number;
  children: CodeTreeNode[];
}

/** Nests the flat code list by parentId, siblings by position then name. A code whose parent is missing is a root. */
export function buildCodeTree(codes: readonly CodeView[]): CodeTreeNode[] {
  const ids = new Set(codes.map((code) => code.id));
  const byParent = new Map<string | null, CodeView[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    const siblings = byParent.get(parent) ?? [];
    siblings.push(code);
    byParent.set(parent, siblings);
  }
  const seen = new Set<string>();
  const nest = (parent: string | null, depth: number): CodeTreeNode[] =>
    (byParent.get(parent) ?? [])
      .slice()
      .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))
      .filter((code) => !seen.has(code.id))
      .map((code) => {
        seen.add(code.id);
        return { code, depth, children: nest(code.id, depth + 1) };
      });
  return nest(null, 0);
}

/** The tree in display order, each code with its depth. */
export function flattenTree(nodes: readonly CodeTreeNode[]): CodeTreeNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** The ids of a code's descendants (not the code itself). */
export function descendantIds(codes: readonly CodeView[], codeId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const code of codes) {
    if (code.parentId === null) continue;
    children.set(code.parentId, [...(children.get(code.parentId) ?? []), code.id]);
  }
  const found = new Set<string>();
  const stack = [...(children.get(codeId) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return found;
}

/** Whether a code may move under `parentId` (null: the top level): not under itself or its own descendants. */
export function canMoveTo(codes: readonly CodeView[], codeId: string, parentId: string | null): boolean {
  if (parentId === null) return true;
  if (parentId === codeId) return false;
  return !descendantIds(codes, codeId).has(parentId);
}

/** The path of names from the root down to the code, e.g. "Buy-in › Objectivity". */
export function codePath(codes: readonly CodeView[], codeId: string): string {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const names: string[] = [];
  let current = byId.get(codeId);
  const guard = new Set<string>();
  while (current && !guard.has(current.id)) {
    guard.add(current.id);
    names.unshift(current.name);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return names.join(' › ');
}
