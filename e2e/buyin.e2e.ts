import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openPage, screenshot, seriousAxeViolations, startE2e, type E2e } from './support/harness';

const MOBILE = { width: 390, height: 844 };

async function signIn(page: Page, e2e: E2e, email: string, password = e2e.password): Promise<void> {
  await page.goto(`${e2e.baseUrl}/sign-in`);
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Calls the JSON API from inside the signed-in page (same session, CSRF header from the session). */
async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const { csrfToken } = await (await fetch('/api/auth/session')).json();
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    },
    { method, path, body },
  );
}

async function expectNoSeriousAxe(page: Page, what: string): Promise<void> {
  expect(await seriousAxeViolations(page), `axe on ${what}`).toEqual([]);
}

/** Moves the open initiative one stage on with the stage controls (the dialog takes an optional note). */
async function moveTo(page: Page, stage: string): Promise<void> {
  await page.getByRole('button', { name: `Move to ${stage}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Move to ${stage}` });
  await dialog.getByRole('button', { name: 'Move', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('listitem').filter({ hasText: `${stage} (current stage)` }).waitFor();
}

/** Answers every statement of the pulse on the page with the given value (1–5) and sends. */
async function answerPulse(page: Page, value: number): Promise<void> {
  const groups = page.locator('fieldset.bi-likert');
  await groups.first().waitFor();
  const count = await groups.count();
  for (let index = 0; index < count; index++) {
    await groups.nth(index).locator(`input[value="${value}"]`).check({ force: true });
  }
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await page.getByText(/You answered on/).waitFor();
}

describe.runIf(browserAvailable())('an initiative walks from draft to rollout with a marketer and two sellers on different levels', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e({ people: 400 });
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('asks, answers with a reason, blocks the early commitment ask, runs a pulse and shows where buy-in breaks', async () => {
    const marketerSignIn = e2e.signIns.find((s) => s.role === 'member' && s.who.includes('marketing'));
    const sellerSignIn = e2e.signIns.find((s) => s.role === 'member' && s.who.includes('sales'));
    const adminSignIn = e2e.signIns.find((s) => s.role === 'admin');
    if (!marketerSignIn || !sellerSignIn || !adminSignIn) throw new Error('the demo has no marketer, seller or admin sign-in');

    // Seller B: the frontline seller's own manager (a middle-level sales manager), given an account by the admin.
    const admin = await openPage(e2e);
    await signIn(admin, e2e, adminSignIn.email);
    const sellerA = await openPage(e2e);
    await signIn(sellerA, e2e, sellerSignIn.email);
    const me = await callApi<{ user: { personId: string } }>(sellerA, 'GET', '/api/auth/session');
    const personA = await callApi<{ person: { managerId: string; region: string; level: string } }>(sellerA, 'GET', `/api/people/${me.user.personId}`);
    expect(personA.person.level).toBe('frontline');
    const manager = await callApi<{ person: { email: string; name: string; level: string; function: string } }>(admin, 'GET', `/api/people/${personA.person.managerId}`);
    expect(manager.person).toMatchObject({ level: 'middle', function: 'sales' });
    await callApi(admin, 'POST', '/api/users', { email: manager.person.email, name: manager.person.name, role: 'member', password: 'seller b password 2026' });
    const sellerB = await openPage(e2e);
    await signIn(sellerB, e2e, manager.person.email, 'seller b password 2026');

    // The marketer creates the initiative with its rationale, and adds evidence.
    const marketer = await openPage(e2e);
    await signIn(marketer, e2e, marketerSignIn.email);
    await marketer.goto(`${e2e.baseUrl}/initiatives`);
    await marketer.getByRole('heading', { name: 'Initiatives', level: 1 }).waitFor();
    await screenshot(marketer, 'e2e-buyin-initiatives');
    await expectNoSeriousAxe(marketer, 'the initiatives list');
    await marketer.getByRole('button', { name: 'New initiative' }).click();
    const dialog = marketer.getByRole('dialog', { name: 'New initiative' });
    await dialog.getByLabel('Title').fill('E2E value selling');
    await dialog.getByLabel(/Rationale/).fill('Win rates are 12 points higher where reps lead with value; the 2025 loss review shows it.');
    await dialog.getByLabel(/Expected benefit/).fill('Fewer discount fights and shorter cycles.');
    await dialog.getByRole('button', { name: 'Create draft' }).click();
    await marketer.getByRole('heading', { name: 'E2E value selling', level: 1 }).waitFor();
    const initiativeUrl = marketer.url();
    await marketer.getByLabel('Title', { exact: true }).fill('Loss review 2025');
    await marketer.getByLabel('Link (optional)').fill('https://example.com/loss-review-2025');
    await marketer.getByRole('button', { name: 'Add evidence' }).click();
    await marketer.getByText('Loss review 2025').first().waitFor();
    await screenshot(marketer, 'e2e-buyin-initiative-overview');
    await expectNoSeriousAxe(marketer, 'the initiative overview');

    // Involvement: seller B joins the advisory board; then a test market in seller A's region.
    await moveTo(marketer, 'Involvement');
    await marketer.getByRole('link', { name: 'Involvement', exact: true }).click();
    await marketer.getByRole('button', { name: 'Add member' }).click();
    const memberDialog = marketer.getByRole('dialog', { name: 'Add an advisory board member' });
    await memberDialog.getByLabel('Find person').fill(manager.person.name);
    await memberDialog.locator(`option[value="${personA.person.managerId}"]`).waitFor({ state: 'attached' });
    await memberDialog.getByLabel('Person', { exact: true }).selectOption(personA.person.managerId);
    await memberDialog.getByRole('button', { name: 'Save' }).click();
    await marketer.getByRole('listitem').filter({ hasText: manager.person.name }).first().waitFor();
    await moveTo(marketer, 'Test market');
    await marketer.getByRole('button', { name: 'Add test market' }).click();
    const marketDialog = marketer.getByRole('dialog', { name: 'Add a test market' });
    await marketDialog.getByLabel('Regions').fill(personA.person.region);
    await marketDialog.getByLabel('Start').fill('2026-10-01');
    await marketDialog.getByLabel('End').fill('2026-10-31');
    await marketDialog.getByLabel('Results (optional)').fill('Average discount fell from 14% to 9% in the test region.');
    await marketDialog.getByRole('button', { name: 'Save' }).click();
    await marketer.getByText('Average discount fell from 14% to 9%').waitFor();
    await screenshot(marketer, 'e2e-buyin-initiative-involvement');
    await expectNoSeriousAxe(marketer, 'the involvement section');
    await moveTo(marketer, 'Absorption');

    // Seller A (frontline) asks a question during absorption.
    await sellerA.goto(`${initiativeUrl}/feedback`);
    await sellerA.getByLabel('Your question or comment').fill('Does value selling change how our quota is counted?');
    await sellerA.getByRole('button', { name: 'Send', exact: true }).click();
    await sellerA.getByText('Does value selling change how our quota is counted?').first().waitFor();
    await screenshot(sellerA, 'e2e-buyin-feedback-seller');
    await expectNoSeriousAxe(sellerA, 'the feedback section');

    // The marketer answers it with a reason, from the open loops page.
    await marketer.goto(`${e2e.baseUrl}/open-loops`);
    const question = marketer.getByRole('article').filter({ hasText: 'Does value selling change how our quota is counted?' });
    await question.waitFor();
    await screenshot(marketer, 'e2e-buyin-open-loops');
    await expectNoSeriousAxe(marketer, 'the open loops page');
    await question.getByRole('button', { name: /^Answer/ }).click();
    await question.getByLabel('Partly adopted').check();
    await question.getByLabel('Reason').fill('Quota stays as it is; deals sold on value get a 5% accelerator this year.');
    await question.getByRole('button', { name: 'Send answer' }).click();
    await question.waitFor({ state: 'detached' });

    // Seller A is told (notification) and sees the answer with its reason on the waiting page.
    await sellerA.goto(`${e2e.baseUrl}/notifications`);
    const told = sellerA.getByRole('link', { name: /Your question on “E2E value selling” was answered: partly adopted/ });
    await told.waitFor();
    await screenshot(sellerA, 'e2e-buyin-notifications');
    await expectNoSeriousAxe(sellerA, 'the notifications page');
    await told.click();
    await sellerA.waitForURL((url) => url.pathname.endsWith('/feedback'));
    await sellerA.getByRole('heading', { name: /You said, we did \(1\)/ }).waitFor();

    // Seller A asks to adapt the message for their region; the marketer decides with give and take.
    await sellerA.getByRole('link', { name: 'Flex requests' }).click();
    await sellerA.getByLabel('What to adapt').selectOption('message');
    await sellerA.getByLabel('Request', { exact: true }).fill('Our buyers are distributors: lead with their margin, not end-user value.');
    await sellerA.getByRole('button', { name: 'Send request' }).click();
    await sellerA.getByText('Our buyers are distributors').waitFor();
    await marketer.goto(`${initiativeUrl}/flex`);
    const flex = marketer.getByRole('article').filter({ hasText: 'Our buyers are distributors' });
    await flex.getByRole('button', { name: /^Decide/ }).click();
    await flex.getByLabel('Reason').fill('Distributors are half of that region’s revenue.');
    await flex.getByLabel('Sales commits in return').fill('Report distributor win rates monthly.');
    await flex.getByLabel('Marketing commits').fill('A distributor version of the deck by Friday.');
    await flex.getByRole('button', { name: 'Record decision' }).click();
    await flex.getByText('A distributor version of the deck by Friday.').waitFor();
    await screenshot(marketer, 'e2e-buyin-initiative-flex');
    await expectNoSeriousAxe(marketer, 'the flex requests section');
    await sellerA.goto(`${e2e.baseUrl}/waiting`);
    await sellerA.getByText('deals sold on value get a 5% accelerator').waitFor();
    expect(await sellerA.getByText('Partly adopted').count()).toBeGreaterThan(0);
    await screenshot(sellerA, 'e2e-buyin-waiting');
    await expectNoSeriousAxe(sellerA, 'the waiting-for-me page');

    // Absorption blocks the early commitment ask: the control is disabled and says why.
    await marketer.goto(initiativeUrl);
    const commit = marketer.getByRole('button', { name: 'Move to Commitment', exact: true });
    await commit.waitFor();
    expect(await commit.isDisabled()).toBe(true);
    const why = await marketer.locator('#why-commitment').innerText();
    expect(why).toMatch(/absorbing/i);
    await screenshot(marketer, 'e2e-buyin-absorption-blocked');

    // The window is not over on the server clock, so the marketer records the override with a reason.
    await marketer.getByRole('button', { name: 'Override the absorption window…' }).click();
    const override = marketer.getByRole('dialog', { name: 'Ask for commitment early (override)' });
    await override.getByLabel('Reason (required)').fill('The pricing change takes effect next month; field asked to start early.');
    await override.getByRole('button', { name: 'Record override and move' }).click();
    await marketer.getByRole('listitem').filter({ hasText: 'Commitment (current stage)' }).waitFor();

    // A pulse for frontline and middle sales; both sellers answer on their own pages.
    await marketer.goto(`${initiativeUrl}/buyin`);
    await marketer.getByLabel('Senior', { exact: true }).uncheck();
    await marketer.getByRole('button', { name: 'Open pulse' }).click();
    const pulseLink = marketer.getByRole('table', { name: 'Pulses' }).getByRole('link').first();
    await pulseLink.waitFor();
    const pulsePath = await pulseLink.getAttribute('href');

    const sellerAMobile = await openPage(e2e, MOBILE);
    await signIn(sellerAMobile, e2e, sellerSignIn.email);
    await sellerAMobile.goto(`${e2e.baseUrl}/waiting`);
    await sellerAMobile.locator(`main a[href="${pulsePath}"]`).first().click();
    await sellerAMobile.waitForURL((url) => url.pathname === pulsePath);
    await screenshot(sellerAMobile, 'e2e-buyin-pulse-390');
    await expectNoSeriousAxe(sellerAMobile, 'the pulse page at 390 px');
    await answerPulse(sellerAMobile, 4);
    await screenshot(sellerAMobile, 'e2e-buyin-pulse-answered-390');

    // Seller A changes one answer; seller B answers, deletes the answers (with a confirmation) and answers again.
    await sellerAMobile.locator('fieldset.bi-likert').first().locator('input[value="5"]').check({ force: true });
    await sellerAMobile.getByRole('button', { name: 'Save changes' }).click();
    await sellerAMobile.getByText('Your answers are updated.').waitFor();
    await sellerB.goto(`${e2e.baseUrl}${pulsePath}`);
    await answerPulse(sellerB, 2);
    await sellerB.getByRole('button', { name: 'Delete my answers' }).click();
    await sellerB.getByRole('dialog', { name: 'Delete your answers?' }).getByRole('button', { name: 'Delete my answers' }).click();
    await sellerB.getByRole('button', { name: 'Send my answers' }).waitFor();
    expect(await sellerB.locator('fieldset.bi-likert input:checked').count()).toBe(0);
    await answerPulse(sellerB, 2);
    await marketer.goto(`${initiativeUrl}/buyin`);
    await marketer.getByRole('table', { name: 'Pulses' }).getByText(/2 of \d+/).waitFor();
    // While the pulse is open only its response count shows; closing it publishes the results.
    await marketer.getByText(/appear when it closes/).waitFor();
    await marketer.getByRole('table', { name: 'Pulses' }).getByRole('button', { name: /^Close/ }).click();
    await marketer.getByText(/Results of the closed pulse/).waitFor();
    // Two answers are a small group: nothing about them is shown.
    await marketer.getByText(/Fewer than \d+ people/).first().waitFor();
    await screenshot(marketer, 'e2e-buyin-initiative-buyin');
    await expectNoSeriousAxe(marketer, 'the buy-in section');

    await moveTo(marketer, 'Rollout');
    await marketer.goto(`${initiativeUrl}/history`);
    await marketer.getByText('The pricing change takes effect next month').waitFor();
    await screenshot(marketer, 'e2e-buyin-history');

    // The demo's planted doubt: a region whose middle managers doubt and whose reps follow.
    const list = await callApi<{ items: Array<{ id: string; title: string }> }>(marketer, 'GET', '/api/initiatives');
    let planted: string | null = null;
    for (const item of list.items) {
      const detail = await callApi<{ results: { cascade: { nodes: Array<{ doubtCascades: boolean }> } } | null }>(marketer, 'GET', `/api/initiatives/${item.id}`);
      if (detail.results?.cascade.nodes.some((node) => node.doubtCascades)) planted = item.id;
    }
    expect(planted, 'an initiative of the demo shows a doubt cascade').not.toBeNull();
    await marketer.goto(`${e2e.baseUrl}/initiatives/${planted}/buyin`);
    const heatmap = marketer.getByRole('table', { name: /Buy-in by level and function/ });
    await heatmap.waitFor();
    expect(await heatmap.innerText()).toMatch(/Frontline · Sales/);
    await marketer.getByText('Doubt cascades from the manager group').first().waitFor();
    expect(await marketer.getByText(/Fewer than \d+/).count()).toBeGreaterThan(0);
    await screenshot(marketer, 'e2e-buyin-planted-doubt');
    await expectNoSeriousAxe(marketer, 'the planted-doubt buy-in section');
    // A filter that would isolate a small group is refused by the server, and the page says so.
    await marketer.getByLabel('Level', { exact: true }).selectOption('senior');
    const refused = marketer.getByRole('alert').filter({ hasText: 'These results cannot be shown' });
    await refused.waitFor();
    expect(await refused.innerText()).toMatch(/fewer than \d+/i);
    await screenshot(marketer, 'e2e-buyin-filter-refused');

    // A senior sales leader records their blessing on the planted initiative.
    const seniors = await callApi<{ items: Array<{ email: string; name: string }> }>(admin, 'GET', '/api/people?function=sales&level=senior&limit=1');
    const senior = seniors.items[0];
    if (!senior) throw new Error('the demo has no senior sales person');
    await callApi(admin, 'POST', '/api/users', { email: senior.email, name: senior.name, role: 'member', password: 'senior sales password 2026' });
    const seniorPage = await openPage(e2e);
    await signIn(seniorPage, e2e, senior.email, 'senior sales password 2026');
    await seniorPage.goto(`${e2e.baseUrl}/initiatives/${planted}/buyin`);
    await seniorPage.getByRole('radio', { name: 'Blessed' }).check();
    await seniorPage.getByLabel('Note (optional)').fill('The bundles match what our key accounts ask for.');
    await seniorPage.getByRole('button', { name: 'Record my blessing' }).click();
    await seniorPage.getByRole('listitem').filter({ hasText: senior.name }).filter({ hasText: 'Blessed' }).waitFor();

    // The rest of the planted initiative's pages, as the demo fills them.
    for (const name of ['', 'involvement', 'feedback', 'flex', 'history']) {
      await marketer.goto(`${e2e.baseUrl}/initiatives/${planted}${name ? `/${name}` : ''}`);
      await marketer.getByRole('heading', { level: 2 }).first().waitFor();
      await screenshot(marketer, `e2e-buyin-demo-${name || 'overview'}`);
      await expectNoSeriousAxe(marketer, `the demo initiative's ${name || 'overview'}`);
    }
    const narrow = await openPage(e2e, MOBILE);
    await signIn(narrow, e2e, marketerSignIn.email);
    await narrow.goto(`${e2e.baseUrl}/initiatives/${planted}/buyin`);
    await narrow.getByRole('table', { name: /Buy-in by level and function/ }).waitFor();
    await screenshot(narrow, 'e2e-buyin-demo-buyin-390');
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoSeriousAxe(narrow, 'the buy-in section at 390 px');
    for (const path of ['/initiatives', '/waiting', '/open-loops']) {
      await narrow.goto(`${e2e.baseUrl}${path}`);
      await narrow.getByRole('heading', { level: 1 }).waitFor();
      await narrow.getByRole('status').filter({ hasText: /Loading/ }).waitFor({ state: 'detached' });
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth), `${path} fits 390 px`).toBeLessThanOrEqual(390);
    }
    await screenshot(narrow, 'e2e-buyin-open-loops-390');
  });
});
