import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb, type Database } from '../../src/server/db/create-db';

export type DriverKind = 'pglite' | 'postgres';

/** PGlite always; Postgres too when TEST_DATABASE_URL is set (CI sets it). */
export const drivers: DriverKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDb {
  db: Database;
  /** A connection URL for hand-written SQL (Postgres only). */
  url?: string;
  close(): Promise<void>;
}

/** A fresh, migrated, empty database: in-memory PGlite, or a new database on the test Postgres server. */
export async function openTestDb(kind: DriverKind): Promise<TestDb> {
  if (kind === 'pglite') {
    const template = new Blob([fs.readFileSync(inject('pgliteTemplatePath'))]);
    const db = await createDb({ dataDir: 'memory', pgliteTemplate: template });
    return { db, close: () => db.close() };
  }
  const serverUrl = process.env.TEST_DATABASE_URL as string;
  const name = `tandem_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await createDb({ databaseUrl: url.toString() });
  return {
    db,
    url: url.toString(),
    async close() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
