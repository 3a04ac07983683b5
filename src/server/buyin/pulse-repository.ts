import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Level, PersonFunction } from '../../domain/org/types';
import type { PulseItem } from '../../domain/buyin/pulse-items';
import type { Tx } from '../db/create-db';
import { rawRows } from '../db/raw';
import { people } from '../db/schema';
import { initiatives } from '../db/schema-buyin';
import { pulseInvitations, pulseResponses, pulses } from '../db/schema-pulses';

/** A pulse as stored, with its initiative's title (null for the organisation pulse). */
export interface PulseRow {
  id: string;
  kind: 'initiative' | 'organisation';
  initiativeId: string | null;
  initiativeTitle: string | null;
  title: string;
  items: PulseItem[];
  audienceLevels: Level[];
  audienceFunctions: PersonFunction[];
  audienceRegions: string[];
  openedAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  invitedCount: number;
  answeredCount: number;
  remindersSent: number;
  answersVersion: number;
}

const columns = {
  id: pulses.id,
  kind: pulses.kind,
  initiativeId: pulses.initiativeId,
  initiativeTitle: initiatives.title,
  title: pulses.title,
  items: pulses.items,
  audienceLevels: pulses.audienceLevels,
  audienceFunctions: pulses.audienceFunctions,
  audienceRegions: pulses.audienceRegions,
  openedAt: pulses.openedAt,
  closesAt: pulses.closesAt,
  closedAt: pulses.closedAt,
  invitedCount: pulses.invitedCount,
  answeredCount: pulses.answeredCount,
  remindersSent: pulses.remindersSent,
  answersVersion: pulses.answersVersion,
};

const withInitiative = and(eq(initiatives.orgId, pulses.orgId), eq(initiatives.id, pulses.initiativeId));

export async function findPulse(tx: Tx, orgId: string, pulseId: string): Promise<PulseRow | undefined> {
  const [row] = await tx.select(columns).from(pulses).leftJoin(initiatives, withInitiative).where(and(eq(pulses.orgId, orgId), eq(pulses.id, pulseId)));
  return row as PulseRow | undefined;
}

export async function listPulses(tx: Tx, orgId: string, filter: { kind?: 'initiative' | 'organisation'; initiativeIds?: readonly string[] }, limit = 200): Promise<PulseRow[]> {
  if (filter.initiativeIds && filter.initiativeIds.length === 0) return [];
  return (await tx
    .select(columns)
    .from(pulses)
    .leftJoin(initiatives, withInitiative)
    .where(
      and(
        eq(pulses.orgId, orgId),
        filter.kind ? eq(pulses.kind, filter.kind) : undefined,
        filter.initiativeIds ? inArray(pulses.initiativeId, [...filter.initiativeIds]) : undefined,
      ),
    )
    .orderBy(desc(pulses.openedAt))
    .limit(limit)) as PulseRow[];
}

export type NewPulse = typeof pulses.$inferInsert;
export async function insertPulse(tx: Tx, row: NewPulse): Promise<void> {
  await tx.insert(pulses).values(row);
}

export interface InvitationWrite {
  personId: string;
  level: Level;
  function: PersonFunction;
  region: string | null;
  managerChain: readonly string[];
}

/** Writes the invited list in chunks, each one statement of column arrays (see upsertPeople). */
export async function insertInvitations(tx: Tx, orgId: string, pulseId: string, rows: readonly InvitationWrite[]): Promise<void> {
  const chunkSize = 5_000;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const column = (values: unknown[]) => sql.param(values);
    await tx.execute(sql`
      insert into pulse_invitations (org_id, pulse_id, person_id, level, function, region, manager_chain)
      select ${orgId}::uuid, ${pulseId}::uuid, u.person_id, u.level, u.function, u.region, string_to_array(u.chain, ',')::uuid[]
      from unnest(${column(chunk.map((r) => r.personId))}::uuid[], ${column(chunk.map((r) => r.level))}::text[],
        ${column(chunk.map((r) => r.function))}::text[], ${column(chunk.map((r) => r.region))}::text[],
        ${column(chunk.map((r) => r.managerChain.join(',')))}::text[]) as u(person_id, level, function, region, chain)`);
  }
}

