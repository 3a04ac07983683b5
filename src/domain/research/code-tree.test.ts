import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CodeNode, TreeOperation } from './code-tree';
import {
  CodeTreeError,
  applyOperation,
  depthOf,
  descendantsOf,
  normalizeTree,
  pathOf,
  toNested,
} from './code-tree';

function code(id: string, parentId: string | null, position: number, overrides: Partial<CodeNode> = {}): CodeNode {
  return {
    id, parentId, position, name: id, kind: 'first_order', description: '', color: null, quote: null, builtinId: null,
    ...overrides,
  };
}

/**
 * buyin
 * ├─ objectivity
 * │  ├─ data        (in vivo: "they just trust the data")
 * │  └─ fairness
 * └─ respect
 * tensions
 */
function sampleTree(): CodeNode[] {
  return [
    code('buyin', null, 0, { kind: 'aggregate', name: 'Buy-in' }),
    code('objectivity', 'buyin', 0, { kind: 'second_order', name: 'Objectivity', builtinId: 'buyin.objectivity' }),
    code('data', 'objectivity', 0, { kind: 'in_vivo', name: 'Trust the data', quote: 'they just trust the data' }),
    code('fairness', 'objectivity', 1),
    code('respect', 'buyin', 1),
    code('tensions', null, 1, { kind: 'aggregate' }),
  ];
}

function errorOf(action: () => unknown): CodeTreeError {
  try {
    action();
  } catch (error) {
    if (error instanceof CodeTreeError) return error;
    throw error;
  }
  throw new Error('expected a CodeTreeError');
}

const byId = (tree: CodeNode[], id: string): CodeNode | undefined => tree.find((node) => node.id === id);
const childrenNames = (tree: CodeNode[], parentId: string | null): string[] =>
  tree.filter((node) => node.parentId === parentId).sort((a, b) => a.position - b.position).map((node) => node.id);

