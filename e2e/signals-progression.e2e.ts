import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../src/domain/common/random';
import { addWeeks, DAY_MS, isoDay, weekStartOf } from '../src/domain/signals/weeks';
import { signedIn } from '../tests/support/http';
import { peopleByRegion, plantContacts, plantIncidents } from '../tests/server/signals-progression-history';
import { browserAvailable, openPage, screenshot, seriousAxeViolations, signInAs, startE2e, type E2e } from './support/harness';

describe.runIf(browserAvailable())('signals: progression and propositions pages', () => {
  let e2e: E2e;
  let plantedUnit: string;

  beforeAll(async () => {
    e2e = await startE2e({ people: 60, demoEvents: false });
    const analyst = e2e.signIns.find((s) => s.role === 'analyst')!;
    const client = await signedIn(e2e.app, analyst.email, e2e.password);
    const orgId = (await client.request('GET', '/api/auth/session')).json().user.orgId as string;
    // A year of contact in every region big enough to show; in the largest, contact dries up and conflict follows.
    const lastWeek = addWeeks(weekStartOf(new Date()), -1);
    const firstWeek = addWeeks(lastWeek, -51);
    const regions = [...(await peopleByRegion(e2e.app.db, orgId))].filter(([, people]) => people.length >= 5 && people.some((p) => p.function === 'sales') && people.some((p) => p.function === 'marketing'));
    regions.sort((a, b) => b[1].length - a[1].length);
    plantedUnit = regions[0]![0];
    const noise = seededRandom(5);
    for (const [index, [region, people]] of regions.entries()) {
      const planted = region === plantedUnit;
      await plantContacts(e2e.app.db, orgId, people, firstWeek, 52, (week) => (planted && week >= 30 ? 2 + noise.int(0, 2) : 12 + noise.int(0, 6) - index), 100 + index);
    }
    const conflictWeeks = Array.from({ length: 14 }, (_, i) => addWeeks(firstWeek, 38 + i));
    await plantIncidents(e2e.app.db, orgId, plantedUnit, conflictWeeks.flatMap((monday) => [monday, isoDay(Date.parse(`${monday}T00:00:00Z`) + 2 * DAY_MS)]));
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('an analyst finds the unit where communication paucity moved first, reads its chart and tables, and the propositions', async () => {
    const page = await openPage(e2e, { width: 1280, height: 900 });
    await signInAs(page, e2e, 'analyst');
    await page.getByRole('link', { name: 'Progression' }).click();
    await page.getByRole('heading', { name: 'Progression of dysfunctions', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: plantedUnit, exact: true }) });
    await row.getByText('First: Communication paucity').waitFor({ timeout: 120_000 });
    // Keyboard: reach the unit's Show button and press it.
    await row.getByRole('button', { name: `Show ${plantedUnit}` }).focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('section.pg-panel');
    await panel.getByRole('heading', { name: plantedUnit, level: 2 }).waitFor();
    await panel.getByRole('img', { name: /Weekly scores of the three dysfunctions/ }).waitFor();
    await panel.getByRole('img', { name: /Communication paucity onset in the week of/ }).waitFor();
    expect(await panel.getByRole('table', { name: /Lagged cross-correlation leads/ }).getByRole('row').count()).toBe(7);
    await panel.getByRole('table', { name: /Onsets of the dysfunctions/ }).getByRole('rowheader', { name: 'Communication paucity' }).waitFor();
    await page.getByText(/Communication paucity precedes overt conflict by \d+ weeks/).waitFor();
    await page.waitForTimeout(500); // the chart's entry animation
    await screenshot(page, 'e2e-signals-progression');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByText('How to read this: the methods and their assumptions').click();
    await page.getByText(/499 phase-randomised copies/).waitFor();
    await page.getByText(new RegExp(`The weekly figures for ${plantedUnit} as a table`)).click();
    await page.getByRole('table', { name: new RegExp(`Weekly indicators and scores in ${plantedUnit}`) }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Propositions', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Propositions on your data', level: 1 }).waitFor();
    await page.getByText("Exploratory: one firm's observational data").waitFor();
    const table = page.getByRole('table', { name: /Propositions of DOMAIN.md/ });
    await table.getByText('The scarcer the communication, the more sales feels undervalued.').waitFor();
    expect(await table.getByText(/Share of sales invitations to initiative buy-in pulses left unanswered/).count()).toBe(1);
    await screenshot(page, 'e2e-signals-propositions');
    await page.screenshot({ path: 'screenshots/e2e-signals-propositions-top.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('a member sees neither page in the navigation and is refused the page itself', async () => {
    const page = await openPage(e2e);
    await signInAs(page, e2e, 'member');
    expect(await page.getByRole('link', { name: 'Progression' }).count()).toBe(0);
    await page.goto(`${e2e.baseUrl}/signals/progression`);
    await page.getByText(/not allowed|permission|only/i).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Progression of dysfunctions' }).count()).toBe(0);
    await screenshot(page, 'e2e-signals-progression-member');
  });
});
