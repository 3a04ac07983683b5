/**
 * A realistic, deterministic demo organisation (DOMAIN.md §1): a CEO with a sales leader, a marketing leader and a few
 * other executives; regional sales hierarchies; marketing departments; spans of control of about 5–10.
 * Teams are shaped top-down from a head-count budget, so the result always has exactly the requested number of people.
 */
import { COMPANY_FIRST_WORDS, COMPANY_SECOND_WORDS, FIRST_NAMES, LAST_NAMES, emailSlug } from './demo-names';
import { seededRandom, type Random } from '../common/random';
import type { Level, PersonFunction, PersonRecord } from './types';

export const DEMO_REGIONS = ['North America East', 'North America West', 'EMEA North', 'EMEA South', 'APAC', 'Latin America'] as const;
const REGION_WEIGHTS = [0.24, 0.21, 0.18, 0.14, 0.14, 0.09];
const MAX_SPAN = 10;
/** Slugs of every listed name, computed once: Unicode normalisation per person would dominate large demos. */
const SLUG_OF: ReadonlyMap<string, string> = new Map([...FIRST_NAMES, ...LAST_NAMES].map((name) => [name, emailSlug(name)]));
/** A manager may take up to this many direct reports before another management layer is added. */
const MAX_FLAT_TEAM = 12;

export interface DemoOrg {
  orgName: string;
  people: PersonRecord[];
}

interface DemoNode {
  function: PersonFunction;
  level: Level;
  title: string;
  region: string | null;
  active: boolean;
  height: number;
  children: DemoNode[];
}

interface TeamScheme {
  function: PersonFunction;
  head: (height: number) => { title: string; level: Level };
  manager: (height: number) => string;
  members: readonly string[];
}

const SALES_REGION: TeamScheme = {
  function: 'sales',
  // A region big enough for three management layers is run by a senior regional VP.
  head: (height) =>
    height >= 3
      ? { title: 'Regional Vice President, Sales', level: 'senior' }
      : { title: height === 2 ? 'Regional Sales Director' : 'Regional Sales Manager', level: 'middle' },
  manager: (height) => (height >= 3 ? 'Area Sales Director' : height === 2 ? 'Regional Sales Manager' : 'District Sales Manager'),
  members: [
    'Account Executive',
    'Senior Account Executive',
    'Sales Representative',
    'Territory Account Manager',
    'Key Account Manager',
    'Inside Sales Representative',
  ],
};

function marketingScheme(area: string, managerTitle: string, members: readonly string[]): TeamScheme {
  return {
    function: 'marketing',
    head: (height) => (height >= 3 ? { title: `VP, ${area}`, level: 'senior' } : { title: `Head of ${area}`, level: 'middle' }),
    manager: (height) => (height >= 2 ? `Director, ${area}` : managerTitle),
    members,
  };
}

/** Marketing departments in the order they appear as the organisation grows, with their share of marketing. */
const MARKETING_DEPARTMENTS: ReadonlyArray<{ scheme: TeamScheme; weight: number }> = [
  {
    scheme: marketingScheme('Product Marketing', 'Product Marketing Manager', [
      'Product Marketing Specialist',
      'Product Marketing Associate',
      'Market Research Analyst',
    ]),
    weight: 0.3,
  },
  {
    scheme: marketingScheme('Field Marketing', 'Field Marketing Manager', [
      'Field Marketer',
      'Field Marketing Specialist',
      'Event Marketing Specialist',
      'Partner Marketing Specialist',
    ]),
    weight: 0.3,
  },
  {
    scheme: marketingScheme('Demand Generation', 'Campaign Manager', [
      'Campaign Specialist',
      'Digital Marketing Specialist',
      'Marketing Operations Specialist',
      'Email Marketing Specialist',
    ]),
    weight: 0.25,
  },
  {
    scheme: marketingScheme('Brand & Communications', 'Brand Manager', [
      'Brand Specialist',
      'Content Marketing Specialist',
      'Communications Specialist',
    ]),
    weight: 0.15,
  },
];

function otherScheme(headTitle: string, area: string, managerTitle: string, members: readonly string[]): TeamScheme {
  return {
    function: 'other',
    head: () => ({ title: headTitle, level: 'senior' }),
    manager: (height) => (height >= 2 ? `Director, ${area}` : managerTitle),
    members,
  };
}