export async function findInvitation(tx: Tx, orgId: string, pulseId: string, personId: string) {
  const [row] = await tx
    .select({ personId: pulseInvitations.personId })
    .from(pulseInvitations)
    .where(and(eq(pulseInvitations.orgId, orgId), eq(pulseInvitations.pulseId, pulseId), eq(pulseInvitations.personId, personId)));
  return row;
}

/** One person's own response: only ever read for that person. */
export async function findOwnResponse(tx: Tx, orgId: string, pulseId: string, personId: string) {
  const [row] = await tx
    .select({ answers: pulseResponses.answers, answeredAt: pulseResponses.answeredAt, updatedAt: pulseResponses.updatedAt })
    .from(pulseResponses)
    .where(and(eq(pulseResponses.orgId, orgId), eq(pulseResponses.pulseId, pulseId), eq(pulseResponses.personId, personId)));
  return row as { answers: Record<string, number>; answeredAt: Date; updatedAt: Date } | undefined;
}

/**
 * Inserts the first response with the invitation's group attributes; false when this person has answered already (the
 * primary key refuses a second) or is not invited.
 */
export async function insertResponse(
  tx: Tx,
  row: { orgId: string; pulseId: string; personId: string; answers: Record<string, number>; scores: Record<string, number>; at: Date },
): Promise<boolean> {
  const inserted = await rawRows<{ person_id: string }>(tx, sql`
    insert into pulse_responses (org_id, pulse_id, person_id, answers, scores, answered_at, updated_at, level, function, region, manager_chain)
    select i.org_id, i.pulse_id, i.person_id, ${JSON.stringify(row.answers)}::jsonb, ${JSON.stringify(row.scores)}::jsonb, ${row.at.toISOString()}::timestamptz,
      ${row.at.toISOString()}::timestamptz, i.level, i.function, i.region, i.manager_chain
    from pulse_invitations i where i.org_id = ${row.orgId} and i.pulse_id = ${row.pulseId} and i.person_id = ${row.personId}
    on conflict do nothing
    returning person_id`);
  if (inserted.length === 0) return false;
  await bumpPulse(tx, row.orgId, row.pulseId, 1);
  return true;
}

export async function updateResponse(
  tx: Tx,
  row: { orgId: string; pulseId: string; personId: string; answers: Record<string, number>; scores: Record<string, number>; at: Date },
): Promise<boolean> {
  const updated = await tx
    .update(pulseResponses)
    .set({ answers: row.answers, scores: row.scores, updatedAt: row.at })
    .where(and(eq(pulseResponses.orgId, row.orgId), eq(pulseResponses.pulseId, row.pulseId), eq(pulseResponses.personId, row.personId)))
    .returning({ personId: pulseResponses.personId });
  if (updated.length === 0) return false;
  await bumpPulse(tx, row.orgId, row.pulseId, 0);
  return true;
}

export async function deleteResponse(tx: Tx, orgId: string, pulseId: string, personId: string): Promise<boolean> {
  const deleted = await tx
    .delete(pulseResponses)
    .where(and(eq(pulseResponses.orgId, orgId), eq(pulseResponses.pulseId, pulseId), eq(pulseResponses.personId, personId)))
    .returning({ personId: pulseResponses.personId });
  if (deleted.length === 0) return false;
  await bumpPulse(tx, orgId, pulseId, -1);
  return true;
}

async function bumpPulse(tx: Tx, orgId: string, pulseId: string, answered: number): Promise<void> {
  await tx
    .update(pulses)
    .set({ answeredCount: sql`${pulses.answeredCount} + ${answered}`, answersVersion: sql`${pulses.answersVersion} + 1` })
    .where(and(eq(pulses.orgId, orgId), eq(pulses.id, pulseId)));
}

