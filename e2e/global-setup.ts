import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { ensurePgliteTemplate } from '../tests/support/pglite-template';
import { CHROMIUM_PATH } from './support/browser';

/** Builds the web app once, prepares the database template, and says plainly when Chromium is missing. */
export default async function setup(project: TestProject) {
  const chromium = fs.existsSync(CHROMIUM_PATH);
  if (!chromium) {
    const advice = `Browser tests need Chromium at ${CHROMIUM_PATH}. Install it with: sudo apt-get install chromium`;
    if (process.env.REQUIRE_BROWSER === '1') throw new Error(advice);
    process.stderr.write(`\n⚠ ${advice}\n  The browser tests are skipped until then.\n\n`);
  }
  project.provide('chromiumAvailable', chromium);
  project.provide('pgliteTemplatePath', await ensurePgliteTemplate());
  if (chromium) await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumAvailable: boolean;
    pgliteTemplatePath: string;
  }
}