/** Executives outside the interface who report to the CEO, in the order they are added as the organisation grows. */
const OTHER_LEADERS: readonly TeamScheme[] = [
  otherScheme('VP Revenue Operations', 'Revenue Operations', 'Revenue Operations Manager', [
    'Revenue Operations Analyst',
    'Sales Operations Analyst',
    'CRM Administrator',
  ]),
  otherScheme('Chief People Officer', 'People', 'HR Manager', ['HR Business Partner', 'Recruiter', 'People Operations Specialist']),
  otherScheme('Chief Financial Officer', 'Finance', 'Finance Manager', ['Financial Analyst', 'Accountant', 'Deal Desk Analyst']),
  otherScheme('Chief Operating Officer', 'Operations', 'Operations Manager', [
    'Operations Analyst',
    'Customer Support Specialist',
    'Supply Chain Analyst',
  ]),
];

function leaf(): DemoNode {
  return { function: 'other', level: 'frontline', title: '', region: null, active: true, height: 0, children: [] };
}

/** Splits `total` (at least one per weight) into positive integers, roughly by `weights` with a little seeded jitter. */
function split(total: number, weights: readonly number[], random: Random, jitter = 0.2): number[] {
  const jittered = weights.map((w) => w * (1 - jitter + 2 * jitter * random.next()));
  const sum = jittered.reduce((a, b) => a + b, 0);
  const extra = total - weights.length;
  const shares = jittered.map((w) => 1 + Math.floor((extra * w) / sum));
  let remainder = total - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; remainder > 0; i = (i + 1) % shares.length, remainder -= 1) shares[i] = (shares[i] as number) + 1;
  return shares;
}

/** People a tree of `layers` management layers with span `span` can hold below its head. */
function capacity(span: number, layers: number): number {
  let total = 0;
  let peopleInLayer = 1;
  for (let i = 0; i < layers; i += 1) {
    peopleInLayer *= span;
    total += peopleInLayer;
  }
  return total;
}

/** The span that would fill exactly `below` people in `layers` layers (found by bisection). */
function idealSpan(below: number, layers: number): number {
  let low = 1;
  let high = MAX_SPAN;
  for (let i = 0; i < 30; i += 1) {
    const middle = (low + high) / 2;
    if (capacity(middle, layers) < below) low = middle;
    else high = middle;
  }
  return high;
}

/** A team of exactly `budget` people: the head, then as few management layers as spans of at most 10 allow. */
function shapeTeam(budget: number, random: Random): DemoNode {
  const head = leaf();
  const below = budget - 1;
  if (below <= 0) return head;
  if (below <= MAX_FLAT_TEAM) {
    for (let i = 0; i < below; i += 1) head.children.push(leaf());
    head.height = 1;
    return head;
  }
  let layers = 2;
  while (capacity(MAX_SPAN, layers) < below) layers += 1;
  const span = Math.round(idealSpan(below, layers) * (0.85 + 0.3 * random.next()));
  const teams = Math.max(2, Math.min(MAX_SPAN, below, span));
  for (const teamBudget of split(below, new Array<number>(teams).fill(1), random, 0.25)) {
    const child = shapeTeam(teamBudget, random);
    head.children.push(child);
    head.height = Math.max(head.height, child.height + 1);
  }
  return head;
}

/**
 * Gives a shaped team its function, levels, titles and regions. A regional head passes their region down; an
 * organisation-wide head (region null) spreads their direct reports over the regions, and each passes theirs down.
 */
function dressTeam(head: DemoNode, scheme: TeamScheme, region: string | null, regions: readonly string[], random: Random): DemoNode {
  const { title, level } = scheme.head(head.height);
  Object.assign(head, { function: scheme.function, title, level, region });
  const offset = random.int(0, regions.length - 1);
  const stack: Array<{ node: DemoNode; region: string }> = head.children.map((node, i) => ({
    node,
    region: region ?? (regions[(offset + i) % regions.length] as string),
  }));
  while (stack.length > 0) {
    const { node, region: nodeRegion } = stack.pop() as { node: DemoNode; region: string };
    node.function = scheme.function;
    node.region = nodeRegion;
    if (node.children.length > 0) {
      node.level = 'middle';
      node.title = scheme.manager(node.height);
    } else {
      node.level = 'frontline';
      node.title = random.pick(scheme.members);
      node.active = !random.chance(0.01);
    }
    for (const child of node.children) stack.push({ node: child, region: nodeRegion });
  }
  return head;
}

