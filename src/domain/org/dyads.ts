/**
 * Dyad suggestions (DOMAIN.md §1): an active sales person and an active marketing person at the same level.
 *
 * Scores come in tiers, and every pair in a tier scores the same, so greedy matching by score with ties broken by
 * name then id is the same as pairing the two name-sorted lists tier by tier. That keeps this O(n log n) (grouped by
 * level and region) instead of scoring every possible pair.
 */
import { LEVELS, type DyadSuggestion, type Level, type Person } from './types';

export const DYAD_SCORES = {
  sameRegion: 0.9,
  bothOrganisationWide: 0.85,
  seniorAcrossRegions: 0.8,
  organisationWideCounterpart: 0.6,
} as const;

export interface ExistingDyad {
  salesPersonId: string;
  marketingPersonId: string;
}

interface LevelPool {
  sales: Person[];
  marketing: Person[];
}

function byNameThenId(a: Person, b: Person): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

export function suggestDyads(people: Person[], existing: ReadonlyArray<ExistingDyad>): DyadSuggestion[] {
  const alreadyPaired = new Set<string>();
  for (const dyad of existing) {
    alreadyPaired.add(dyad.salesPersonId);
    alreadyPaired.add(dyad.marketingPersonId);
  }
  const pools = new Map<Level, LevelPool>(LEVELS.map((level) => [level, { sales: [], marketing: [] }]));
  const seen = new Set<string>();
  for (const person of people) {
    if (!person.active || alreadyPaired.has(person.id) || seen.has(person.id)) continue;
    if (person.function !== 'sales' && person.function !== 'marketing') continue;
    seen.add(person.id);
    pools.get(person.level)?.[person.function].push(person);
  }

  const suggestions: DyadSuggestion[] = [];
  for (const level of LEVELS) {
    const pool = pools.get(level) as LevelPool;
    suggestions.push(...suggestForLevel(level, [...pool.sales].sort(byNameThenId), [...pool.marketing].sort(byNameThenId)));
  }
  return suggestions;
}

/** Tier by tier, best score first; each tier takes people out of the pool for the next. */
function suggestForLevel(level: Level, sales: Person[], marketing: Person[]): DyadSuggestion[] {
  const suggestions: DyadSuggestion[] = [];
  const salesByRegion = groupByRegion(sales);
  const marketingByRegion = groupByRegion(marketing);
  const paired = new Set<string>();

  for (const [region, regionSales] of salesByRegion) {
    if (region === null) continue;
    const regionMarketing = marketingByRegion.get(region) ?? [];
    zip(regionSales, regionMarketing, paired, (s, m) =>
      suggestions.push(suggestion(level, s, m, region, DYAD_SCORES.sameRegion, `Same level (${level}) and region (${region})`)),
    );
  }
  zip(salesByRegion.get(null) ?? [], marketingByRegion.get(null) ?? [], paired, (s, m) =>
    suggestions.push(
      suggestion(level, s, m, null, DYAD_SCORES.bothOrganisationWide, `Same level (${level}), both organisation-wide (no region)`),
    ),
  );

  const salesLeft = sales.filter((p) => !paired.has(p.id));
  const marketingLeft = marketing.filter((p) => !paired.has(p.id));
  if (level === 'senior') {
    // Every remaining senior pair is in different regions: senior leaders usually work across the organisation.
    const reason = 'Same level (senior); senior leaders usually work organisation-wide';
    zip(salesLeft, marketingLeft, paired, (s, m) => suggestions.push(suggestion(level, s, m, null, DYAD_SCORES.seniorAcrossRegions, reason)));
  } else {
    // Regional people without a regional counterpart may pair with an organisation-wide one (region null).
    // After the tiers above, at most one side still has organisation-wide people left.
    zip(salesLeft.filter((p) => p.region !== null), marketingLeft.filter((p) => p.region === null), paired, (s, m) =>
      suggestions.push(fallback(level, s, m, s.region as string, 'marketing')),
    );
    zip(salesLeft.filter((p) => p.region === null), marketingLeft.filter((p) => p.region !== null), paired, (s, m) =>
      suggestions.push(fallback(level, s, m, m.region as string, 'sales')),
    );
  }
  // Stable sort: within a score and region the name order of the pairing is kept.
  return suggestions.sort((a, b) => b.score - a.score || compareRegions(a.region, b.region));
}

function compareRegions(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function fallback(level: Level, sales: Person, marketing: Person, region: string, wideSide: 'sales' | 'marketing'): DyadSuggestion {
  return suggestion(
    level,
    sales,
    marketing,
    region,
    DYAD_SCORES.organisationWideCounterpart,
    `Same level (${level}); no ${wideSide} counterpart in ${region}, so an organisation-wide one (no region)`,
  );
}

/** Pairs the two lists in order, skipping anyone already paired, and marks the pairs as taken. */
function zip(sales: Person[], marketing: Person[], paired: Set<string>, emit: (s: Person, m: Person) => void): void {
  let m = 0;
  for (const s of sales) {
    if (paired.has(s.id)) continue;
    while (m < marketing.length && paired.has((marketing[m] as Person).id)) m += 1;
    const counterpart = marketing[m];
    if (!counterpart) return;
    paired.add(s.id);
    paired.add(counterpart.id);
    emit(s, counterpart);
    m += 1;
  }
}

function groupByRegion(people: Person[]): Map<string | null, Person[]> {
  const groups = new Map<string | null, Person[]>();
  for (const person of people) {
    const group = groups.get(person.region);
    if (group) group.push(person);
    else groups.set(person.region, [person]);
  }
  return groups;
}

function suggestion(level: Level, sales: Person, marketing: Person, region: string | null, score: number, reason: string): DyadSuggestion {
  return { salesPersonId: sales.id, marketingPersonId: marketing.id, level, region, score, reason };
}