export interface RespondentRow {
  level: Level;
  function: PersonFunction;
  region: string | null;
  managerChain: string[];
  scores: Record<string, number>;
}

/** Every response's scores with the respondent's group attributes — never who they are. One table, by its key. */
export async function listRespondents(tx: Tx, orgId: string, pulseId: string): Promise<RespondentRow[]> {
  return (await tx
    .select({ level: pulseResponses.level, function: pulseResponses.function, region: pulseResponses.region, managerChain: pulseResponses.managerChain, scores: pulseResponses.scores })
    .from(pulseResponses)
    .where(and(eq(pulseResponses.orgId, orgId), eq(pulseResponses.pulseId, pulseId)))
    .orderBy(asc(pulseResponses.personId))) as RespondentRow[];
}

export async function findManagers(tx: Tx, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({ id: people.id, name: people.name, level: people.level, function: people.function, region: people.region })
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, [...ids])));
}

/** Invitees who have not answered yet: who a reminder goes to. */
export async function listNotAnswered(tx: Tx, orgId: string, pulseId: string): Promise<string[]> {
  const rows = await rawRows<{ person_id: string }>(tx, sql`
    select i.person_id from pulse_invitations i
    where i.org_id = ${orgId} and i.pulse_id = ${pulseId}
      and not exists (select 1 from pulse_responses r where r.org_id = i.org_id and r.pulse_id = i.pulse_id and r.person_id = i.person_id)
    order by i.person_id`);
  return rows.map((r) => r.person_id);
}

export async function recordReminders(tx: Tx, orgId: string, pulseId: string, personIds: readonly string[], at: Date): Promise<void> {
  await tx
    .update(pulses)
    .set({ remindersSent: sql`${pulses.remindersSent} + ${personIds.length}` })
    .where(and(eq(pulses.orgId, orgId), eq(pulses.id, pulseId)));
  if (personIds.length > 0) {
    await tx
      .update(pulseInvitations)
      .set({ remindedAt: at })
      .where(and(eq(pulseInvitations.orgId, orgId), eq(pulseInvitations.pulseId, pulseId), isNull(pulseInvitations.remindedAt)));
  }
}

export async function closePulseRow(tx: Tx, orgId: string, pulseId: string, at: Date): Promise<void> {
  await tx
    .update(pulses)
    .set({ closedAt: at })
    .where(and(eq(pulses.orgId, orgId), eq(pulses.id, pulseId), isNull(pulses.closedAt)));
}

/** The pulses a person is invited to, with whether they answered, newest first. */
export async function listInvitedPulses(tx: Tx, orgId: string, personId: string, limit = 50): Promise<Array<PulseRow & { answered: boolean }>> {
  const rows = await tx
    .select({ ...columns, answeredAt: pulseResponses.answeredAt })
    .from(pulseInvitations)
    .innerJoin(pulses, and(eq(pulses.orgId, pulseInvitations.orgId), eq(pulses.id, pulseInvitations.pulseId)))
    .leftJoin(initiatives, withInitiative)
    .leftJoin(
      pulseResponses,
      and(eq(pulseResponses.orgId, pulseInvitations.orgId), eq(pulseResponses.pulseId, pulseInvitations.pulseId), eq(pulseResponses.personId, pulseInvitations.personId)),
    )
    .where(and(eq(pulseInvitations.orgId, orgId), eq(pulseInvitations.personId, personId)))
    .orderBy(desc(pulses.openedAt))
    .limit(limit);
  return rows.map(({ answeredAt, ...row }) => ({ ...(row as PulseRow), answered: answeredAt !== null }));
}

/**
 * The latest initiative pulse of each initiative (all, or those listed), with the initiative's title. Qualified by
 * hand: drizzle leaves single-table column references unqualified, which the subquery would capture.
 */
/** SQL twin of `resultsPublished` (domain/buyin/publication) for a pulse aliased `p`. */
export const publishedBy = (now: Date) => sql`(p.closed_at is not null or p.closes_at <= ${now.toISOString()}::timestamptz)`;

