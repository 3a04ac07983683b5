import type { JournalEntryView } from '../../shared/dysfunction';
import type { JournalRow } from './journal-repository';

/** An entry as its author sees it. Never used for anyone else: shared entries have their own, author-free shape. */
export function presentOwnEntry(row: JournalRow): JournalEntryView {
  return {
    id: row.id,
    dysfunction: row.dysfunction as JournalEntryView['dysfunction'],
    trigger: row.trigger,
    situational: row.situational,
    existential: row.existential,
    response: row.response,
    interpretationIds: row.interpretationIds as JournalEntryView['interpretationIds'],
    responseIds: row.responseIds as JournalEntryView['responseIds'],
    shared: row.shared,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