function executive(fn: PersonFunction, title: string): DemoNode {
  return { ...leaf(), function: fn, level: 'senior', title };
}

function buildOrganisation(size: number, random: Random): DemoNode | null {
  if (size <= 0) return null;
  const ceo = executive('other', random.pick(['Chief Executive Officer', 'General Manager']));
  if (size === 1) return ceo;
  const otherBudget = Math.max(1, Math.round(size * (0.09 + 0.01 * random.next())));
  const marketingBudget = size < 3 ? 0 : Math.max(1, Math.round(size * (0.295 + 0.015 * random.next())));
  const salesBudget = size - otherBudget - marketingBudget;
  const regionCount = Math.max(1, Math.min(DEMO_REGIONS.length, Math.floor((salesBudget - 1) / 40)));
  const regions = DEMO_REGIONS.slice(0, regionCount);

  const salesLeader = executive('sales', random.pick(['Chief Revenue Officer', 'VP Sales']));
  ceo.children.push(salesLeader);
  if (salesBudget > 1) {
    for (const [i, budget] of split(salesBudget - 1, REGION_WEIGHTS.slice(0, regionCount), random).entries()) {
      salesLeader.children.push(dressTeam(shapeTeam(budget, random), SALES_REGION, regions[i] as string, regions, random));
    }
  }

  if (marketingBudget > 0) {
    const marketingLeader = executive('marketing', random.pick(['Chief Marketing Officer', 'VP Marketing']));
    ceo.children.push(marketingLeader);
    const departments = MARKETING_DEPARTMENTS.slice(0, Math.max(1, Math.min(4, Math.floor((marketingBudget - 1) / 6))));
    if (marketingBudget > 1) {
      split(marketingBudget - 1, departments.map((d) => d.weight), random).forEach((budget, i) => {
        const { scheme } = departments[i] as { scheme: TeamScheme };
        marketingLeader.children.push(dressTeam(shapeTeam(budget, random), scheme, null, regions, random));
      });
    }
  }

  const leaderCount = Math.min(otherBudget - 1, otherBudget < 8 ? 1 : otherBudget < 40 ? 2 : otherBudget < 400 ? 3 : 4);
  if (leaderCount > 0) {
    split(otherBudget - 1, new Array<number>(leaderCount).fill(1), random).forEach((budget, i) => {
      ceo.children.push(dressTeam(shapeTeam(budget, random), OTHER_LEADERS[i] as TeamScheme, null, regions, random));
    });
  }
  return ceo;
}

/** Names and e-mails are given breadth first, so leaders get the plain first.last addresses. */
function toRecords(ceo: DemoNode | null, domain: string, random: Random): PersonRecord[] {
  const people: PersonRecord[] = [];
  const emailsTaken = new Map<string, number>();
  let queue: Array<{ node: DemoNode; managerEmail: string | null }> = ceo ? [{ node: ceo, managerEmail: null }] : [];
  while (queue.length > 0) {
    const next: typeof queue = [];
    for (const { node, managerEmail } of queue) {
      const first = random.pick(FIRST_NAMES);
      const last = random.pick(LAST_NAMES);
      const base = `${SLUG_OF.get(first)}.${SLUG_OF.get(last)}`;
      const seen = (emailsTaken.get(base) ?? 0) + 1;
      emailsTaken.set(base, seen);
      const email = `${seen === 1 ? base : `${base}${seen}`}@${domain}`;
      const { function: fn, level, region, title, active } = node;
      people.push({ name: `${first} ${last}`, email, function: fn, level, managerEmail, region, title, active });
      for (const child of node.children) next.push({ node: child, managerEmail: email });
    }
    queue = next;
  }
  return people;
}

/** The same `people` and `seed` always give the same organisation; managers come before their reports. */
export function generateDemoOrg(options: { people: number; seed: number }): DemoOrg {
  if (!Number.isInteger(options.people) || options.people < 0) {
    throw new RangeError(`A demo organisation needs a whole, non-negative number of people; got ${options.people}.`);
  }
  const random = seededRandom(options.seed);
  const companyFirst = random.pick(COMPANY_FIRST_WORDS);
  const orgName = `${companyFirst} ${random.pick(COMPANY_SECOND_WORDS)}`;
  const domain = `${companyFirst.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-demo.example`;
  return { orgName, people: toRecords(buildOrganisation(options.people, random), domain, random) };
}
