import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openPage, screenshot, signInAs, startE2e, type E2e } from './support/harness';

const header = 'Work Email,Full Name,Department,Job Level,Manager Email,Region,Job Title';

describe.runIf(browserAvailable())('an analyst explores the organisation and imports people', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(() => e2e?.close());

  it('signs in, browses the explorer, fixes a bad CSV row, imports, and finds the new person', async () => {
    const page = await openPage(e2e);
    await signInAs(page, e2e, 'analyst');

    // The organisation explorer: the function × level grid and the reporting tree.
    await page.goto(`${e2e.baseUrl}/org`);
    await page.getByRole('heading', { name: 'Organisation', level: 1 }).waitFor();
    const tree = page.locator('section', { has: page.getByRole('heading', { name: 'Reporting lines' }) });
    const collapsed = tree.getByRole('button', { expanded: false }).first();
    const expand = tree.getByRole('button', { name: (await collapsed.innerText()).trim() || ((await collapsed.textContent()) ?? '').trim() });
    await expand.click();
    const reports = Number(/(\d+) reports?/.exec(await tree.innerText())?.[1] ?? 0);
    expect(reports).toBeGreaterThan(0);
    await expect.poll(() => expand.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'e2e-org-explorer');

    const salesFrontline = page.getByRole('table').first().getByRole('link').nth(6);
    await salesFrontline.click();
    await page.waitForURL(/\/org\/people\?.*function=sales.*level=frontline|\/org\/people\?.*level=frontline.*function=sales/);
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();

    // A manager who exists, to hang the new people under.
    const managerEmail = e2e.signIns.find((s) => s.role === 'leader')?.email as string;

    // Upload a file with one bad row: the row is named, nothing is imported.
    await page.goto(`${e2e.baseUrl}/import`);
    const bad = [header, `nova.quinn@import.example,Nova Quinn,Sales,Individual Contributor,${managerEmail},EMEA North,Account Executive`, `omar.reyes@import.example,Omar Reyes,Sales,Galactic,${managerEmail},EMEA North,Account Executive`].join('\n');
    await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const errors = page.getByRole('table', { name: 'Errors in the file' });
    await errors.waitFor();
    await expect.poll(() => errors.innerText()).toMatch(/3[\s\S]*Galactic/);
    expect(await page.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
    await screenshot(page, 'e2e-import-row-error');

    // Fix the row and import.
    const fixed = bad.replace('Galactic', 'Frontline');
    await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
    await page.getByRole('button', { name: 'Import 2 people' }).click();
    await page.getByRole('heading', { name: 'Imported 2 people' }).waitFor();
    await screenshot(page, 'e2e-import-done');

    // The new person is there, under their manager.
    await page.goto(`${e2e.baseUrl}/org/people?q=Omar`);
    await page.getByRole('link', { name: 'Omar Reyes' }).click();
    await page.getByRole('heading', { name: 'Omar Reyes', level: 1 }).waitFor();
    const body = await page.locator('main').innerText();
    expect(body).toContain('Account Executive');
    expect(body).toMatch(/EMEA North/);
    await screenshot(page, 'e2e-new-person');
    await page.context().close();
  });
});
