import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of PRODUCT.md, enforced: dependencies point inwards (web → shared → domain; routes → services →
 * repositories → db; the domain imports nothing). Each block forbids the imports that would point the wrong way;
 * a file falls in exactly one block, because a later block's rule would replace an earlier one's.
 */
const rule = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: patterns.map(([group, message]) => ({ group, message })) }] });

const web = [['**/web/**', '**/web'], 'Only the web app imports web code.'];
const cli = [['**/cli/**'], 'Nothing imports the CLI.'];
const server = [['**/server/**'], 'Server code is reached over HTTP or the CLI, never imported here.'];
const fastify = [['fastify', '@fastify/*', 'fastify-*'], 'Services and repositories never import Fastify: routes translate HTTP.'];
const sql = [['**/db/schema', '**/db/raw', 'drizzle-orm', 'drizzle-orm/*'], 'SQL lives only in repositories.'];
const repositoriesFromRoutes = [['**/*-repository'], 'Routes call use cases (services), never repositories.'];

const repositories = ['src/server/**/*-repository.ts', 'src/server/db/**/*.ts'];
const httpLayer = ['src/server/**/routes.ts', 'src/server/http/**/*.ts'];

export const layerRules = [
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: rule(
      [['**/server/**', '**/web/**', '**/cli/**', '**/shared/**'], 'The domain is pure: it imports only other domain code.'],
      [['node:*', 'fs', 'path', 'crypto', 'fastify', '@fastify/*', 'drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*', 'react', 'react-*'], 'The domain does no I/O and uses no framework.'],
    ),
  },
  // Domain tests may read fixtures from disk (e.g. DOMAIN.md); they still import no other layer.
  { files: ['src/domain/**/*.test.ts'], rules: rule([['**/server/**', '**/web/**', '**/cli/**'], 'Domain tests exercise the domain only.']) },
  { files: ['src/shared/**/*.ts'], rules: rule(server, web, cli, [['node:*', 'fastify', 'drizzle-orm', 'react'], 'Shared contracts are plain zod.']) },
  { files: ['src/web/**/*.{ts,tsx}'], rules: rule(server, cli, [['node:*'], 'The web app runs in the browser.']) },
  { files: repositories, rules: rule(web, cli, fastify) },
  { files: httpLayer, rules: rule(web, cli, sql, repositoriesFromRoutes) },
  { files: ['src/server/**/*.ts'], ignores: [...repositories, ...httpLayer, 'src/server/app.ts'], rules: rule(web, cli, fastify, sql) },
  { files: ['src/server/app.ts'], rules: rule(web, cli) },
  { files: ['src/cli/**/*.ts'], rules: rule(web, sql, repositoriesFromRoutes) },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'src/server/db/migrations/**', '*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] } },
  { files: ['bin/**/*.js', 'bench/**/*.ts', 'e2e/**/*.ts', 'tests/**/*.ts'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  ...layerRules,
);
