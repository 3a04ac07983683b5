import type { JournalEntryInput, JournalEntryView } from '../../shared/dysfunction';
import type { UseCaseContext } from '../actor';
import { newId } from '../ids';
import { personOf, requireUser } from './access';
import { presentOwnEntry } from './journal-presenter';
import { insertJournalEntry } from './journal-repository';

/**
 * A person records a dysfunction they met. Their current function and level are copied onto the entry for the
 * anonymous aggregates; an account without a person can keep a journal but adds nothing to them.
 */
export async function writeJournalEntry({ db, actor }: UseCaseContext, input: JournalEntryInput, now = new Date()): Promise<JournalEntryView> {
  const authorUserId = requireUser(actor, 'keep a journal');
  return db.withOrg(actor.orgId, async (tx) => {
    const person = await personOf(tx, actor);
    const row = await insertJournalEntry(tx, {
      orgId: actor.orgId,
      id: newId(now.getTime()),
      authorUserId,
      authorFunction: person?.function ?? null,
      authorLevel: person?.level ?? null,
      ...input,
      createdAt: now,
      updatedAt: now,
    });
    return presentOwnEntry(row);
  });
}
