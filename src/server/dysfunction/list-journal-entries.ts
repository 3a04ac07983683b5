import type { UseCaseContext } from '../actor';
import { presentOwnEntry } from './journal-presenter';
import { listEntriesOf } from './journal-repository';

/** My own entries, newest first. There is no way to list anyone else's. */
export async function listJournalEntries({ db, actor }: UseCaseContext) {
  if (!actor.userId) return { items: [] };
  const authorUserId = actor.userId;
  return db.withOrg(actor.orgId, async (tx) => ({ items: (await listEntriesOf(tx, actor.orgId, authorUserId)).map(presentOwnEntry) }));
}
