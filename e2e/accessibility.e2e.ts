import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openPage, screenshot, seriousAxeViolations, signInAs, startE2e, type E2e } from './support/harness';

const pages = ['/org', '/org/people', '/org/dyads', '/import', '/users'];
const widths = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

describe.runIf(browserAvailable())('pages are accessible and fit laptop and phone widths', () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(() => e2e?.close());

  for (const viewport of widths) {
    it(`has no serious axe violations and no sideways scrolling at ${viewport.name} width`, async () => {
      const page = await openPage(e2e, viewport);
      await page.goto(`${e2e.baseUrl}/sign-in`);
      await page.getByRole('heading', { name: 'Sign in to Tandem' }).waitFor();
      expect(await seriousAxeViolations(page), 'sign-in').toEqual([]);
      await screenshot(page, `a11y-${viewport.name}-sign-in`);
      await signInAs(page, e2e, 'admin');

      const people = await page.evaluate(async () => (await (await fetch('/api/people?limit=1&roots=true')).json()).items[0].id);
      for (const path of [...pages, `/org/people/${people}`]) {
        await page.goto(`${e2e.baseUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        expect(await seriousAxeViolations(page), path).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(1);
        await screenshot(page, `a11y-${viewport.name}${path.replaceAll('/', '-')}`.replace(/-[0-9a-f-]{36}$/, '-person'));
      }
      await page.context().close();
    });
  }
});
