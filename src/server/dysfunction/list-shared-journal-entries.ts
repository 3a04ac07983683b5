import type { SharedEntryView } from '../../shared/dysfunction';
import { requireRole, type UseCaseContext } from '../actor';
import { SHARED_JOURNAL_READER_ROLES } from './access';
import { listSharedEntries } from './journal-repository';

/** Entries their authors chose to share, for analysts: no author, only the side and the month. */
export async function listSharedJournalEntries({ db, actor }: UseCaseContext): Promise<{ items: SharedEntryView[] }> {
  requireRole(actor, SHARED_JOURNAL_READER_ROLES, 'read shared journal entries');
  const rows = await db.withOrg(actor.orgId, (tx) => listSharedEntries(tx, actor.orgId));
  return {
    items: rows.map((row) => ({
      id: row.id,
      side: row.side === 'sales' || row.side === 'marketing' ? row.side : null,
      month: row.createdAt.toISOString().slice(0, 7),
      dysfunction: row.dysfunction as SharedEntryView['dysfunction'],
      trigger: row.trigger,
      situational: row.situational,
      existential: row.existential,
      response: row.response,
      interpretationIds: row.interpretationIds as SharedEntryView['interpretationIds'],
      responseIds: row.responseIds as SharedEntryView['responseIds'],
    })),
  };
}
