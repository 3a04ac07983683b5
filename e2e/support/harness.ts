import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { createApp, type App } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { createDb } from '../../src/server/db/create-db';
import { DEMO_PASSWORD, seedDemoOrg, type DemoSignIn } from '../../src/server/demo/seed-demo-org';
import { demoContributors } from '../../src/server/demo/demo-contributors';
import { demoEvents } from '../../src/server/signals/demo-events';
import { launchChromium } from './browser';

export const browserAvailable = () => inject('chromiumAvailable');

export interface E2e {
  baseUrl: string;
  app: App;
  browser: Browser;
  signIns: DemoSignIn[];
  password: string;
  close(): Promise<void>;
}

/** A real server on a free port over a fresh in-memory demo org, and the system Chromium. */
/**
 * The app on an in-memory PGlite with a demo org. `demoEvents: false` leaves out the demo's year of interaction
 * events, for tests that start from no events or plant their own history.
 */
export async function startE2e(options: { people?: number; demoEvents?: boolean } = {}): Promise<E2e> {
  const template = new Blob([fs.readFileSync(inject('pgliteTemplatePath'))]);
  const db = await createDb({ dataDir: 'memory', pgliteTemplate: template });
  const contributors = options.demoEvents === false ? demoContributors.filter((contributor) => contributor !== demoEvents) : demoContributors;
  const demo = await seedDemoOrg({ db, people: options.people ?? 120, seed: 11, now: new Date(), contributors });
  const app = await createApp(loadConfig({ LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT: '100' }), db);
  if (!app.servesWeb) throw new Error('The web app was not built (dist/web is missing).');
  const address = await app.server.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  return {
    baseUrl: address,
    app,
    browser,
    signIns: demo.signIns,
    password: DEMO_PASSWORD,
    async close() {
      await browser.close();
      await app.close();
      await db.close();
    },
  };
}

/** A page in a fresh browser context, with generous timeouts: CI runs the browser beside the other suites. */
export async function openPage(e2e: E2e, viewport = { width: 1280, height: 800 }, options: { acceptDownloads?: boolean } = {}): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport, acceptDownloads: options.acceptDownloads ?? false });
  context.setDefaultTimeout(60_000);
  return context.newPage();
}

export async function signInAs(page: Page, e2e: E2e, role: DemoSignIn['role']): Promise<DemoSignIn> {
  const who = e2e.signIns.find((s) => s.role === role);
  if (!who) throw new Error(`no demo ${role}`);
  await page.goto(`${e2e.baseUrl}/sign-in`);
  await page.getByLabel(/e-?mail/i).fill(who.email);
  await page.getByLabel(/password/i).fill(e2e.password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return who;
}

/** Screenshots land in screenshots/ (ignored by git) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: path.join('screenshots', `${name}.png`), fullPage: true });
}

/** axe-core in the page; returns serious and critical violations only. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const source = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source); // evaluate, not a script tag: the app's CSP rightly refuses inline scripts
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o?: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    return axe.run({ resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