/** Each initiative with its newest pulse whose results are published at `now` (closed, or past its closing time). */
export async function latestInitiativePulses(tx: Tx, orgId: string, initiativeIds: readonly string[] | null, now: Date) {
  if (initiativeIds && initiativeIds.length === 0) return [];
  const rows = await tx
    .select({ id: initiatives.id, title: initiatives.title, pulseId: sql<string | null>`(
      select p.id from pulses p where p.org_id = "initiatives"."org_id" and p.initiative_id = "initiatives"."id" and p.kind = 'initiative'
        and ${publishedBy(now)}
      order by p.opened_at desc limit 1)` })
    .from(initiatives)
    .where(and(eq(initiatives.orgId, orgId), initiativeIds ? inArray(initiatives.id, [...initiativeIds]) : undefined))
    .orderBy(asc(initiatives.title), asc(initiatives.id));
  return rows;
}

/**
 * Many first responses at once (demo data and benchmarks): one statement of column arrays, then one counter update.
 * Callers pass checked answers for invited people who have not answered, with their invitation's attributes.
 */
export async function insertResponses(
  tx: Tx,
  orgId: string,
  pulseId: string,
  rows: ReadonlyArray<InvitationWrite & { answers: Record<string, number>; scores: Record<string, number>; at: Date }>,
): Promise<void> {
  const chunkSize = 5_000;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const column = (values: unknown[]) => sql.param(values);
    await tx.execute(sql`
      insert into pulse_responses (org_id, pulse_id, person_id, answers, scores, answered_at, updated_at, level, function, region, manager_chain)
      select ${orgId}::uuid, ${pulseId}::uuid, u.person_id, u.answers::jsonb, u.scores::jsonb, u.at, u.at, u.level, u.function, u.region,
        string_to_array(u.chain, ',')::uuid[]
      from unnest(${column(chunk.map((r) => r.personId))}::uuid[], ${column(chunk.map((r) => JSON.stringify(r.answers)))}::text[],
        ${column(chunk.map((r) => JSON.stringify(r.scores)))}::text[], ${column(chunk.map((r) => r.at.toISOString()))}::timestamptz[],
        ${column(chunk.map((r) => r.level))}::text[], ${column(chunk.map((r) => r.function))}::text[], ${column(chunk.map((r) => r.region))}::text[],
        ${column(chunk.map((r) => r.managerChain.join(',')))}::text[])
        as u(person_id, answers, scores, at, level, function, region, chain)`);
  }
  await tx
    .update(pulses)
    .set({ answeredCount: sql`${pulses.answeredCount} + ${rows.length}`, answersVersion: sql`${pulses.answersVersion} + 1` })
    .where(and(eq(pulses.orgId, orgId), eq(pulses.id, pulseId)));
}

/** Who is invited to a pulse, with their place at opening (demo data and benchmarks answer for them). */
export async function listInvitations(tx: Tx, orgId: string, pulseId: string) {
  return tx
    .select({ personId: pulseInvitations.personId, level: pulseInvitations.level, function: pulseInvitations.function, region: pulseInvitations.region, managerChain: pulseInvitations.managerChain })
    .from(pulseInvitations)
    .where(and(eq(pulseInvitations.orgId, orgId), eq(pulseInvitations.pulseId, pulseId)))
    .orderBy(asc(pulseInvitations.personId));
}

interface PulseJson {
  id: string;
  kind: PulseRow['kind'];
  initiative_id: string | null;
  initiative_title: string | null;
  title: string;
  /** Left out where only summaries are needed (the initiative page). */
  items?: PulseItem[];
  audience_levels: Level[];
  audience_functions: PersonFunction[];
  audience_regions: string[];
  opened_at: string;
  closes_at: string;
  closed_at: string | null;
  invited_count: number;
  answered_count: number;
  reminders_sent: number;
  answers_version: number;
}

