import { describe, expect, it } from 'vitest';
import { computeResults } from './aggregate-results';
import { cascadeNodes, doubtCascades, reportingLines, type ManagerInfo, type Respondent } from './cascade';
import { INITIATIVE_PULSE_ITEMS } from './pulse-items';

const measures = [...new Set(INITIATIVE_PULSE_ITEMS.map((i) => i.measure))];
const sales = (level: Respondent['level'], region: string | null, chain: string[], belief: number, readiness = belief): Respondent => ({
  level,
  function: 'sales',
  region,
  managerChain: chain,
  scores: { belief, readiness, objectivity: 3, sensitivity: 3, involvement: 3, positioning: 3 },
});

/** Two regions: in South the district managers doubt (2) and their reps follow (2.2); in North all believe (4). */
function organisation() {
  const managers = new Map<string, ManagerInfo>([
    ['vp', { name: 'Vera VP', level: 'senior', function: 'sales', region: null }],
    ['dm-n1', { name: 'Nina North', level: 'middle', function: 'sales', region: 'North' }],
    ['dm-s1', { name: 'Sam South', level: 'middle', function: 'sales', region: 'South' }],
    ['cmo', { name: 'Cleo CMO', level: 'senior', function: 'marketing', region: null }],
  ]);
  const respondents: Respondent[] = [];
  for (let i = 0; i < 5; i++) respondents.push(sales('senior', null, [], 4));
  for (let i = 0; i < 5; i++) respondents.push(sales('middle', 'North', ['vp'], 4));
  for (let i = 0; i < 5; i++) respondents.push(sales('middle', 'South', ['vp'], 2));
  for (let i = 0; i < 8; i++) respondents.push(sales('frontline', 'North', ['dm-n1', 'vp'], 4));
  for (let i = 0; i < 8; i++) respondents.push(sales('frontline', 'South', ['dm-s1', 'vp'], 2.2));
  return { managers, respondents };
}

describe('cascade', () => {
  it('groups sales respondents into senior, and middle and frontline per region', () => {
    const nodes = cascadeNodes(organisation().respondents);
    expect(nodes.map((n) => [n.key, n.parent, n.members.length])).toEqual([
      ['senior', null, 5],
      ['middle:North', 'senior', 5],
      ['frontline:North', 'middle:North', 8],
      ['middle:South', 'senior', 5],
      ['frontline:South', 'middle:South', 8],
    ]);
  });

  it("marks a doubting group whose managing group doubts too, and not a doubting group under believers", () => {
    const results = computeResults({ ...organisation(), measures, minimum: 5 });
    const node = (key: string) => results.cascade.nodes.find((n) => n.key === key);
    expect(node('frontline:South')).toMatchObject({ belief: 2.2, doubtCascades: true, suppressed: false, n: 8 });
    expect(node('middle:South')).toMatchObject({ belief: 2, doubtCascades: false });
    expect(node('frontline:North')).toMatchObject({ belief: 4, doubtCascades: false });
    expect(node('senior')?.children).toEqual(['middle:North', 'middle:South']);
    expect(results.cascade.doubtLine).toBe(3);
  });

  it('never counts a suppressed group as doubting', () => {
    const marks = doubtCascades([
      { key: 'senior', parent: null, shown: { n: null, suppressed: true, belief: null, readiness: null } },
      { key: 'middle:X', parent: 'senior', shown: { n: 6, suppressed: false, belief: 2, readiness: 2 } },
    ]);
    expect(marks.get('middle:X')).toBe(false);
  });

  it("lists each sales manager's line below them, without the manager and without marketing managers", () => {
    const { respondents, managers } = organisation();
    const lines = reportingLines(respondents, managers);
    expect(lines.map((l) => [l.managerName, l.members.length])).toEqual([
      ['Vera VP', 26],
      ['Nina North', 8],
      ['Sam South', 8],
    ]);
  });

  it("suppresses a small group in cells and in the cascade, and never shows one manager's score alone", () => {
    const { respondents, managers } = organisation();
    const small = [...respondents.filter((r) => r.level !== 'senior'), sales('senior', null, [], 1)];
    const results = computeResults({ respondents: small, managers, measures, minimum: 5 });
    expect(results.cascade.nodes.find((n) => n.key === 'senior')).toMatchObject({ n: null, suppressed: true, belief: null, readiness: null });
    expect(results.cells.find((c) => c.level === 'senior' && c.function === 'sales')).toMatchObject({ n: null, suppressed: true, means: null });
    // The VP's line (everyone but the VP) and the total differ by the VP alone: the line must not be shown with it.
    const vpLine = results.lines.find((l) => l.managerName === 'Vera VP');
    expect(results.responded === null || vpLine?.suppressed).toBe(true);
  });

  it('refuses a filter that would isolate fewer than the minimum, and suppresses the filtered view against the full one', () => {
    const { respondents, managers } = organisation();
    expect(() => computeResults({ respondents, managers, measures, minimum: 5, filter: { region: 'Nowhere' } })).toThrow(/would isolate fewer than 5 people/);
    const south = computeResults({ respondents, managers, measures, minimum: 5, filter: { region: 'South' } });
    expect(south.responded).toBe(13);
    expect(south.cells.find((c) => c.level === 'frontline' && c.function === 'sales')).toMatchObject({ n: 8, suppressed: false });
  });

  it('reports means per measure in each shown cell', () => {
    const results = computeResults({ ...organisation(), measures, minimum: 5 });
    const frontline = results.cells.find((c) => c.level === 'frontline' && c.function === 'sales');
    expect(frontline?.means).toMatchObject({ belief: 3.1, objectivity: 3 });
    expect(results.cells.filter((c) => c.function === 'marketing').every((c) => c.suppressed && c.n === null)).toBe(true);
  });
});

describe('the total of a pulse', () => {
  it('is shown whenever everyone who answered reaches the minimum, whatever else must be suppressed', () => {
    const respondents: Respondent[] = [
      ...Array.from({ length: 3 }, () => sales('senior', null, [], 2)),
      ...Array.from({ length: 4 }, () => sales('frontline', 'North', ['dm'], 4)),
    ];
    const managers = new Map<string, ManagerInfo>([['dm', { name: 'Dee', level: 'middle', function: 'sales', region: 'North' }]]);
    const results = computeResults({ respondents, managers, measures, minimum: 5 });
    expect(results.responded).toBe(7);
    expect(results.overallBelief).toBe(3.14);
    expect(results.cells.every((c) => c.suppressed)).toBe(true);
  });
});