describe('applyOperation', () => {
  it('creates a code at the given place and undoes it by deleting the code', () => {
    const { tree, inverse } = applyOperation(sampleTree(), { type: 'create', node: code('speed', 'buyin', 1) });
    expect(childrenNames(tree, 'buyin')).toEqual(['objectivity', 'speed', 'respect']);
    expect(inverse).toEqual({ type: 'delete', codeId: 'speed', cascade: false });
    expect(applyOperation(tree, inverse).tree).toEqual(normalizeTree(sampleTree()));
  });

  it('refuses a second code of the same name under one parent, ignoring case, but allows it elsewhere', () => {
    const clash = errorOf(() => applyOperation(sampleTree(), { type: 'rename', codeId: 'respect', name: '  OBJECTIVITY ' }));
    expect(clash.code).toBe('CONFLICT');
    expect(clash.message).toMatch(/already a code called "Objectivity" under "Buy-in"/);
    const elsewhere = applyOperation(sampleTree(), { type: 'create', node: code('x', 'tensions', 0, { name: 'Objectivity' }) });
    expect(byId(elsewhere.tree, 'x')?.name).toBe('Objectivity');
  });

  it('checks names (1–200 characters), colours (#rrggbb) and kinds with messages that say what to fix', () => {
    expect(errorOf(() => applyOperation(sampleTree(), { type: 'rename', codeId: 'data', name: '   ' })).message).toMatch(/needs a name/);
    const long = errorOf(() => applyOperation(sampleTree(), { type: 'rename', codeId: 'data', name: 'x'.repeat(201) }));
    expect(long.message).toMatch(/at most 200 characters; this one has 201/);
    expect(applyOperation(sampleTree(), { type: 'rename', codeId: 'data', name: 'y'.repeat(200) }).tree).toHaveLength(6);
    expect(errorOf(() => applyOperation(sampleTree(), { type: 'recolor', codeId: 'data', color: 'red' })).message).toMatch(/#rrggbb/);
    const recolored = applyOperation(sampleTree(), { type: 'recolor', codeId: 'data', color: '#1F77B4' });
    expect(byId(recolored.tree, 'data')?.color).toBe('#1f77b4');
    expect(recolored.inverse).toEqual({ type: 'recolor', codeId: 'data', color: null });
    const badKind = { type: 'create', node: code('k', null, 0, { kind: 'theme' as never }) } as const;
    expect(errorOf(() => applyOperation(sampleTree(), badKind)).code).toBe('INVALID_INPUT');
  });

  it('reports unknown codes as not found', () => {
    const missing = errorOf(() => applyOperation(sampleTree(), { type: 'describe', codeId: 'nope', description: 'x' }));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toMatch(/no code with id "nope" \(the code to describe\)/);
    expect(errorOf(() => applyOperation(sampleTree(), { type: 'create', node: code('x', 'nope', 0) })).code).toBe('NOT_FOUND');
  });

  it('keeps the informant’s words of an in-vivo code and its built-in construct through edits', () => {
    const { tree } = applyOperation(sampleTree(), { type: 'move', codeId: 'data', parentId: 'respect' });
    expect(byId(tree, 'data')).toMatchObject({ quote: 'they just trust the data', kind: 'in_vivo', parentId: 'respect' });
    expect(byId(tree, 'objectivity')?.builtinId).toBe('buyin.objectivity');
  });

  it('moves a code with its branch and undoes the move to the same place', () => {
    const { tree, inverse } = applyOperation(sampleTree(), { type: 'move', codeId: 'objectivity', parentId: 'tensions' });
    expect(pathOf(tree, 'fairness')).toEqual(['tensions', 'Objectivity', 'fairness']);
    expect(inverse).toEqual({ type: 'move', codeId: 'objectivity', parentId: 'buyin', position: 0 });
    expect(applyOperation(tree, inverse).tree).toEqual(normalizeTree(sampleTree()));
  });

  it('refuses to move a code under itself or its own descendant', () => {
    for (const parentId of ['objectivity', 'data']) {
      const cycle = errorOf(() => applyOperation(sampleTree(), { type: 'move', codeId: 'objectivity', parentId }));
      expect(cycle.message).toMatch(/under itself or one of its own sub-codes/);
    }
  });

  it('reorders siblings and renumbers their positions from 0', () => {
    const { tree, inverse } = applyOperation(sampleTree(), { type: 'reorder', codeId: 'fairness', position: 0 });
    expect(childrenNames(tree, 'objectivity')).toEqual(['fairness', 'data']);
    expect(tree.filter((node) => node.parentId === 'objectivity').map((node) => node.position).sort()).toEqual([0, 1]);
    expect(applyOperation(tree, inverse).tree).toEqual(normalizeTree(sampleTree()));
  });

  it('merges a code into another: its children move under the target and its codings are to be re-pointed', () => {
    const result = applyOperation(sampleTree(), { type: 'merge', sourceId: 'objectivity', targetId: 'tensions', codingIds: ['c1', 'c2'] });
    expect(byId(result.tree, 'objectivity')).toBeUndefined();
    expect(childrenNames(result.tree, 'tensions')).toEqual(['data', 'fairness']);
    expect(result.mergedIds).toEqual(['objectivity']);
    expect(result.codingMoves).toEqual([{ codingIds: ['c1', 'c2'], toCodeId: 'tensions' }]);
  });

  it('undoes a merge by restoring the source with its id, place and children and pointing its codings back', () => {
    const merged = applyOperation(sampleTree(), { type: 'merge', sourceId: 'objectivity', targetId: 'buyin', codingIds: ['c1'] });
    expect(childrenNames(merged.tree, 'buyin')).toEqual(['respect', 'data', 'fairness']);
    const undone = applyOperation(merged.tree, merged.inverse);
    expect(undone.tree).toEqual(normalizeTree(sampleTree()));
    expect(undone.codingMoves).toEqual([{ codingIds: ['c1'], toCodeId: 'objectivity' }]);
    expect(undone.inverse).toEqual({ type: 'merge', sourceId: 'objectivity', targetId: 'buyin', codingIds: ['c1'] });
  });

  it('refuses to merge a code into itself or into one of its descendants', () => {
    expect(errorOf(() => applyOperation(sampleTree(), { type: 'merge', sourceId: 'buyin', targetId: 'buyin', codingIds: [] })).message)
      .toMatch(/into itself/);
    const down = errorOf(() => applyOperation(sampleTree(), { type: 'merge', sourceId: 'buyin', targetId: 'data', codingIds: [] }));
    expect(down.message).toMatch(/own sub-code "Trust the data"/);
  });

  it('refuses a merge that would put two children of the same name under the target', () => {
    const tree = [...sampleTree(), code('fairness-2', 'tensions', 0, { name: 'Fairness' })];
    const clash = errorOf(() => applyOperation(tree, { type: 'merge', sourceId: 'objectivity', targetId: 'tensions', codingIds: [] }));
    expect(clash.code).toBe('CONFLICT');
  });

  it('splits a code into a new sibling just after it and undoes the split by merging it back', () => {
    const newCode = { id: 'neutrality', name: 'Neutrality', kind: 'second_order', description: '', color: null, quote: null, builtinId: null } as const;
    const split = applyOperation(sampleTree(), { type: 'split', codeId: 'objectivity', newCode, codingIds: ['c3'] });
    expect(childrenNames(split.tree, 'buyin')).toEqual(['objectivity', 'neutrality', 'respect']);
    expect(split.codingMoves).toEqual([{ codingIds: ['c3'], toCodeId: 'neutrality' }]);
    const undone = applyOperation(split.tree, split.inverse);
    expect(undone.tree).toEqual(normalizeTree(sampleTree()));
    expect(undone.codingMoves).toEqual([{ codingIds: ['c3'], toCodeId: 'objectivity' }]);
  });

  it('deletes only a leaf unless asked to cascade, and restores the whole branch on undo', () => {
    const refused = errorOf(() => applyOperation(sampleTree(), { type: 'delete', codeId: 'objectivity' }));
    expect(refused.message).toMatch(/has 2 sub-codes; move or delete them first, or delete with cascade/);
    const deleted = applyOperation(sampleTree(), { type: 'delete', codeId: 'objectivity', cascade: true });
    expect(deleted.removedIds).toEqual(['objectivity', 'data', 'fairness']);
    expect(deleted.tree.map((node) => node.id)).toEqual(['buyin', 'respect', 'tensions']);
    const restored = applyOperation(deleted.tree, deleted.inverse);
    expect(restored.tree).toEqual(normalizeTree(sampleTree()));
    expect(restored.inverse).toEqual({ type: 'delete', codeId: 'objectivity', cascade: true });
  });
});

describe('tree queries', () => {
  it('gives the path from the top, the depth and the descendants of a code', () => {
    expect(pathOf(sampleTree(), 'data')).toEqual(['Buy-in', 'Objectivity', 'Trust the data']);
    expect(depthOf(sampleTree(), 'data')).toBe(2);
    expect(depthOf(sampleTree(), 'tensions')).toBe(0);
    expect(descendantsOf(sampleTree(), 'buyin').map((node) => node.id)).toEqual(['objectivity', 'data', 'fairness', 'respect']);
  });

  it('nests the tree for display in position order', () => {
    const shuffled = [...sampleTree()].reverse();
    const nested = toNested(shuffled);
    expect(nested.map((node) => node.id)).toEqual(['buyin', 'tensions']);
    expect(nested[0]?.children.map((node) => node.id)).toEqual(['objectivity', 'respect']);
    expect(nested[0]?.children[0]?.children.map((node) => node.id)).toEqual(['data', 'fairness']);
  });

  it('rejects a tree whose codes point at a missing parent or at each other', () => {
    expect(errorOf(() => normalizeTree([code('a', 'ghost', 0)])).message).toMatch(/not in the tree/);
    expect(errorOf(() => normalizeTree([code('a', 'b', 0), code('b', 'a', 0)])).message).toMatch(/cycle/);
  });
});

/** A random valid tree: code i hangs under a code before it, or at the top. */
const randomTree = fc
  .array(fc.nat(), { minLength: 1, maxLength: 12 })
  .map((parents) => parents.map((choice, i) => code(`c${i}`, choice % (i + 1) === i ? null : `c${choice % (i + 1)}`, choice % 3)));

/** An operation built from a few random numbers; it may be invalid for the tree (then applyOperation must throw). */
function randomOperation(tree: CodeNode[], [kind, a, b, position]: number[]): TreeOperation {
  const pick = (n: number): string => tree[n % Math.max(1, tree.length)]?.id ?? 'none';
  const ops: TreeOperation[] = [
    { type: 'create', node: code(`new${a}`, b! % 4 === 0 ? null : pick(b!), position!, { name: `n${a! % 5}` }) },
    { type: 'rename', codeId: pick(a!), name: `c${b! % 20}` },
    { type: 'describe', codeId: pick(a!), description: `about ${b}` },
    { type: 'recolor', codeId: pick(a!), color: b! % 2 === 0 ? null : '#abcdef' },
    { type: 'move', codeId: pick(a!), parentId: b! % 4 === 0 ? null : pick(b!), position: position! },
    { type: 'reorder', codeId: pick(a!), position: position! },
    { type: 'merge', sourceId: pick(a!), targetId: pick(b!), codingIds: [`k${a}`] },
    { type: 'split', codeId: pick(a!), newCode: { ...code(`split${b}`, null, 0), name: `s${b}` }, codingIds: [`k${b}`] },
    { type: 'delete', codeId: pick(a!), cascade: b! % 2 === 0 },
  ];
  return ops[kind! % ops.length] as TreeOperation;
}

function assertWellFormed(tree: CodeNode[]): void {
  const ids = new Set(tree.map((node) => node.id));
  expect(ids.size).toBe(tree.length);
  const groups = new Map<string | null, CodeNode[]>();
  for (const node of tree) {
    if (node.parentId !== null) expect(ids.has(node.parentId)).toBe(true);
    groups.set(node.parentId, [...(groups.get(node.parentId) ?? []), node]);
  }
  for (const siblings of groups.values()) {
    expect(siblings.map((node) => node.position).sort((x, y) => x - y)).toEqual(siblings.map((_, i) => i));
    expect(new Set(siblings.map((node) => node.name.toLowerCase())).size).toBe(siblings.length);
  }
}

const randomNumbers = fc.array(fc.nat({ max: 1000 }), { minLength: 4, maxLength: 4 });

describe('applyOperation properties', () => {
  it('every successful edit keeps the tree well formed, and its inverse gives back the original', () => {
    fc.assert(
      fc.property(randomTree, randomNumbers, (tree, numbers) => {
        const op = randomOperation(tree, numbers);
        let result;
        try {
          result = applyOperation(tree, op);
        } catch (error) {
          expect(error).toBeInstanceOf(CodeTreeError);
          return;
        }
        assertWellFormed(result.tree);
        expect(applyOperation(result.tree, result.inverse).tree).toEqual(normalizeTree(tree));
      }),
      { numRuns: 500 },
    );
  });

  it('a sequence of edits undone in reverse order gives back the original tree', () => {
    fc.assert(
      fc.property(randomTree, fc.array(randomNumbers, { maxLength: 15 }), (start, steps) => {
        let tree = normalizeTree(start);
        const undo: TreeOperation[] = [];
        for (const numbers of steps) {
          try {
            const result = applyOperation(tree, randomOperation(tree, numbers));
            tree = result.tree;
            undo.push(result.inverse);
          } catch (error) {
            if (!(error instanceof CodeTreeError)) throw error;
          }
        }
        for (const inverse of undo.reverse()) tree = applyOperation(tree, inverse).tree;
        expect(tree).toEqual(normalizeTree(start));
      }),
      { numRuns: 300 },
    );
  });
});
