import { FUNCTIONS, LEVELS, type Level } from '../org/types';
import { meansOf, tallyBy } from './aggregate';
import { cascadeNodes, doubtCascades, DOUBT_LINE, meanOf, reportingLines, type ManagerInfo, type Respondent } from './cascade';
import type { Measure } from './pulse-items';
import { checkFilter, suppressGroups, type Group } from './suppression';

/**
 * A pulse's results where buy-in breaks: level × function cells, the cascade over the sales hierarchy and each sales
 * manager's reporting line — all suppressed together, so that no combination of them (nor of a filtered view with
 * the unfiltered one) isolates fewer than the reporting minimum.
 */
export interface ResultsFilter {
  region?: string;
  level?: Level;
}

export interface ComputedResults {
  reportingMinimum: number;
  responded: number | null;
  /** Mean belief over everyone who answered; null when that total is suppressed. */
  overallBelief: number | null;
  cells: Array<{ level: Level; function: (typeof FUNCTIONS)[number]; n: number | null; suppressed: boolean; means: Record<string, number | null> | null }>;
  cascade: {
    doubtLine: number;
    roots: string[];
    nodes: Array<{ key: string; level: Level; region: string | null; label: string; n: number | null; suppressed: boolean; belief: number | null; readiness: number | null; doubtCascades: boolean; children: string[] }>;
  };
  lines: Array<{ managerId: string; managerName: string; level: Level; region: string | null; n: number | null; suppressed: boolean; belief: number | null }>;
}

export interface ResultsInput {
  respondents: readonly Respondent[];
  managers: ReadonlyMap<string, ManagerInfo>;
  measures: readonly Measure[];
  minimum: number;
  filter?: ResultsFilter;
}

export function computeResults({ respondents, managers, measures, minimum, filter }: ResultsInput): ComputedResults {
  const everyone = respondents.map((_, index) => index);
  const full = groupsOf(respondents, managers, everyone);
  // Everyone who answered is shown whenever they reach the minimum (the other groups give way to it), so the overall
  // belief of a pulse can be read straight from its answers (lists) without ever contradicting these results.
  const totalShown = full.total.members.length >= minimum;
  const fullSuppressed = suppressGroups(
    full.groups.filter((g) => !totalShown || g !== full.total),
    { minimum, published: totalShown ? [full.total] : [] },
  );
  const description = describe(filter);
  if (!description) return present(respondents, full, fullSuppressed, measures, minimum);

  const filtered = everyone.filter((i) => matches(respondents[i] as Respondent, filter as ResultsFilter));
  checkFilter(respondents.length, filtered.length, minimum, description);
  const view = groupsOf(respondents, managers, filtered);
  const published = full.groups.filter((g) => !fullSuppressed.has(g.key));
  return present(respondents, view, suppressGroups(view.groups, { minimum, published }), measures, minimum);
}

const matches = (r: Respondent, filter: ResultsFilter) => (!filter.region || r.region === filter.region) && (!filter.level || r.level === filter.level);

function describe(filter: ResultsFilter | undefined): string | null {
  const parts = [filter?.region ? `region "${filter.region}"` : null, filter?.level ? `level "${filter.level}"` : null].filter(Boolean);
  return parts.length ? parts.join(' and ') : null;
}

interface Family {
  groups: Group[];
  total: Group;
  cells: Array<{ level: Level; function: (typeof FUNCTIONS)[number]; group: Group }>;
  nodes: Array<ReturnType<typeof cascadeNodes>[number] & { group: Group }>;
  lines: Array<ReturnType<typeof reportingLines>[number] & { group: Group }>;
}

function groupsOf(respondents: readonly Respondent[], managers: ReadonlyMap<string, ManagerInfo>, included: readonly number[]): Family {
  const inView = new Set(included);
  const restrict = (members: readonly number[]) => members.filter((m) => inView.has(m));
  const total: Group = { key: 'total', members: [...included] };
  const cells = LEVELS.flatMap((level) =>
    FUNCTIONS.map((fn) => ({ level, function: fn, group: { key: `cell:${level}:${fn}`, members: included.filter((i) => respondents[i]?.level === level && respondents[i]?.function === fn) } })),
  );
  const nodes = cascadeNodes(respondents).map((node) => ({ ...node, group: { key: `node:${node.key}`, members: restrict(node.members) } }));
  const lines = reportingLines(respondents, managers)
    .map((line) => ({ ...line, group: { key: `line:${line.managerId}`, members: restrict(line.members) } }))
    .filter((line) => line.group.members.length > 0);
  return { groups: [total, ...cells.map((c) => c.group), ...nodes.map((n) => n.group), ...lines.map((l) => l.group)], total, cells, nodes, lines };
}

function present(respondents: readonly Respondent[], family: Family, suppressed: ReadonlySet<string>, measures: readonly Measure[], minimum: number): ComputedResults {
  const hidden = (g: Group) => suppressed.has(g.key);
  const tallies = tallyBy(
    family.cells.flatMap((c) => c.group.members.map((index) => ({ key: c.group.key, scores: (respondents[index] as Respondent).scores }))),
    (entry) => [entry.key],
  );
  const cells = family.cells.map((c) => {
    const tally = tallies.get(c.group.key);
    return hidden(c.group) || !tally
      ? { level: c.level, function: c.function, n: null, suppressed: true, means: null }
      : { level: c.level, function: c.function, n: tally.n, suppressed: false, means: meansOf(tally, measures) };
  });
  const shownNodes = family.nodes.map((node) => ({
    key: node.key,
    parent: node.parent,
    shown: hidden(node.group)
      ? { n: null, suppressed: true, belief: null, readiness: null }
      : { n: node.group.members.length, suppressed: false, belief: meanOf(respondents, node.group.members, 'belief'), readiness: meanOf(respondents, node.group.members, 'readiness') },
  }));
  const cascading = doubtCascades(shownNodes);
  const nodes = family.nodes.map((node, i) => ({
    key: node.key,
    level: node.level,
    region: node.region,
    label: node.label,
    ...(shownNodes[i]?.shown as { n: number | null; suppressed: boolean; belief: number | null; readiness: number | null }),
    doubtCascades: cascading.get(node.key) ?? false,
    children: family.nodes.filter((child) => child.parent === node.key).map((child) => child.key),
  }));
  const lines = family.lines.map((line) => ({
    managerId: line.managerId,
    managerName: line.managerName,
    level: line.level,
    region: line.region,
    ...(hidden(line.group)
      ? { n: null, suppressed: true, belief: null }
      : { n: line.group.members.length, suppressed: false, belief: meanOf(respondents, line.group.members, 'belief') }),
  }));
  return {
    reportingMinimum: minimum,
    responded: hidden(family.total) ? null : family.total.members.length,
    overallBelief: hidden(family.total) ? null : meanOf(respondents, family.total.members, 'belief'),
    cells,
    cascade: { doubtLine: DOUBT_LINE, roots: ['senior'], nodes },
    lines,
  };
}
