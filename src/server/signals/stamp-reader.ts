/**
 * Reads of an org's cache stamp (signals revision + reporting minimum), shared between requests:
 * - a finished read is reused for `REUSE_MS` after it started, as long as no transaction of this process began or
 *   ended since it started (`Database.transactionEdges`): every write through this process — an ingest batch, a
 *   rebuild, a people change — is therefore seen by the very next request, and a write by another process (a CLI
 *   import) within `REUSE_MS`;
 * - otherwise a request that arrives while a read is in flight waits for the NEXT read, which starts when that one
 *   ends, and every request that arrived meanwhile shares it (never a read that started before it arrived).
 * Under 20 concurrent clients a cache hit then costs no database round trip at all.
 */
import type { Database } from '../db/create-db';
import { cacheStampQuery, toCacheStamp, type CacheStamp, type CacheStampRow } from './monitor/revision-repository';

/** How long a stamp read may be reused, counted from when it started. */
export const REUSE_MS = 250;

interface OrgReads {
  inFlight: Promise<CacheStamp> | null;
  next: Promise<CacheStamp> | null;
  last: { stamp: CacheStamp; startedAt: number; edges: number } | null;
}

const readsByDb = new WeakMap<Database, Map<string, OrgReads>>();

export function readStampShared(db: Database, orgId: string, now = performance.now()): Promise<CacheStamp> {
  let reads = readsByDb.get(db);
  if (!reads) readsByDb.set(db, (reads = new Map()));
  let state = reads.get(orgId);
  if (!state) reads.set(orgId, (state = { inFlight: null, next: null, last: null }));
  const org = state;
  const { last } = org;
  if (last && now - last.startedAt < REUSE_MS && db.transactionEdges() === last.edges) return Promise.resolve(last.stamp);
  const start = (): Promise<CacheStamp> => {
    const startedAt = performance.now();
    const edges = db.transactionEdges();
    const read = db
      .readInOrg<CacheStampRow>(orgId, cacheStampQuery(orgId))
      .then((rows) => {
        const stamp = toCacheStamp(rows[0]);
        org.last = { stamp, startedAt, edges };
        return stamp;
      })
      .finally(() => {
        org.inFlight = null;
      });
    org.inFlight = read;
    return read;
  };
  if (org.inFlight === null) return start();
  if (org.next === null) {
    const after = org.inFlight.then(
      () => undefined,
      () => undefined,
    );
    org.next = after.then(() => {
      org.next = null;
      return start();
    });
  }
  return org.next;
}
