import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EarlyWarning } from '../../src/domain/signals/early-warnings';
import type { SeriesKey } from '../../src/domain/signals/indicator-series';
import { NO_UNIT } from '../../src/domain/signals/rollup-types';
import { evaluateWarnings } from '../../src/domain/signals/synthetic/evaluate-warnings';
import type { UseCaseContext } from '../../src/server/actor';
import { seedDemoOrg } from '../../src/server/demo/seed-demo-org';
import { allPeople } from '../../src/server/org/people-repository';
import { demoGroundTruth } from '../../src/server/signals/demo-events';
import type { DemoGroundTruth } from '../../src/server/signals/demo-events-plan';
import { listWarnings } from '../../src/server/signals/warnings/read-warnings';
import { scanWarnings } from '../../src/server/signals/warnings/scan-warnings';
import type { WarningView } from '../../src/shared/signals-warnings';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

const NOW = new Date('2026-11-26T10:00:00Z');
const DEMO_SEED = 7;

/** A stored warning as the evaluator reads it: its series key and first week. */
const asEarlyWarning = (view: WarningView): EarlyWarning => {
  const key: SeriesKey = { indicator: view.indicator, scope: view.scope };
  if (view.unit !== null) key.unit = view.unit;
  if (view.level !== null) key.level = view.level;
  if (view.function !== null) key.function = view.function;
  if (view.dyad !== null) key.dyad = { salesPersonId: view.dyad.sales.id, marketingPersonId: view.dyad.marketing.id };
  return { type: view.type, key, label: view.label, firstWeek: view.firstWeek, lastWeek: view.lastWeek } as EarlyWarning;
};

describe.each(drivers)('the monitor on the demo organisation (%s)', (kind) => {
  let test: TestDb;
  let context: UseCaseContext;
  let truth: DemoGroundTruth;
  let people: Array<{ unit: string; level: string }>;
  let views: WarningView[];

  beforeAll(async () => {
    test = await openTestDb(kind);
    // The default demo size: six units (five regions and the executives without one).
    const { orgId } = await seedDemoOrg({ db: test.db, people: 400, seed: DEMO_SEED, now: NOW });
    const stored = await test.db.withOrg(orgId, (tx) => allPeople(tx, orgId));
    truth = demoGroundTruth({ demoSeed: DEMO_SEED, people: stored, now: NOW });
    people = stored.map((p) => ({ unit: p.region ?? NO_UNIT, level: p.level }));
    context = { db: test.db, actor: { userId: null, orgId, role: 'analyst', personId: null } };
    // The seeder already scanned once; this scan goes through the service and finds the same warnings.
    const result = await scanWarnings(context, NOW);
    views = (await listWarnings(context, {})).items;
    expect(result.found).toBe(views.length);
  }, 240_000);
  afterAll(async () => {
    await test?.close();
  });

  it('plants a drying-up region, a broken-promise dyad and the conflict that follows, beside healthy regions', () => {
    expect(truth.episodes.map((episode) => episode.kind).sort()).toEqual(['broken_promises', 'conflict', 'paucity']);
    const paucity = truth.episodes.find((episode) => episode.kind === 'paucity')!;
    const promises = truth.episodes.find((episode) => episode.kind === 'broken_promises')!;
    expect(paucity.unit).not.toBe(promises.unit);
    expect(truth.healthyUnits.length).toBeGreaterThanOrEqual(3);
  });

  it('finds the planted episodes with precision and recall of at least 0.8 and flags no healthy unit', () => {
    const score = evaluateWarnings(views.map(asEarlyWarning), truth, people);
    expect(views.length).toBeGreaterThan(0);
    expect(score.recall, `missed: ${JSON.stringify(score.missed)}`).toBeGreaterThanOrEqual(0.8);
    expect(score.precision, `false alarms: ${score.falseAlarms.map((w) => `${w.key.indicator} ${w.key.scope} ${w.key.unit ?? ''} ${w.firstWeek}`).join('; ')}`).toBeGreaterThanOrEqual(0.8);
    expect(score.flaggedHealthyUnits).toEqual([]);
  });

  it('finds each episode kind, the dyad by name', () => {
    const promises = truth.episodes.find((episode) => episode.kind === 'broken_promises')!;
    expect(views.some((view) => view.indicator === 'cross_contacts' && view.unit === truth.episodes.find((e) => e.kind === 'paucity')!.unit)).toBe(true);
    expect(views.some((view) => view.scope === 'dyad' && view.dyad?.sales.id === promises.dyad!.salesPersonId && view.dyad.marketing.id === promises.dyad!.marketingPersonId)).toBe(true);
    expect(views.some((view) => view.indicator === 'conflict_incidents')).toBe(true);
  });

  it('finds nothing new when scanned again: the same series, type and first week is the same warning', async () => {
    const again = await scanWarnings(context, NOW);
    expect(again.new).toBe(0);
    expect(again.updated).toBe(again.found);
    expect((await listWarnings(context, {})).items).toHaveLength(views.length);
  });
});
