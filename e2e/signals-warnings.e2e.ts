import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openPage, screenshot, seriousAxeViolations, signInAs, startE2e, type E2e } from './support/harness';

describe.runIf(browserAvailable())('early warnings', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e({ people: 60 });
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('a leader sees the demo warnings, opens one from a notification link, follows the link to its rows and acknowledges it', async () => {
    const page = await openPage(e2e, { width: 1280, height: 900 });
    await signInAs(page, e2e, 'leader');
    await page.getByRole('link', { name: 'Warnings' }).click();
    await page.getByRole('heading', { name: 'Early warnings', level: 1 }).waitFor();
    const list = page.getByRole('list', { name: 'Early warnings' });
    await list.waitFor();
    expect(await list.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'e2e-signals-warnings-list');

    // The conflict warning, opened as a notification's link would (?id=), with its evidence and chart.
    const conflict = list.getByRole('listitem').filter({ hasText: 'Conflict incidents per week' }).first();
    const cardId = (await conflict.getAttribute('id'))!.replace('warning-', '');
    await page.goto(`${e2e.baseUrl}/signals/warnings?id=${cardId}`);
    const card = page.locator(`#warning-${cardId}`);
    await card.waitFor();
    expect(await card.getAttribute('class')).toContain('is-highlighted');
    await expect.poll(() => card.getByText(/rose from 0\.0 to/).count()).toBe(1);
    await card.locator('summary', { hasText: 'Evidence' }).click();
    await card.getByRole('table').waitFor();
    await card.locator('.echart').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'e2e-signals-warnings-evidence');

    // Acknowledge with a note; the badge changes and the note shows; reopen is offered.
    await card.getByLabel('Note (optional)').fill('Raised with both regional heads.');
    await card.getByRole('button', { name: 'Acknowledge' }).click();
    await card.getByText('Raised with both regional heads.', { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Reopen' }).waitFor();
    expect(await card.getByText('Acknowledged', { exact: true }).count()).toBe(1);
    await page.getByLabel('Status').selectOption('acknowledged');
    await expect.poll(() => page.getByRole('list', { name: 'Early warnings' }).getByRole('listitem').count()).toBe(1);
    await screenshot(page, 'e2e-signals-warnings-acknowledged');

    // The link to the rows behind it: the unit drill-down with the week range.
    await card.getByRole('link', { name: 'See the rows behind it' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/signals/units/') && url.searchParams.has('from') && url.searchParams.has('to'));
  });

  it('a member has no warnings link and is refused the page', async () => {
    const page = await openPage(e2e);
    await signInAs(page, e2e, 'member');
    expect(await page.getByRole('link', { name: 'Warnings' }).count()).toBe(0);
    await page.goto(`${e2e.baseUrl}/signals/warnings`);
    expect(await page.getByRole('heading', { name: 'Early warnings', level: 1 }).count()).toBe(0);
  });
});
