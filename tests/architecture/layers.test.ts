import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerRules } from '../../eslint.config.js';

/** The layer rules of eslint.config.js, alone, so the check is fast and says only what it is about. */
const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...layerRules],
});

async function violations(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('layer boundaries', () => {
  it('the whole source tree respects them', async () => {
    const results = await eslint.lintFiles(['src/**/*.ts', 'src/**/*.tsx']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.message}`));
    expect(problems).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });

  it('catch a domain file that does I/O or reaches into the server', async () => {
    expect(await violations("import fs from 'node:fs';", 'src/domain/org/bad.ts')).toEqual([expect.stringContaining('no I/O')]);
    expect(await violations("import { newId } from '../../server/ids';", 'src/domain/org/bad.ts')).toEqual([expect.stringContaining('pure')]);
  });

  it('catch a route that calls a repository and a service that imports Fastify or writes SQL', async () => {
    expect(await violations("import { findPerson } from './people-repository';", 'src/server/org/routes.ts')).toEqual([expect.stringContaining('use cases')]);
    expect(await violations("import Fastify from 'fastify';", 'src/server/org/get-person.ts')).toEqual([expect.stringContaining('never import Fastify')]);
    expect(await violations("import { sql } from 'drizzle-orm';", 'src/server/org/get-person.ts')).toEqual([expect.stringContaining('only in repositories')]);
  });

  it('catch the web app importing server code', async () => {
    expect(await violations("import { createApp } from '../../server/app';", 'src/web/org/page.tsx')).toEqual([expect.stringContaining('never imported here')]);
  });
});
