import { and, desc, eq, sql } from 'drizzle-orm';
import type { JournalCount } from '../../domain/dysfunction/journal-aggregate';
import type { Tx } from '../db/create-db';
import { rawRows } from '../db/raw';
import { journalEntries } from '../db/schema-dysfunction';

export type JournalRow = typeof journalEntries.$inferSelect;

/** Every read and write of an entry names its author: no query here can return someone else's private entry. */
export async function insertJournalEntry(tx: Tx, row: typeof journalEntries.$inferInsert): Promise<JournalRow> {
  const [inserted] = await tx.insert(journalEntries).values(row).returning();
  return inserted as JournalRow;
}

export async function listEntriesOf(tx: Tx, orgId: string, authorUserId: string): Promise<JournalRow[]> {
  return tx
    .select()
    .from(journalEntries)
    .where(and(eq(journalEntries.orgId, orgId), eq(journalEntries.authorUserId, authorUserId)))
    .orderBy(desc(journalEntries.createdAt))
    .limit(1000);
}

export async function findEntryOf(tx: Tx, orgId: string, authorUserId: string, id: string): Promise<JournalRow | undefined> {
  const [row] = await tx
    .select()
    .from(journalEntries)
    .where(and(eq(journalEntries.orgId, orgId), eq(journalEntries.authorUserId, authorUserId), eq(journalEntries.id, id)));
  return row;
}

export async function updateEntryOf(tx: Tx, orgId: string, authorUserId: string, id: string, changes: Partial<JournalRow>): Promise<JournalRow | undefined> {
  const [row] = await tx
    .update(journalEntries)
    .set(changes)
    .where(and(eq(journalEntries.orgId, orgId), eq(journalEntries.authorUserId, authorUserId), eq(journalEntries.id, id)))
    .returning();
  return row;
}

export async function deleteEntryOf(tx: Tx, orgId: string, authorUserId: string, id: string): Promise<boolean> {
  const deleted = await tx
    .delete(journalEntries)
    .where(and(eq(journalEntries.orgId, orgId), eq(journalEntries.authorUserId, authorUserId), eq(journalEntries.id, id)))
    .returning({ id: journalEntries.id });
  return deleted.length > 0;
}

/** Entries their authors shared, without any author column. */
export async function listSharedEntries(tx: Tx, orgId: string) {
  return tx
    .select({
      id: journalEntries.id,
      side: journalEntries.authorFunction,
      dysfunction: journalEntries.dysfunction,
      trigger: journalEntries.trigger,
      situational: journalEntries.situational,
      existential: journalEntries.existential,
      response: journalEntries.response,
      interpretationIds: journalEntries.interpretationIds,
      responseIds: journalEntries.responseIds,
      createdAt: journalEntries.createdAt,
    })
    .from(journalEntries)
    .where(and(eq(journalEntries.orgId, orgId), eq(journalEntries.shared, true)))
    .orderBy(desc(journalEntries.createdAt))
    .limit(500);
}

/**
 * Entries and distinct authors per (dysfunction, tag) for every function × level cell and its margins, in one pass
 * with grouping sets. Only the two sides of the interface count; the rows never carry an author.
 */
export async function countJournalTags(tx: Tx, orgId: string): Promise<JournalCount[]> {
  const rows = await rawRows<{ dysfunction: string; tag: string; fn: string | null; level: string | null; entries: number; authors: number }>(
    tx,
    sql`
      select e.dysfunction, t.tag, e.author_function as fn, e.author_level as level,
             count(*)::int as entries, count(distinct e.author_user_id)::int as authors
      from journal_entries e
      cross join lateral unnest(e.interpretation_ids || e.response_ids) as t(tag)
      where e.org_id = ${orgId} and e.author_function in ('sales', 'marketing') and e.author_level is not null
      group by grouping sets ((e.dysfunction, t.tag, e.author_function, e.author_level), (e.dysfunction, t.tag, e.author_function),
                              (e.dysfunction, t.tag, e.author_level), (e.dysfunction, t.tag))`,
  );
  return rows.map((r) => ({
    dysfunction: r.dysfunction as JournalCount['dysfunction'],
    tag: r.tag as JournalCount['tag'],
    function: r.fn as JournalCount['function'],
    level: r.level as JournalCount['level'],
    entries: r.entries,
    authors: r.authors,
  }));
}
