import { sql } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { rawRows } from '../db/raw';
import type { FeedbackRow } from './feedback-repository';
import type { FlexRow } from './flex-repository';
import type { HistoryRow } from './initiatives-repository';
import type { AdvisoryInputRow, AdvisoryMemberRow, EvidenceRow, TestMarketRow, WorkingSessionRow } from './involvement-repository';

/** Every list on an initiative's page except people and pulses. */
export interface InitiativePageRows {
  history: HistoryRow[];
  evidence: EvidenceRow[];
  members: AdvisoryMemberRow[];
  inputs: AdvisoryInputRow[];
  sessions: WorkingSessionRow[];
  testMarkets: TestMarketRow[];
  feedback: FeedbackRow[];
  flex: FlexRow[];
}

type Json = Record<string, unknown>;
const date = (value: unknown) => new Date(value as string);
const dateOrNull = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string));

/**
 * The page's sections in one statement (one round trip instead of eight): each section is a json_agg subquery over
 * its own (org_id, initiative_id) index. Timestamps come back as ISO strings and are turned into Dates here, so the
 * rows match what the per-section repositories return.
 */
export async function loadInitiativePageRows(tx: Tx, orgId: string, initiativeId: string): Promise<InitiativePageRows> {
  const [row] = await rawRows<Record<keyof InitiativePageRows, Json[]>>(
    tx,
    sql`
    select
      (select coalesce(json_agg(x order by x.seq), '[]') from (
        select h.id, h.seq, h.at, h.by_name as "byName", h.kind, h.from_stage as "fromStage", h.to_stage as "toStage", h.note
        from initiative_history h where h.org_id = ${orgId} and h.initiative_id = ${initiativeId}) x) as history,
      (select coalesce(json_agg(x order by x."addedAt", x.id), '[]') from (
        select e.id, e.kind, e.title, e.url, e.note, e.file_name as "fileName", e.file_bytes as "fileBytes", e.added_by_name as "addedByName", e.added_at as "addedAt"
        from evidence e where e.org_id = ${orgId} and e.initiative_id = ${initiativeId}) x) as evidence,
      (select coalesce(json_agg(x order by x."addedAt", x.id), '[]') from (
        select m.id, m.person_id as "personId", m.note, m.added_at as "addedAt"
        from advisory_members m where m.org_id = ${orgId} and m.initiative_id = ${initiativeId}) x) as members,
      (select coalesce(json_agg(x order by x.at, x.id), '[]') from (
        select a.id, a.member_id as "memberId", a.text, a.at
        from advisory_inputs a where a.org_id = ${orgId} and a.initiative_id = ${initiativeId}) x) as inputs,
      (select coalesce(json_agg(x order by x.date, x.id), '[]') from (
        select s.id, s.title, s.date, s.notes, s.outcomes, s.created_at as "createdAt",
          coalesce((select array_agg(w.person_id) from working_session_attendees w where w.org_id = s.org_id and w.session_id = s.id), '{}') as "attendeeIds"
        from working_sessions s where s.org_id = ${orgId} and s.initiative_id = ${initiativeId}) x) as sessions,
      (select coalesce(json_agg(x order by x."startDate", x.id), '[]') from (
        select t.id, t.regions, t.start_date as "startDate", t.end_date as "endDate", t.results, t.changes, t.created_at as "createdAt", t.updated_at as "updatedAt"
        from test_markets t where t.org_id = ${orgId} and t.initiative_id = ${initiativeId}) x) as "testMarkets",
      (select coalesce(json_agg(x order by x."createdAt", x.id), '[]') from (
        select f.id, f.author_person_id as "authorPersonId", f.kind, f.text, f.anonymous, f.stage_at_creation as "stageAtCreation", f.created_at as "createdAt",
          r.decision, r.reason, r.by_person_id as "byPersonId", r.at as "respondedAt"
        from feedback_items f left join feedback_responses r on r.org_id = f.org_id and r.feedback_id = f.id
        where f.org_id = ${orgId} and f.initiative_id = ${initiativeId}) x) as feedback,
      (select coalesce(json_agg(x order by x."requestedAt", x.id), '[]') from (
        select q.id, q.region, q.aspect, q.request, q.requested_by_person_id as "requestedByPersonId", q.requested_at as "requestedAt", q.status, q.reason,
          q.sales_commits as "salesCommits", q.marketing_commits as "marketingCommits", q.decided_by_person_id as "decidedByPersonId", q.decided_at as "decidedAt"
        from flex_requests q where q.org_id = ${orgId} and q.initiative_id = ${initiativeId}) x) as flex`,
  );
  const page = row as Record<keyof InitiativePageRows, Json[]>;
  const common = { orgId, initiativeId };
  return {
    history: page.history.map((h) => ({ ...common, ...h, at: date(h.at) }) as HistoryRow),
    evidence: page.evidence.map((e) => ({ ...common, ...e, addedAt: date(e.addedAt) }) as EvidenceRow),
    members: page.members.map((m) => ({ ...common, ...m, addedAt: date(m.addedAt) }) as AdvisoryMemberRow),
    inputs: page.inputs.map((i) => ({ ...common, ...i, at: date(i.at) }) as AdvisoryInputRow),
    sessions: page.sessions.map((s) => ({ ...common, ...s, createdAt: date(s.createdAt) }) as WorkingSessionRow),
    testMarkets: page.testMarkets.map((t) => ({ ...common, ...t, createdAt: date(t.createdAt), updatedAt: date(t.updatedAt) }) as TestMarketRow),
    feedback: page.feedback.map(
      (f) =>
        ({
          id: f.id,
          initiativeId,
          initiativeTitle: '',
          initiativeOwnerId: '',
          authorPersonId: f.authorPersonId,
          kind: f.kind,
          text: f.text,
          anonymous: f.anonymous,
          stageAtCreation: f.stageAtCreation,
          createdAt: date(f.createdAt),
          response: f.decision ? { decision: f.decision, reason: f.reason ?? '', byPersonId: f.byPersonId ?? null, at: date(f.respondedAt) } : null,
        }) as FeedbackRow,
    ),
    flex: page.flex.map((q) => ({ ...common, ...q, requestedAt: date(q.requestedAt), decidedAt: dateOrNull(q.decidedAt) }) as FlexRow),
  };
}
