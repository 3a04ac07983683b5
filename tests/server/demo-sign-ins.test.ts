import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDemoSignIns } from '../../src/server/demo/demo-sign-ins';
import { seedDemoOrg } from '../../src/server/demo/seed-demo-org';
import { openTestDb, type TestDb } from '../support/test-db';

describe('the demo sign-ins printed at start', () => {
  let test: TestDb;

  beforeAll(async () => {
    test = await openTestDb('pglite');
    await seedDemoOrg({ db: test.db, people: 80, seed: 3, now: new Date('2026-11-26T12:00:00Z'), contributors: [] });
  });
  afterAll(() => test.close());

  it('lists every role in order and says which side and level each member is on', async () => {
    const [demo] = await listDemoSignIns(test.db);
    expect(demo?.users.map((u) => u.role)).toEqual(['admin', 'analyst', 'leader', 'member', 'member']);
    const members = demo?.users.filter((u) => u.role === 'member').map((u) => u.side);
    expect(members?.sort()).toEqual(['marketing, middle', 'sales, frontline']);
    expect(demo?.users.find((u) => u.role === 'admin')?.side).toBeNull();
  });
});
