import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buyinReportText } from '../../src/cli/commands/buyin';
import { STAGES } from '../../src/shared/buyin';
import { getPulseResults } from '../../src/server/buyin/results-get';
import { listPulses } from '../../src/server/buyin/pulse-list';
import { seedDemoOrg } from '../../src/server/demo/seed-demo-org';
import type { UseCaseContext } from '../../src/server/actor';
import { drivers, openTestDb, type TestDb } from '../support/test-db';

describe.each(drivers)('buy-in demo data and report on %s', (kind) => {
  let test: TestDb;
  let context: UseCaseContext;

  beforeAll(async () => {
    test = await openTestDb(kind);
    const { orgId } = await seedDemoOrg({ db: test.db, people: 400, seed: 7, now: new Date('2026-11-26T10:00:00Z') });
    context = { db: test.db, actor: { userId: null, orgId, role: 'admin', personId: null } };
  });
  afterAll(async () => {
    await test.close();
  });

  const pulseOf = async (title: string) => (await listPulses(context, { kind: 'initiative' })).items.find((p) => p.initiativeTitle === title);

  it("shows the planted doubt: a region's middle managers doubt and their reps follow, and nowhere else", async () => {
    const pulse = await pulseOf('Industry bundles pricing');
    expect(pulse).toBeDefined();
    const results = await getPulseResults(context, pulse?.id as string, {});
    const cascading = results.cascade.nodes.filter((n) => n.doubtCascades).map((n) => n.key);
    expect(cascading).toEqual(['frontline:EMEA South']);
    const middle = results.cascade.nodes.find((n) => n.key === 'middle:EMEA South');
    expect(middle?.suppressed).toBe(false);
    expect(middle?.belief).toBeLessThan(3);
    const elsewhere = results.cascade.nodes.filter((n) => n.level === 'frontline' && n.key !== 'frontline:EMEA South' && !n.suppressed);
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.every((n) => (n.belief ?? 0) >= 3)).toBe(true);
    // The lone senior sales leader is never shown alone.
    expect(results.cascade.nodes.find((n) => n.key === 'senior')).toMatchObject({ suppressed: true, belief: null });
  });

  it('narrows results to a region with enough people on both sides of the filter', async () => {
    const pulse = await pulseOf('Industry bundles pricing');
    const results = await getPulseResults(context, pulse?.id as string, { region: 'EMEA South' });
    expect(results.cells.find((c) => c.level === 'frontline' && c.function === 'sales')?.means?.belief).toBeLessThan(3);
  });

  it('prints the report for every initiative as JSON: each (level, function) cell with n and means, none when suppressed', async () => {
    const report = JSON.parse(await buyinReportText(test.db, { all: true, format: 'json' }));
    const titles = new Set(report.rows.map((r: { initiativeTitle: string }) => r.initiativeTitle));
    expect(titles.size).toBe(STAGES.length);
    expect(report.rows).toHaveLength(STAGES.length * 9);
    const shown = report.rows.find((r: { initiativeTitle: string; level: string; function: string }) => r.initiativeTitle === 'Value-selling playbook' && r.level === 'frontline' && r.function === 'sales');
    expect(shown).toMatchObject({ suppressed: false });
    expect(shown.n).toBeGreaterThanOrEqual(5);
    for (const key of ['objectivity', 'sensitivity', 'involvement', 'positioning', 'belief', 'readiness']) expect(shown[key]).toBeGreaterThan(3);
    for (const row of report.rows.filter((r: { suppressed: boolean }) => r.suppressed)) {
      expect([row.n, row.objectivity, row.sensitivity, row.involvement, row.positioning, row.belief, row.readiness].every((v) => v === null)).toBe(true);
    }
  });

  it('prints one initiative as CSV with the issue columns, and refuses to guess between one and all', async () => {
    const pulse = await pulseOf('Value-selling playbook');
    const csv = await buyinReportText(test.db, { initiative: pulse?.initiativeId as string, format: 'csv' });
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('initiativeId,initiativeTitle,pulseId,level,function,n,suppressed,objectivity,sensitivity,involvement,positioning,belief,readiness');
    expect(lines).toHaveLength(10);
    expect(lines.find((l) => l.includes(',senior,sales,'))).toMatch(/,senior,sales,,true,,,,,,$/);
    await expect(buyinReportText(test.db, { format: 'csv' })).rejects.toThrow(/--initiative ID for one, or --all/);
    await expect(buyinReportText(test.db, { initiative: 'not-an-id', format: 'json' })).rejects.toThrow(/not an initiative id/);
  });
});
