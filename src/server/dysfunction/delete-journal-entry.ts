import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { requireUser } from './access';
import { deleteEntryOf } from './journal-repository';

/** Deleting is final: the row is gone, with nothing kept aside. */
export async function deleteJournalEntry({ db, actor }: UseCaseContext, id: string): Promise<void> {
  const authorUserId = requireUser(actor, 'keep a journal');
  const deleted = await db.withOrg(actor.orgId, (tx) => deleteEntryOf(tx, actor.orgId, authorUserId, id));
  if (!deleted) throw notFound('That journal entry');
}
