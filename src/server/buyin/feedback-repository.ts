import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { feedbackItems, feedbackResponses, initiatives } from '../db/schema-buyin';

/** A feedback item with its initiative's title, owner and its response (if any), in one row. */
export interface FeedbackRow {
  id: string;
  initiativeId: string;
  initiativeTitle: string;
  initiativeOwnerId: string;
  authorPersonId: string;
  kind: 'question' | 'comment' | 'concern' | 'idea';
  text: string;
  anonymous: boolean;
  stageAtCreation: typeof feedbackItems.$inferSelect.stageAtCreation;
  createdAt: Date;
  response: { decision: 'adopted' | 'partly' | 'not_adopted'; reason: string; byPersonId: string | null; at: Date } | null;
}

const columns = {
  id: feedbackItems.id,
  initiativeId: feedbackItems.initiativeId,
  initiativeTitle: initiatives.title,
  initiativeOwnerId: initiatives.ownerPersonId,
  authorPersonId: feedbackItems.authorPersonId,
  kind: feedbackItems.kind,
  text: feedbackItems.text,
  anonymous: feedbackItems.anonymous,
  stageAtCreation: feedbackItems.stageAtCreation,
  createdAt: feedbackItems.createdAt,
  decision: feedbackResponses.decision,
  reason: feedbackResponses.reason,
  byPersonId: feedbackResponses.byPersonId,
  respondedAt: feedbackResponses.at,
};

type Selected = { [K in keyof typeof columns]: unknown };
function toRow(row: Selected): FeedbackRow {
  const r = row as Omit<FeedbackRow, 'response'> & { decision: FeedbackRow['response'] extends infer R ? (R extends { decision: infer D } ? D | null : never) : never; reason: string | null; byPersonId: string | null; respondedAt: Date | null };
  return {
    id: r.id,
    initiativeId: r.initiativeId,
    initiativeTitle: r.initiativeTitle,
    initiativeOwnerId: r.initiativeOwnerId,
    authorPersonId: r.authorPersonId,
    kind: r.kind,
    text: r.text,
    anonymous: r.anonymous,
    stageAtCreation: r.stageAtCreation,
    createdAt: r.createdAt,
    response: r.decision && r.respondedAt ? { decision: r.decision, reason: r.reason ?? '', byPersonId: r.byPersonId, at: r.respondedAt } : null,
  };
}

async function select(tx: Tx, where: SQL | undefined, newestFirst = false): Promise<FeedbackRow[]> {
  const rows = await tx
    .select(columns)
    .from(feedbackItems)
    .innerJoin(initiatives, and(eq(initiatives.orgId, feedbackItems.orgId), eq(initiatives.id, feedbackItems.initiativeId)))
    .leftJoin(feedbackResponses, and(eq(feedbackResponses.orgId, feedbackItems.orgId), eq(feedbackResponses.feedbackId, feedbackItems.id)))
    .where(where)
    .orderBy(newestFirst ? desc(feedbackItems.createdAt) : asc(feedbackItems.createdAt), asc(feedbackItems.id))
    .limit(2000);
  return rows.map(toRow);
}

export async function insertFeedback(tx: Tx, row: typeof feedbackItems.$inferInsert): Promise<void> {
  await tx.insert(feedbackItems).values(row);
}

export async function findFeedback(tx: Tx, orgId: string, feedbackId: string): Promise<FeedbackRow | undefined> {
  const [row] = await select(tx, and(eq(feedbackItems.orgId, orgId), eq(feedbackItems.id, feedbackId)));
  return row;
}

export async function listFeedbackOf(tx: Tx, orgId: string, initiativeId: string, status?: 'open' | 'closed'): Promise<FeedbackRow[]> {
  return select(
    tx,
    and(
      eq(feedbackItems.orgId, orgId),
      eq(feedbackItems.initiativeId, initiativeId),
      status === 'open' ? isNull(feedbackResponses.feedbackId) : status === 'closed' ? sql`${feedbackResponses.feedbackId} is not null` : undefined,
    ),
  );
}

/** Unanswered feedback, oldest first: of initiatives owned by `ownerPersonId`, or of every initiative. */
export async function listOpenFeedback(tx: Tx, orgId: string, ownerPersonId: string | null): Promise<FeedbackRow[]> {
  return select(tx, and(eq(feedbackItems.orgId, orgId), isNull(feedbackResponses.feedbackId), ownerPersonId ? eq(initiatives.ownerPersonId, ownerPersonId) : undefined));
}

/** Answered feedback a person wrote, newest first. */
export async function listAnsweredFeedbackBy(tx: Tx, orgId: string, authorPersonId: string, limit: number): Promise<FeedbackRow[]> {
  const rows = await select(
    tx,
    and(eq(feedbackItems.orgId, orgId), eq(feedbackItems.authorPersonId, authorPersonId), sql`${feedbackResponses.feedbackId} is not null`),
    true,
  );
  return rows.slice(0, limit);
}

/** The one response; false when the item already has one (the primary key refuses a second). */
export async function insertResponse(tx: Tx, row: typeof feedbackResponses.$inferInsert): Promise<boolean> {
  const inserted = await tx.insert(feedbackResponses).values(row).onConflictDoNothing().returning({ id: feedbackResponses.feedbackId });
  return inserted.length === 1;
}

/** When each piece of feedback on these initiatives was asked and answered, for loop counts on the list page. */
export async function loopTimes(tx: Tx, orgId: string, initiativeIds: readonly string[]) {
  if (initiativeIds.length === 0) return [];
  return tx
    .select({ initiativeId: feedbackItems.initiativeId, createdAt: feedbackItems.createdAt, respondedAt: feedbackResponses.at })
    .from(feedbackItems)
    .leftJoin(feedbackResponses, and(eq(feedbackResponses.orgId, feedbackItems.orgId), eq(feedbackResponses.feedbackId, feedbackItems.id)))
    .where(and(eq(feedbackItems.orgId, orgId), inArray(feedbackItems.initiativeId, [...initiativeIds]), isNull(feedbackResponses.feedbackId)));
}
