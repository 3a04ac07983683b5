import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/create-db';
import { readStampShared, REUSE_MS } from '../../src/server/signals/stamp-reader';

/** A database whose stamp reads answer only when the test says so, counting the reads (only readInOrg is used). */
function gatedDb() {
  const pending: Array<(revision: number) => void> = [];
  const state = { edges: 0 };
  const db = {
    readInOrg: () => new Promise((resolve) => pending.push((revision) => resolve([{ revision, reporting_minimum: 5 }]))),
    transactionEdges: () => state.edges,
  } as unknown as Database;
  return { db, pending, state };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('shared stamp reads', () => {
  it('gives a request that arrives during a read the next read, shared by everyone who arrived meanwhile', async () => {
    const { db, pending } = gatedDb();
    const first = readStampShared(db, 'org');
    const during = Array.from({ length: 19 }, () => readStampShared(db, 'org'));
    expect(pending).toHaveLength(1);
    pending[0]!(1);
    expect((await first).revision).toBe(1);
    await tick();
    // One more read, started after the first ended, for all 19 that arrived during it.
    expect(pending).toHaveLength(2);
    pending[1]!(2);
    expect((await Promise.all(during)).map((stamp) => stamp.revision)).toEqual(new Array(19).fill(2));
  });

  it('starts a fresh read when none is in flight, and keeps orgs apart', async () => {
    const { db, pending } = gatedDb();
    const a = readStampShared(db, 'a');
    const b = readStampShared(db, 'b');
    expect(pending).toHaveLength(2);
    pending[0]!(7);
    pending[1]!(9);
    expect([(await a).revision, (await b).revision]).toEqual([7, 9]);
    const again = readStampShared(db, 'a', performance.now() + REUSE_MS);
    expect(pending).toHaveLength(3);
    pending[2]!(8);
    expect((await again).revision).toBe(8);
  });

  it('passes a failed read on to its callers and recovers on the next call', async () => {
    let fail = true;
    const db = { readInOrg: async () => (fail ? Promise.reject(new Error('down')) : [{ revision: 3, reporting_minimum: 5 }]), transactionEdges: () => 0 } as unknown as Database;
    await expect(readStampShared(db, 'x')).rejects.toThrow('down');
    fail = false;
    expect((await readStampShared(db, 'x')).revision).toBe(3);
  });

  it('reuses a finished read within the window while no transaction of this process began or ended', async () => {
    const { db, pending, state } = gatedDb();
    const first = readStampShared(db, 'org');
    pending[0]!(4);
    await first;
    expect((await readStampShared(db, 'org')).revision).toBe(4);
    expect(pending).toHaveLength(1);
    // A write through this process (a transaction starting): the next request reads again.
    state.edges++;
    const afterWrite = readStampShared(db, 'org');
    expect(pending).toHaveLength(2);
    pending[1]!(5);
    expect((await afterWrite).revision).toBe(5);
    // Past the window (a write by another process may have landed): read again.
    const late = readStampShared(db, 'org', performance.now() + REUSE_MS + 1);
    expect(pending).toHaveLength(3);
    pending[2]!(6);
    expect((await late).revision).toBe(6);
  });
});
