import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { people } from '../db/schema';
import { initiativeHistory, initiatives } from '../db/schema-buyin';

/** One initiative's own row, as stored. */
export type InitiativeRow = typeof initiatives.$inferSelect;
export type InitiativeWrite = typeof initiatives.$inferInsert;
export type HistoryRow = typeof initiativeHistory.$inferSelect;
export type Stage = InitiativeRow['stage'];

/** The initiative's core row, or undefined when it does not exist in this org. */
export async function findInitiative(tx: Tx, orgId: string, initiativeId: string): Promise<InitiativeRow | undefined> {
  const [row] = await tx
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.orgId, orgId), eq(initiatives.id, initiativeId)));
  return row;
}

export interface InitiativeFilter {
  stage?: Stage | undefined;
  q?: string | undefined;
  ownerPersonId?: string | undefined;
  stages?: readonly Stage[];
}

export async function listInitiatives(tx: Tx, orgId: string, filter: InitiativeFilter): Promise<InitiativeRow[]> {
  const escaped = filter.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  const where: SQL | undefined = and(
    eq(initiatives.orgId, orgId),
    filter.stage ? eq(initiatives.stage, filter.stage) : undefined,
    filter.stages ? inArray(initiatives.stage, [...filter.stages]) : undefined,
    filter.ownerPersonId ? eq(initiatives.ownerPersonId, filter.ownerPersonId) : undefined,
    escaped ? or(ilike(initiatives.title, `%${escaped}%`), ilike(initiatives.summary, `%${escaped}%`)) : undefined,
  );
  return tx.select().from(initiatives).where(where).orderBy(desc(initiatives.updatedAt), asc(initiatives.id)).limit(1000);
}

export async function insertInitiative(tx: Tx, row: InitiativeWrite): Promise<InitiativeRow> {
  const [inserted] = await tx.insert(initiatives).values(row).returning();
  return inserted as InitiativeRow;
}

/**
 * Writes changes only when the stored version is still `version`, bumping it; undefined when someone else wrote
 * first (or the initiative is gone), so the caller can answer 409.
 */
export async function updateInitiativeIfVersion(
  tx: Tx,
  orgId: string,
  initiativeId: string,
  version: number,
  changes: Partial<Omit<InitiativeWrite, 'orgId' | 'id' | 'version'>>,
  now: Date,
): Promise<InitiativeRow | undefined> {
  const [row] = await tx
    .update(initiatives)
    .set({ ...changes, version: sql`${initiatives.version} + 1`, updatedAt: now })
    .where(and(eq(initiatives.orgId, orgId), eq(initiatives.id, initiativeId), eq(initiatives.version, version)))
    .returning();
  return row;
}

/** Marks the initiative as changed by something beside its own fields (feedback, evidence…), for the list's order. */
export async function touchInitiative(tx: Tx, orgId: string, initiativeId: string, now: Date): Promise<void> {
  await tx.update(initiatives).set({ updatedAt: now }).where(and(eq(initiatives.orgId, orgId), eq(initiatives.id, initiativeId)));
}

export async function insertHistory(tx: Tx, row: typeof initiativeHistory.$inferInsert): Promise<void> {
  await tx.insert(initiativeHistory).values(row);
}

/** Initiatives among `ids` whose history holds an absorption override. */
export async function initiativesWithOverride(tx: Tx, orgId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .selectDistinct({ id: initiativeHistory.initiativeId })
    .from(initiativeHistory)
    .where(and(eq(initiativeHistory.orgId, orgId), inArray(initiativeHistory.initiativeId, [...ids]), eq(initiativeHistory.kind, 'override')));
  return new Set(rows.map((r) => r.id));
}

export interface PersonRefRow {
  id: string;
  name: string;
  function: 'sales' | 'marketing' | 'other';
  level: 'senior' | 'middle' | 'frontline';
  region: string | null;
}

/** Name, function, level and region of the given people, in one query. */
export async function findPersonRefs(tx: Tx, orgId: string, ids: Iterable<string | null | undefined>): Promise<Map<string, PersonRefRow>> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .select({ id: people.id, name: people.name, function: people.function, level: people.level, region: people.region })
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, wanted)));
  return new Map(rows.map((r) => [r.id, r]));
}
