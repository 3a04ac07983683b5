import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamSyntheticEvents } from '../src/domain/signals/synthetic/stream-events';
import { listAllOrgs } from '../src/server/org/orgs-repository';
import { allPeople } from '../src/server/org/people-repository';
import { ingestEvents } from '../src/server/signals/ingest-events';
import { browserAvailable, openPage, screenshot, seriousAxeViolations, signInAs, startE2e, type E2e } from './support/harness';

const DAY_MS = 86_400_000;

/** About twelve weeks of synthetic contacts over ~900 ties among the demo org's 300 people, through the real ingest. */
async function importEvents(e2e: E2e) {
  const db = e2e.app.db;
  const [org] = await db.withoutOrg((tx) => listAllOrgs(tx));
  if (!org) throw new Error('no demo org');
  const people = await db.withOrg(org.orgId, (tx) => allPeople(tx, org.orgId));
  const events = [
    ...streamSyntheticEvents({
      people: people.map((p) => ({ id: p.id, function: p.function, level: p.level, region: p.region, managerId: p.managerId })),
      events: 10_000,
      ties: 900,
      start: new Date(Date.now() - 85 * DAY_MS),
      days: 84,
      seed: 7,
    }),
  ].map((event, i) => ({
    source: event.initiatorId,
    target: event.recipientId,
    occurredAt: event.occurredAt.toISOString(),
    channel: event.channel,
    answeredAt: event.answeredAt && event.answeredAt.getTime() < Date.now() ? event.answeredAt.toISOString() : null,
    externalId: `e2e-network-${i}`,
  }));
  const report = await ingestEvents({ db, actor: { userId: null, orgId: org.orgId, role: 'analyst', personId: null } }, { source: { kind: 'items', items: events }, onError: 'abort', now: new Date() });
  expect(report.accepted).toBe(10_000);
}

describe.runIf(browserAvailable())('signals: the cross-functional network', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e({ people: 300 });
    await importEvents(e2e);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('an analyst opens the network of 300 people from the navigation, reads the brokers and narrows it by level and function', async () => {
    const page = await openPage(e2e, { width: 1400, height: 1000 });
    await signInAs(page, e2e, 'analyst');
    await page.getByRole('link', { name: 'Network', exact: true }).click();
    await page.getByRole('heading', { name: 'Cross-functional network', level: 1 }).waitFor();
    const graphHeading = page.getByRole('heading', { name: /^Network: all levels, both functions/ });
    await graphHeading.waitFor();
    expect(await graphHeading.innerText()).toMatch(/\(30\d people, \d+ ties\)/);
    await page.locator('.nw-chart canvas').first().waitFor();
    await page.waitForTimeout(500);
    const brokers = page.getByRole('table', { name: /Brokers/ });
    expect(await brokers.getByRole('row').count()).toBe(11);
    expect(await page.getByRole('table', { name: 'Cross-functional network per level' }).getByRole('row').count()).toBe(4);
    expect(await page.getByRole('table', { name: 'Communities per level' }).getByRole('row').count()).toBeGreaterThan(2);
    await screenshot(page, 'e2e-signals-network-300');
    await page.locator('.nw-chart').screenshot({ path: 'screenshots/e2e-signals-network-300-graph.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Narrow with the keyboard-friendly form; the filters land in the URL so the view can be shared.
    await page.getByLabel('Level', { exact: true }).selectOption('frontline');
    await page.getByLabel('Function', { exact: true }).selectOption('marketing');
    await page.getByRole('button', { name: 'Show network' }).click();
    await page.waitForURL(/level=frontline&function=marketing/);
    await page.getByRole('heading', { name: /^Network: Frontline level, marketing and counterparts/ }).waitFor();
    expect(await page.getByRole('table', { name: 'Cross-functional network per level' }).getByRole('row').count()).toBe(2);
    await screenshot(page, 'e2e-signals-network-frontline-marketing');
    await page.locator('.nw-chart').screenshot({ path: 'screenshots/e2e-signals-network-frontline-marketing-graph.png' });

    // A broker's name opens their page.
    const shared = page.url();
    const firstBroker = page.getByRole('table', { name: /Brokers/ }).getByRole('link').first();
    const name = await firstBroker.innerText();
    await firstBroker.click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.goto(shared);
    await page.getByRole('heading', { name: /^Network: Frontline level/ }).waitFor();
    expect(await page.getByLabel('Level', { exact: true }).inputValue()).toBe('frontline');

    // A small level spreads out over the box.
    await page.goto(`${e2e.baseUrl}/signals/network?level=middle`);
    await page.getByRole('heading', { name: /^Network: Middle level, both functions/ }).waitFor();
    await page.locator('.nw-chart canvas').first().waitFor();
    await page.locator('.nw-chart').screenshot({ path: 'screenshots/e2e-signals-network-middle-graph.png' });
  });

  it('says how to import events when the window has none', async () => {
    const page = await openPage(e2e);
    await signInAs(page, e2e, 'leader');
    await page.goto(`${e2e.baseUrl}/signals/network?asOf=2020-01-31&windowDays=30`);
    await page.getByText('No interactions in the 30 days up to 2020-01-31').waitFor();
    await page.getByText('tandem import events FILE').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'e2e-signals-network-empty');
  });

  it('is not offered to members', async () => {
    const page = await openPage(e2e);
    await signInAs(page, e2e, 'member');
    expect(await page.getByRole('link', { name: 'Network', exact: true }).count()).toBe(0);
  });
});
