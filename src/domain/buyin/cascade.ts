import type { Level, PersonFunction } from '../org/types';
import { round2, type Scores } from './aggregate';

/**
 * Where buy-in breaks down the sales hierarchy (DOMAIN.md §2, `buyin.hierarchy`): middle managers' lack of enthusiasm
 * cascades down to their reps. Nodes are groups, never people: the senior sales leaders together, the middle managers
 * of each region, the frontline of each region. A group is said to doubt when its mean belief is below the doubt line,
 * 3.0 on the 1–5 scale (below "neither agree nor disagree"); `doubtCascades` marks a doubting group whose managing group
 * doubts too: the manager's doubt followed by their reports'.
 */
export const DOUBT_LINE = 3;

export interface Respondent {
  level: Level;
  function: PersonFunction;
  region: string | null;
  /** Everyone above the respondent when the pulse opened, nearest manager first. */
  managerChain: readonly string[];
  scores: Scores;
}

export interface ManagerInfo {
  name: string;
  level: Level;
  function: PersonFunction;
  region: string | null;
}

export interface CascadeNodeDef {
  key: string;
  level: Level;
  region: string | null;
  label: string;
  parent: string | null;
  members: number[];
}

const NO_REGION = '-';
const regionKey = (region: string | null) => region ?? NO_REGION;
const regionLabel = (region: string | null) => region ?? 'no region';

/** The cascade's groups over the sales respondents: `senior`, then `middle:<region>` and `frontline:<region>` per region. */
export function cascadeNodes(respondents: readonly Respondent[]): CascadeNodeDef[] {
  const regions = [...new Set(respondents.filter((r) => r.function === 'sales' && r.level !== 'senior').map((r) => r.region))].sort((a, b) =>
    regionLabel(a).localeCompare(regionLabel(b)),
  );
  const senior: CascadeNodeDef = { key: 'senior', level: 'senior', region: null, label: 'Senior sales leaders', parent: null, members: [] };
  const nodes = new Map<string, CascadeNodeDef>([['senior', senior]]);
  for (const region of regions) {
    const middleKey = `middle:${regionKey(region)}`;
    nodes.set(middleKey, { key: middleKey, level: 'middle', region, label: `Sales managers, ${regionLabel(region)}`, parent: 'senior', members: [] });
    const frontKey = `frontline:${regionKey(region)}`;
    nodes.set(frontKey, { key: frontKey, level: 'frontline', region, label: `Frontline sales, ${regionLabel(region)}`, parent: middleKey, members: [] });
  }
  respondents.forEach((r, index) => {
    if (r.function !== 'sales') return;
    const key = r.level === 'senior' ? 'senior' : `${r.level}:${regionKey(r.region)}`;
    nodes.get(key)?.members.push(index);
  });
  return [...nodes.values()];
}

export interface LineDef {
  managerId: string;
  managerName: string;
  level: Level;
  region: string | null;
  members: number[];
}

/** Each sales manager's whole line below them, without the manager: the respondents whose chain names them. */
export function reportingLines(respondents: readonly Respondent[], managers: ReadonlyMap<string, ManagerInfo>): LineDef[] {
  const lines = new Map<string, LineDef>();
  respondents.forEach((r, index) => {
    for (const managerId of r.managerChain) {
      let line = lines.get(managerId);
      if (!line) {
        const manager = managers.get(managerId);
        if (!manager || manager.function !== 'sales') continue;
        lines.set(managerId, (line = { managerId, managerName: manager.name, level: manager.level, region: manager.region, members: [] }));
      }
      line.members.push(index);
    }
  });
  const order = { senior: 0, middle: 1, frontline: 2 } as const;
  return [...lines.values()].sort(
    (a, b) => order[a.level] - order[b.level] || regionLabel(a.region).localeCompare(regionLabel(b.region)) || a.managerName.localeCompare(b.managerName),
  );
}

export interface ShownGroup {
  n: number | null;
  suppressed: boolean;
  belief: number | null;
  readiness: number | null;
}

/** Marks doubting groups whose managing group doubts too; suppressed groups never count as doubting. */
export function doubtCascades(nodes: ReadonlyArray<{ key: string; parent: string | null; shown: ShownGroup }>, doubtLine = DOUBT_LINE): Map<string, boolean> {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const doubts = (shown: ShownGroup | undefined) => !!shown && !shown.suppressed && shown.belief !== null && shown.belief < doubtLine;
  return new Map(nodes.map((n) => [n.key, doubts(n.shown) && n.parent !== null && doubts(byKey.get(n.parent)?.shown)]));
}

export const meanOf = (respondents: readonly Respondent[], members: readonly number[], measure: 'belief' | 'readiness'): number | null => {
  let sum = 0;
  let count = 0;
  for (const index of members) {
    const value = respondents[index]?.scores[measure];
    if (value !== undefined) {
      sum += value;
      count += 1;
    }
  }
  return count === 0 ? null : round2(sum / count);
};
