import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticHistory } from '../src/domain/signals/synthetic/synthetic-history';
import { listAllOrgs } from '../src/server/org/orgs-repository';
import { allPeople } from '../src/server/org/people-repository';
import { ingestEvents } from '../src/server/signals/ingest-events';
import { browserAvailable, openPage, screenshot, seriousAxeViolations, signInAs, startE2e, type E2e } from './support/harness';

const WEEK = 7 * 86_400_000;

/** A year of synthetic interaction events over the demo org's people, ingested as an analyst's import would be. */
async function ingestSyntheticYear(e2e: E2e): Promise<number> {
  const db = e2e.app.db;
  const [org] = await db.withoutOrg((tx) => listAllOrgs(tx));
  if (!org) throw new Error('no demo org');
  const people = await db.withOrg(org.orgId, (tx) => allPeople(tx, org.orgId));
  const now = new Date();
  const history = generateSyntheticHistory({
    people: people.map((p) => ({ id: p.id, function: p.function, level: p.level, region: p.region, managerId: p.managerId })),
    start: new Date(now.getTime() - 53 * WEEK),
    seed: 7,
    tiesPerPerson: 10,
  });
  const items = history.events
    .filter((event) => event.occurredAt < now && (event.answeredAt === null || event.answeredAt < now))
    .map((event) => ({ source: event.initiatorId, target: event.recipientId, occurredAt: event.occurredAt.toISOString(), channel: event.channel, answeredAt: event.answeredAt?.toISOString() ?? null }));
  const report = await ingestEvents({ db, actor: { userId: null, orgId: org.orgId, role: 'analyst', personId: null } }, { source: { kind: 'items', items }, onError: 'skip', now });
  return report.accepted;
}

describe.runIf(browserAvailable())('signals: the dysfunction monitor and its drill-downs', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e({ people: 240, demoEvents: false });
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('says how to import events, then shows the heatmap, a unit and a dyad, keyboard-reachable and axe-clean', async () => {
    const page = await openPage(e2e, { width: 1440, height: 900 });
    await signInAs(page, e2e, 'leader');
    await page.getByRole('link', { name: 'Monitor', exact: true }).click();
    await page.getByRole('heading', { name: 'Dysfunction monitor', level: 1 }).waitFor();
    await page.getByText('No interaction events yet').waitFor();
    await page.getByText('tandem import events FILE').waitFor();
    await screenshot(page, 'e2e-signals-monitor-empty');
    expect(await seriousAxeViolations(page)).toEqual([]);

    expect(await ingestSyntheticYear(e2e)).toBeGreaterThan(1000);
    await page.reload();
    const heatmap = page.getByRole('table', { name: /Indicators by level and function/ });
    await heatmap.waitFor();
    // Every shown cell prints a number (colour only repeats it); suppressed rows say why.
    const frontlineSales = heatmap.getByRole('row', { name: /^Frontline · Sales/ });
    await expect.poll(() => frontlineSales.getByRole('cell').count()).toBeGreaterThan(1);
    expect(await frontlineSales.innerText()).toMatch(/\d/);
    await screenshot(page, 'e2e-signals-monitor');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A longer trend re-reads the monitor.
    await page.getByLabel('Trend length').selectOption('26');
    await page.getByRole('heading', { name: 'By unit' }).waitFor();

    // The unit list links to the unit drill-down; reach it with the keyboard.
    const unitLink = page.getByRole('table', { name: /Units \(regions\)/ }).getByRole('link').first();
    const unitName = (await unitLink.innerText()).trim();
    await unitLink.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Unit: ${unitName}`, level: 1 }).waitFor();
    await page.getByRole('heading', { name: /Dyads, last 90 days/ }).waitFor();
    // Its people, longest without cross-function contact first, each a link to the person.
    const peopleTable = page.getByRole('table', { name: /Salespeople and marketers of .*longest without first/ });
    expect(await peopleTable.getByRole('row').count()).toBeGreaterThan(2);
    expect(await peopleTable.getByRole('rowheader').first().getByRole('link').count()).toBe(1);
    const dyadLink = page.getByRole('table', { name: /Sales–marketing dyads/ }).getByRole('link').first();
    await dyadLink.waitFor();
    await screenshot(page, 'e2e-signals-monitor-unit');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const dyadName = (await dyadLink.innerText()).trim();
    await dyadLink.click();
    await page.getByRole('heading', { name: dyadName, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Week by week' }).waitFor();
    await page.getByText('Contacts per week').waitFor();
    await screenshot(page, 'e2e-signals-monitor-dyad');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Members do not see the monitor.
    const member = await openPage(e2e);
    await signInAs(member, e2e, 'member');
    expect(await member.getByRole('link', { name: 'Monitor', exact: true }).count()).toBe(0);
  });
});
