import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import { inlineSql, sqlLiteral } from './inline-sql';
import { rawRows } from './raw';
import { schema } from './all-schema';

export type Tx = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  kind: 'pglite' | 'postgres';
  /** Where the data is: a directory, "memory", or the Postgres URL without its password. */
  location: string;
  /** Runs `work` in one transaction whose row-level security scope is `orgId`. */
  withOrg<T>(orgId: string, work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `work` in a transaction with no org: only the sign-in and org-lookup functions answer there. */
  withoutOrg<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * One read-only query in the org's scope, in a single round trip where the driver allows it (PGlite: the scope and
   * the query go as one multi-statement text, which PostgreSQL runs as one implicit transaction). For hot read paths
   * such as the initiative page's revision check; everything else uses `withOrg`.
   */
  readInOrg<T>(orgId: string, query: SQL): Promise<T[]>;
  /**
   * Counts every start and every end of a `withOrg`/`withoutOrg` transaction in this process (`readInOrg` reads do
   * not count). Equal before and after a read means no transaction of this process began or ended meanwhile, so a
   * cache may keep reusing what that read saw (see src/server/signals/monitor/stamp-reader.ts).
   */
  transactionEdges(): number;
  close(): Promise<void>;
}

export interface DbOptions {
  /** PGlite data directory; "memory" keeps everything in memory (tests). Ignored when `databaseUrl` is set. */
  dataDir?: string;
  databaseUrl?: string;
  /** A PGlite data-directory dump to start from (tests load one migrated template instead of running initdb). */
  pgliteTemplate?: Blob;
}

export const APP_ROLE = 'tandem_app';

/** A migrated, empty PGlite database as a dump, for tests to load quickly. */
export async function pgliteTemplate(): Promise<Blob> {
  const client = new PGlite();
  await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder });
  const dump = await client.dumpDataDir('none');
  await client.close();
  return dump;
}
const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export async function createDb(options: DbOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir ?? './data', options.pgliteTemplate);
}

function scoped(db: Tx) {
  let edges = 0;
  const counted = <T>(run: () => Promise<T>): Promise<T> => {
    edges++;
    return run().finally(() => {
      edges++;
    });
  };
  const inOrg = <T>(orgId: string, work: (tx: Tx) => Promise<T>): Promise<T> =>
    db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.org_id', ${orgId}, true)`);
      return work(tx as unknown as Tx);
    });
  return {
    withOrg: <T>(orgId: string, work: (tx: Tx) => Promise<T>): Promise<T> => counted(() => inOrg(orgId, work)),
    readInOrg: <T>(orgId: string, query: SQL): Promise<T[]> => inOrg(orgId, (tx) => rawRows<T>(tx, query)),
    withoutOrg<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      return counted(() => db.transaction(async (tx) => work(tx as unknown as Tx)));
    },
    transactionEdges: () => edges,
  };
}

async function openPglite(dataDir: string, template?: Blob): Promise<Database> {
  const inMemory = dataDir === 'memory';
  const directory = inMemory ? 'memory' : path.resolve(dataDir);
  const release = inMemory ? () => {} : lockDataDir(directory);
  try {
    const client = inMemory ? new PGlite({ loadDataDir: template }) : new PGlite(path.join(directory, 'pg'), { loadDataDir: template });
    const owner = drizzlePglite({ client, schema });
    await migratePglite(owner, { migrationsFolder });
    // From here on the single connection acts as the app role, which owns nothing: RLS applies.
    await client.exec(`SET ROLE ${APP_ROLE}`);
    const db = owner as unknown as Tx;
    return {
      kind: 'pglite',
      location: directory,
      ...scoped(db),
      async readInOrg<T>(orgId: string, query: SQL): Promise<T[]> {
        // set_config(…, true) lasts to the end of the implicit transaction that spans both statements.
        const [, result] = await client.exec(`select set_config('app.org_id', ${sqlLiteral(orgId)}, true); ${inlineSql(query)}`);
        return (result?.rows ?? []) as T[];
      },
      async close() {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function openPostgres(databaseUrl: string): Promise<Database> {
  const migrator = new pg.Client({ connectionString: databaseUrl });
  await migrator.connect();
  try {
    // One migrator at a time per database, whatever number of processes start together.
    await migrator.query('select pg_advisory_lock(7232026)');
    await migratePg(drizzlePg({ client: migrator }), { migrationsFolder });
  } finally {
    await migrator.end();
  }
  // Every pooled connection starts as the app role (a startup option, so no query can run before it).
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, options: `-c role=${APP_ROLE}` });
  // An idle connection the server ends (a restart, an administrator, a dropped test database) is discarded by the
  // pool and replaced on the next query; without a listener its error would crash the process.
  pool.on('error', () => {});
  const actsAsAppRole = await pool
    .query<{ current_user: string }>('select current_user')
    .then((check) => check.rows[0]?.current_user === APP_ROLE)
    .catch(() => false);
  if (!actsAsAppRole) {
    await pool.end();
    throw new Error(`The database user cannot act as ${APP_ROLE}: grant it with "GRANT ${APP_ROLE} TO <user>" and start again.`);
  }
  const db = drizzlePg({ client: pool, schema }) as unknown as Tx;
  const url = new URL(databaseUrl);
  url.password = '';
  return { kind: 'postgres', location: url.toString(), ...scoped(db), close: () => pool.end() };
}
