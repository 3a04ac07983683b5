import type { CodeDefinition } from './code-definition';

/** One thing wrong with a codebook's shape, with the code it concerns. */
export interface CodebookProblem {
  readonly codeId: string;
  readonly problem: 'DUPLICATE_ID' | 'MISSING_PARENT' | 'CYCLE' | 'ROOT_NOT_AGGREGATE' | 'AGGREGATE_HAS_PARENT';
  readonly message: string;
}

/**
 * Checks that ids are unique, every parent exists, the parent links contain no cycle, and aggregates (and only they)
 * sit at the root. Returns the problems found; an empty list means the codebook is a well-formed forest.
 */
export function checkCodebook(codes: readonly CodeDefinition[]): CodebookProblem[] {
  const problems: CodebookProblem[] = [];
  const byId = new Map<string, CodeDefinition>();
  for (const code of codes) {
    if (byId.has(code.id)) problems.push({ codeId: code.id, problem: 'DUPLICATE_ID', message: `code id "${code.id}" appears more than once` });
    else byId.set(code.id, code);
  }
  for (const code of byId.values()) {
    if (code.parentId === null) {
      if (code.kind !== 'aggregate') {
        problems.push({ codeId: code.id, problem: 'ROOT_NOT_AGGREGATE', message: `"${code.id}" has no parent but is a ${code.kind} code` });
      }
      continue;
    }
    if (code.kind === 'aggregate') {
      problems.push({ codeId: code.id, problem: 'AGGREGATE_HAS_PARENT', message: `aggregate "${code.id}" has parent "${code.parentId}"` });
    }
    if (!byId.has(code.parentId)) {
      problems.push({ codeId: code.id, problem: 'MISSING_PARENT', message: `"${code.id}" names parent "${code.parentId}", which does not exist` });
    }
  }
  for (const code of byId.values()) {
    if (reachesItself(code, byId)) {
      problems.push({ codeId: code.id, problem: 'CYCLE', message: `following the parents of "${code.id}" leads back to it` });
    }
  }
  return problems;
}

/** The ids from the root down to this code, e.g. ['linkage', 'linkage.language', 'linkage.language.horizontal_bridges']. */
export function codePath(id: string, codes: readonly CodeDefinition[]): string[] {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const path: string[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current !== undefined && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(current.id);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return path;
}

/**
 * The codes a text segment is coded with: every theme and category, but not the aggregate dimensions, which are
 * reached through the hierarchy rather than coded directly.
 */
export function codableCodes(codes: readonly CodeDefinition[]): CodeDefinition[] {
  return codes.filter((code) => code.kind !== 'aggregate');
}

function reachesItself(start: CodeDefinition, byId: ReadonlyMap<string, CodeDefinition>): boolean {
  const seen = new Set<string>([start.id]);
  let parentId = start.parentId;
  while (parentId !== null) {
    if (parentId === start.id) return true;
    if (seen.has(parentId)) return false; // a cycle further up, reported for the codes on it
    seen.add(parentId);
    parentId = byId.get(parentId)?.parentId ?? null;
  }
  return false;
}
