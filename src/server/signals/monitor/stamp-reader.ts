/**
 * Reads of an org's cache stamp (signals revision + reporting minimum), shared between concurrent requests without
 * ever serving one a stamp older than its arrival: a request that arrives while a read is in flight waits for the
 * NEXT read, which starts when that one ends, and every request that arrived meanwhile shares it. Under 20
 * concurrent clients the database then answers about two stamp reads per round instead of twenty.
 */
import type { Database } from '../../db/create-db';
import { cacheStampQuery, toCacheStamp, type CacheStamp, type CacheStampRow } from './revision-repository';

interface OrgReads {
  inFlight: Promise<CacheStamp> | null;
  next: Promise<CacheStamp> | null;
}

const reads = new Map<string, OrgReads>();

export function readStampShared(db: Database, orgId: string): Promise<CacheStamp> {
  let state = reads.get(orgId);
  if (!state) reads.set(orgId, (state = { inFlight: null, next: null }));
  const org = state;
  const start = (): Promise<CacheStamp> => {
    const read = db
      .readInOrg<CacheStampRow>(orgId, cacheStampQuery(orgId))
      .then((rows) => toCacheStamp(rows[0]))
      .finally(() => {
        org.inFlight = null;
        if (org.next === null) reads.delete(orgId);
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
