import type { JournalEntryInput, JournalEntryView } from '../../shared/dysfunction';
import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { requireUser } from './access';
import { presentOwnEntry } from './journal-presenter';
import { updateEntryOf } from './journal-repository';

/** The author rewrites an entry (including sharing or unsharing it). Someone else's entry is "not found", as if it did not exist. */
export async function updateJournalEntry({ db, actor }: UseCaseContext, id: string, input: JournalEntryInput, now = new Date()): Promise<JournalEntryView> {
  const authorUserId = requireUser(actor, 'keep a journal');
  return db.withOrg(actor.orgId, async (tx) => {
    const row = await updateEntryOf(tx, actor.orgId, authorUserId, id, { ...input, updatedAt: now });
    if (!row) throw notFound('That journal entry');
    return presentOwnEntry(row);
  });
}