const pulseFromJson = (p: PulseJson): PulseRow => ({
  id: p.id,
  kind: p.kind,
  initiativeId: p.initiative_id,
  initiativeTitle: p.initiative_title,
  title: p.title,
  items: p.items ?? [],
  audienceLevels: p.audience_levels,
  audienceFunctions: p.audience_functions,
  audienceRegions: p.audience_regions,
  openedAt: new Date(p.opened_at),
  closesAt: new Date(p.closes_at),
  closedAt: p.closed_at ? new Date(p.closed_at) : null,
  invitedCount: p.invited_count,
  answeredCount: p.answered_count,
  remindersSent: p.reminders_sent,
  answersVersion: p.answers_version,
});

/**
 * The buy-in section of an initiative's page in one round trip: its pulses (newest first, as summaries: without their
 * items), the org's latest published organisation pulse, and its blessings with who gave them. The page is the busiest read, so
 * this is one statement of two indexed lookups and a join, aggregated to JSON.
 */
export async function loadBuyinSection(tx: Tx, orgId: string, initiativeId: string, now: Date) {
  const pulseColumns = sql.raw(`p.id, p.kind, p.initiative_id, i.title as initiative_title, p.title, p.audience_levels, p.audience_functions,
    p.audience_regions, p.opened_at, p.closes_at, p.closed_at, p.invited_count, p.answered_count, p.reminders_sent, p.answers_version`);
  const [row] = await rawRows<{ pulses: PulseJson[]; organisation: PulseJson[]; blessings: Array<{ person_id: string; name: string; function: PersonFunction; level: Level; region: string | null; status: 'blessed' | 'not_yet' | 'withheld'; note: string; at: string }> }>(
    tx,
    sql`select
      (select coalesce(json_agg(x order by x.opened_at desc), '[]'::json) from (
        select ${pulseColumns} from pulses p left join initiatives i on i.org_id = p.org_id and i.id = p.initiative_id
        where p.org_id = ${orgId} and p.initiative_id = ${initiativeId}) x) as pulses,
      (select coalesce(json_agg(y), '[]'::json) from (
        select ${pulseColumns} from pulses p left join initiatives i on i.org_id = p.org_id and i.id = p.initiative_id
        where p.org_id = ${orgId} and p.kind = 'organisation' and ${publishedBy(now)}
        order by p.opened_at desc limit 1) y) as organisation,
      (select coalesce(json_agg(z order by z.name), '[]'::json) from (
        select b.person_id, pe.name, pe.function, pe.level, pe.region, b.status, b.note, b.at
        from blessings b join people pe on pe.org_id = b.org_id and pe.id = b.person_id
        where b.org_id = ${orgId} and b.initiative_id = ${initiativeId}) z) as blessings`,
  );
  return {
    pulses: (row?.pulses ?? []).map(pulseFromJson),
    organisation: row?.organisation[0] ? pulseFromJson(row.organisation[0]) : undefined,
    blessings: (row?.blessings ?? []).map((b) => ({ personId: b.person_id, name: b.name, function: b.function, level: b.level, region: b.region, status: b.status, note: b.note, at: new Date(b.at) })),
  };
}

/** How many answered each pulse and their mean belief score: one grouped read of the responses table. */
export async function beliefTotals(tx: Tx, orgId: string, pulseIds: readonly string[]): Promise<Map<string, { n: number; belief: number | null }>> {
  if (pulseIds.length === 0) return new Map();
  const rows = await tx
    .select({ pulseId: pulseResponses.pulseId, n: sql<number>`count(*)::int`, belief: sql<number | null>`avg((${pulseResponses.scores}->>'belief')::float8)` })
    .from(pulseResponses)
    .where(and(eq(pulseResponses.orgId, orgId), inArray(pulseResponses.pulseId, [...pulseIds])))
    .groupBy(pulseResponses.pulseId);
  return new Map(rows.map((r) => [r.pulseId, { n: Number(r.n), belief: r.belief === null ? null : Number(r.belief) }]));
}
