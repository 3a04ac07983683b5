import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openPage, screenshot, seriousAxeViolations, startE2e, type E2e } from './support/harness';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function signIn(page: Page, e2e: E2e, email: string) {
  await page.goto(`${e2e.baseUrl}/sign-in`);
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/password/i).fill(e2e.password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

describe.runIf(browserAvailable())('signals: support requests, a private journal and the incident log', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e({ people: 60 });
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('a seller asks, a marketer promises, the seller sees it; a journal entry stays private; a leader reads an incident without its reporter', async () => {
    const sellerLogin = e2e.signIns.find((s) => s.role === 'member' && s.who.includes('(sales'));
    const marketerLogin = e2e.signIns.find((s) => s.role === 'member' && s.who.includes('(marketing'));
    const leaderLogin = e2e.signIns.find((s) => s.role === 'leader');
    if (!sellerLogin || !marketerLogin || !leaderLogin) throw new Error('the demo has no seller, marketer or leader sign-in');

    // The seller asks the marketer for support.
    const seller = await openPage(e2e, { width: 1280, height: 900 });
    await signIn(seller, e2e, sellerLogin.email);
    const sellerName = (await seller.locator('.user-card__name').innerText()).trim();
    await seller.getByRole('link', { name: 'Support requests' }).click();
    await seller.getByRole('heading', { name: 'Support requests', level: 1 }).waitFor();
    await seller.getByLabel('Person to ask', { exact: true }).fill(marketerLogin.email.split('@')[0] as string);
    await seller.getByRole('list', { name: /People matching/ }).getByRole('button').first().click();
    await seller.getByLabel('What you need').fill('E2E battle cards for the spring launch');
    await seller.getByLabel('Needed by').fill(inDays(10));
    await screenshot(seller, 'e2e-signals-support-form');
    await seller.getByRole('button', { name: 'Send request' }).click();
    await seller.getByRole('heading', { name: 'E2E battle cards for the spring launch', level: 1 }).waitFor();
    await seller.getByText('Awaiting answer').first().waitFor();
    const requestUrl = seller.url();
    await screenshot(seller, 'e2e-signals-support-detail-asked');

    // The marketer finds it among the requests to answer and accepts with a promised date.
    const marketer = await openPage(e2e, { width: 1280, height: 900 });
    await signIn(marketer, e2e, marketerLogin.email);
    await marketer.goto(`${e2e.baseUrl}/signals/support`);
    await marketer.getByRole('tab', { name: 'To answer' }).click();
    await marketer.getByRole('link', { name: 'E2E battle cards for the spring launch' }).click();
    await marketer.getByLabel('Promised date', { exact: true }).fill(inDays(7));
    await screenshot(marketer, 'e2e-signals-support-answer');
    await marketer.getByRole('button', { name: 'Accept and promise' }).click();
    await marketer.getByText('Promised', { exact: true }).first().waitFor();

    // The seller sees the promise.
    await seller.goto(requestUrl);
    await seller.getByText(`Accepted, promised by ${inDays(7)}`).waitFor();
    expect(await seller.getByText('Promised', { exact: true }).count()).toBeGreaterThan(0);
    await seller.getByRole('button', { name: 'Mark delivered' }).waitFor();
    await screenshot(seller, 'e2e-signals-support-detail-promised');
    await seller.goto(`${e2e.baseUrl}/signals/support`);
    await seller.getByRole('link', { name: 'E2E battle cards for the spring launch' }).waitFor();
    await screenshot(seller, 'e2e-signals-support-list');

    // A journal entry only its author can see.
    const secret = 'E2E: the launch deck arrived after my customer meeting';
    await seller.goto(`${e2e.baseUrl}/signals/journal`);
    await seller.getByLabel('What did you meet?').selectOption('dysfunction.lack_of_collaboration');
    await seller.getByLabel('What happened', { exact: true }).fill(secret);
    await seller.getByLabel('What it meant for your role here').fill('Marketing plans around its own calendar.');
    await seller.getByLabel(/Marketing is self-oriented/).check();
    await seller.getByLabel(/Lone wolfism/).check();
    await seller.getByRole('button', { name: 'Save entry' }).click();
    await seller.getByRole('list', { name: 'My journal entries' }).getByText(secret).waitFor();
    await screenshot(seller, 'e2e-signals-journal');
    const phone = await openPage(e2e, { width: 390, height: 844 });
    await signIn(phone, e2e, sellerLogin.email);
    await phone.goto(`${e2e.baseUrl}/signals/journal`);
    await phone.getByRole('list', { name: 'My journal entries' }).getByText(secret).waitFor();
    await screenshot(phone, 'e2e-signals-journal-phone');
    await phone.goto(`${e2e.baseUrl}/signals/support`);
    await phone.getByRole('link', { name: 'E2E battle cards for the spring launch' }).waitFor();
    await screenshot(phone, 'e2e-signals-support-phone');

    await marketer.goto(`${e2e.baseUrl}/signals/journal`);
    await marketer.getByRole('heading', { name: 'My entries' }).waitFor();
    await marketer.getByRole('list', { name: 'My journal entries' }).or(marketer.getByText('No entries yet')).first().waitFor();
    expect(await marketer.getByText(secret).count()).toBe(0);
    const marketerSees = await marketer.evaluate(async () => (await (await fetch('/api/journal')).text()));
    expect(marketerSees).not.toContain('launch deck arrived');

    // An incident reported by the seller; the leader reads it without the reporter.
    const incident = 'E2E: the regional team refused to run the campaign';
    await seller.goto(`${e2e.baseUrl}/signals/incidents`);
    await seller.getByLabel('Kind', { exact: true }).first().selectOption('refusal_to_execute');
    await seller.getByLabel('What happened', { exact: true }).fill(incident);
    await seller.getByLabel('Or a group: function').selectOption('marketing');
    await seller.getByRole('button', { name: 'Add group' }).click();
    await seller.getByRole('button', { name: 'Report incident' }).click();
    await seller.getByRole('list', { name: 'Incidents I reported' }).getByText(incident).waitFor();
    await screenshot(seller, 'e2e-signals-incidents-reporter');
    await phone.goto(`${e2e.baseUrl}/signals/incidents`);
    await phone.getByRole('list', { name: 'Incidents I reported' }).getByText(incident).waitFor();
    await screenshot(phone, 'e2e-signals-incidents-phone');

    const leader = await openPage(e2e, { width: 1280, height: 900 });
    await signIn(leader, e2e, leaderLogin.email);
    await leader.goto(`${e2e.baseUrl}/signals/incidents`);
    const log = leader.getByRole('list', { name: 'Incident log' });
    await log.getByText(incident).waitFor();
    const entry = log.getByRole('listitem').filter({ hasText: incident });
    expect(await entry.innerText()).not.toContain(sellerName);
    expect(await entry.innerText()).not.toMatch(/reported by/i);
    const api = await leader.evaluate(async () => (await (await fetch('/api/incidents')).text()));
    expect(api).toContain('refused to run the campaign');
    expect(api).not.toContain(sellerName);
    await leader.getByLabel('Kind', { exact: true }).last().selectOption('refusal_to_execute');
    await screenshot(leader, 'e2e-signals-incident-log');
    expect(await seriousAxeViolations(leader)).toEqual([]);

    // Leaders' group views.
    await leader.goto(`${e2e.baseUrl}/signals/rates`);
    await leader.getByRole('heading', { name: 'By unit (region)' }).waitFor();
    await screenshot(leader, 'e2e-signals-rates');
    await leader.goto(`${e2e.baseUrl}/signals/insights`);
    await leader.getByRole('heading', { name: /Dyad view/ }).waitFor();
    await leader.getByRole('table').first().waitFor();
    await screenshot(leader, 'e2e-signals-journal-insights');
    expect(await seriousAxeViolations(leader)).toEqual([]);
  });

  for (const viewport of [
    { name: 'laptop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    it(`signals pages have no serious axe violations and no sideways scrolling at ${viewport.name} width`, async () => {
      const leaderLogin = e2e.signIns.find((s) => s.role === 'leader');
      const page = await openPage(e2e, viewport);
      await signIn(page, e2e, leaderLogin?.email as string);
      for (const path of ['/signals/support', '/signals/journal', '/signals/incidents', '/signals/rates', '/signals/insights']) {
        await page.goto(`${e2e.baseUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        expect(await seriousAxeViolations(page), path).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(1);
        await screenshot(page, `e2e-signals-a11y-${viewport.name}${path.replaceAll('/', '-')}`);
      }
      await page.context().close();
    });
  }
});
