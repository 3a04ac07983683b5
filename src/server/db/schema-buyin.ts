import {
  type AnyPgColumn,
  bigint,
  boolean,
  customType,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgIsolation, orgs, people, users } from './schema';

/**
 * Initiatives and the closed feedback loop (PRODUCT.md module 2, DOMAIN.md §2): the initiative and its history,
 * evidence, involvement (advisory board, working sessions, test markets), feedback with one response each, flex
 * requests, and the generic notifications every module may write to.
 */
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const optionalAt = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const orgId = () => uuid('org_id').notNull().references(() => orgs.orgId);
const day = (name: string) => date(name, { mode: 'string' });

/** Raw file bytes (Postgres bytea); both drivers hand back a Buffer or Uint8Array. */
const bytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

const STAGES = ['draft', 'involvement', 'test_market', 'absorption', 'commitment', 'rollout', 'review'] as const;

export const initiatives = pgTable(
  'initiatives',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    stage: text('stage', { enum: STAGES }).notNull().default('draft'),
    ownerPersonId: uuid('owner_person_id').notNull(),
    targetSegments: text('target_segments').array().notNull().default([]),
    targetRegions: text('target_regions').array().notNull().default([]),
    startDate: day('start_date'),
    rolloutDate: day('rollout_date'),
    rationale: text('rationale').notNull().default(''),
    expectedSalesBenefit: text('expected_sales_benefit').notNull().default(''),
    /** Business days sales gets to absorb the initiative before any commitment ask. */
    absorptionBusinessDays: integer('absorption_business_days').notNull().default(10),
    absorptionStartedAt: optionalAt('absorption_started_at'),
    absorptionEndsAt: optionalAt('absorption_ends_at'),
    /** Stages skipped on the way (each with a reason in the history): the checklist reads them. */
    skippedStages: text('skipped_stages').array().notNull().default([]),
    /** Optimistic concurrency: every write bumps it; a write carrying an older version is refused. */
    version: integer('version').notNull().default(1),
    /**
     * Bumped by database triggers in the same transaction as any write to the initiative or to anything its page
     * shows (migration buyin_page_revision): the page cache is keyed by it, so a cached page is never stale.
     */
    revision: bigint('revision', { mode: 'number' }).notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: at('created_at'),
    updatedAt: at('updated_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.ownerPersonId], foreignColumns: [people.orgId, people.id], name: 'initiatives_owner_fk' }),
    index('initiatives_org_stage_idx').on(t.orgId, t.stage),
    index('initiatives_org_owner_idx').on(t.orgId, t.ownerPersonId),
    index('initiatives_org_updated_idx').on(t.orgId, t.updatedAt),
    orgIsolation('initiatives'),
  ],
).enableRLS();

/** A foreign key to the initiative a row belongs to; the row goes with it. */
export const initiativeFk = (t: { orgId: AnyPgColumn; initiativeId: AnyPgColumn }, name: string) =>
  foreignKey({ columns: [t.orgId, t.initiativeId], foreignColumns: [initiatives.orgId, initiatives.id], name }).onDelete('cascade');

const personFk = (t: { orgId: AnyPgColumn }, column: AnyPgColumn, name: string) =>
  foreignKey({ columns: [t.orgId, column], foreignColumns: [people.orgId, people.id], name });

export const initiativeHistory = pgTable(
  'initiative_history',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    /** Orders entries written in the same millisecond (ids are random within one). */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    at: at('at'),
    /** The actor's name when it happened (a user without a person, or the CLI, still has one). */
    byName: text('by_name'),
    kind: text('kind', {
      enum: ['created', 'edited', 'stage', 'override', 'evidence', 'involvement', 'test_market', 'feedback', 'response', 'flex', 'pulse', 'blessing'],
    }).notNull(),
    fromStage: text('from_stage', { enum: STAGES }),
    toStage: text('to_stage', { enum: STAGES }),
    note: text('note').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    initiativeFk(t, 'initiative_history_initiative_fk'),
    index('initiative_history_initiative_idx').on(t.orgId, t.initiativeId, t.seq),
    orgIsolation('initiative_history'),
  ],
).enableRLS();

export const evidence = pgTable(
  'evidence',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    kind: text('kind', { enum: ['data', 'research', 'link', 'file', 'customer', 'other'] }).notNull(),
    title: text('title').notNull(),
    url: text('url'),
    note: text('note').notNull().default(''),
    fileName: text('file_name'),
    fileBytes: integer('file_bytes'),
    /** The file itself (at most limits.evidenceFileBytes); only the download reads this column. */
    fileContent: bytes('file_content'),
    addedByName: text('added_by_name'),
    addedAt: at('added_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    initiativeFk(t, 'evidence_initiative_fk'),
    index('evidence_initiative_idx').on(t.orgId, t.initiativeId),
    orgIsolation('evidence'),
  ],
).enableRLS();

export const advisoryMembers = pgTable(
  'advisory_members',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    personId: uuid('person_id').notNull(),
    note: text('note').notNull().default(''),
    addedAt: at('added_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    initiativeFk(t, 'advisory_members_initiative_fk'),
    personFk(t, t.personId, 'advisory_members_person_fk'),
    uniqueIndex('advisory_members_person_key').on(t.orgId, t.initiativeId, t.personId),
    orgIsolation('advisory_members'),
  ],
).enableRLS();

export const advisoryInputs = pgTable(
  'advisory_inputs',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    memberId: uuid('member_id').notNull(),
    text: text('text').notNull(),
    at: at('at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    initiativeFk(t, 'advisory_inputs_initiative_fk'),
    foreignKey({ columns: [t.orgId, t.memberId], foreignColumns: [advisoryMembers.orgId, advisoryMembers.id], name: 'advisory_inputs_member_fk' }).onDelete('cascade'),
    index('advisory_inputs_initiative_idx').on(t.orgId, t.initiativeId),
    orgIsolation('advisory_inputs'),
  ],
).enableRLS();

export const workingSessions = pgTable(
  'working_sessions',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    title: text('title').notNull(),
    date: day('date').notNull(),
    notes: text('notes').notNull().default(''),
    outcomes: text('outcomes').notNull().default(''),
    createdAt: at('created_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    initiativeFk(t, 'working_sessions_initiative_fk'),
    index('working_sessions_initiative_idx').on(t.orgId, t.initiativeId),
    orgIsolation('working_sessions'),
  ],
).enableRLS();

export const workingSessionAttendees = pgTable(
  'working_session_attendees',
  {
    orgId: orgId(),
    sessionId: uuid('session_id').notNull(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.sessionId, t.personId] }),
    foreignKey({ columns: [t.orgId, t.sessionId], foreignColumns: [workingSessions.orgId, workingSessions.id], name: 'working_session_attendees_session_fk' }).onDelete('cascade'),
    personFk(t, t.personId, 'working_session_attendees_person_fk'),
    orgIsolation('working_session_attendees'),
  ],
).enableRLS();

export const testMarkets = pgTable(
  'test_markets',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    regions: text('regions').array().notNull(),
    startDate: day('start_date').notNull(),
    endDate: day('end_date').notNull(),
    results: text('results').notNull().default(''),
    changes: text('changes').notNull().default(''),
    createdAt: at('created_at'),
    updatedAt: at('updated_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    initiativeFk(t, 'test_markets_initiative_fk'),
    index('test_markets_initiative_idx').on(t.orgId, t.initiativeId),
    orgIsolation('test_markets'),
  ],
).enableRLS();

export const feedbackItems = pgTable(
  'feedback_items',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    authorPersonId: uuid('author_person_id').notNull(),
    kind: text('kind', { enum: ['question', 'comment', 'concern', 'idea'] }).notNull(),
    text: text('text').notNull(),
    anonymous: boolean('anonymous').notNull().default(false),
    stageAtCreation: text('stage_at_creation', { enum: STAGES }).notNull(),
    createdAt: at('created_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    initiativeFk(t, 'feedback_items_initiative_fk'),
    personFk(t, t.authorPersonId, 'feedback_items_author_fk'),
    index('feedback_items_initiative_idx').on(t.orgId, t.initiativeId, t.createdAt),
    index('feedback_items_author_idx').on(t.orgId, t.authorPersonId),
    orgIsolation('feedback_items'),
  ],
).enableRLS();

/** One response per feedback item: the primary key makes a second one impossible. */
export const feedbackResponses = pgTable(
  'feedback_responses',
  {
    orgId: orgId(),
    feedbackId: uuid('feedback_id').notNull(),
    /** Denormalised so an initiative's responses come in one indexed query. */
    initiativeId: uuid('initiative_id').notNull(),
    decision: text('decision', { enum: ['adopted', 'partly', 'not_adopted'] }).notNull(),
    reason: text('reason').notNull(),
    byPersonId: uuid('by_person_id'),
    at: at('at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.feedbackId] }),
    foreignKey({ columns: [t.orgId, t.feedbackId], foreignColumns: [feedbackItems.orgId, feedbackItems.id], name: 'feedback_responses_item_fk' }).onDelete('cascade'),
    initiativeFk(t, 'feedback_responses_initiative_fk'),
    personFk(t, t.byPersonId, 'feedback_responses_by_fk'),
    index('feedback_responses_initiative_idx').on(t.orgId, t.initiativeId),
    orgIsolation('feedback_responses'),
  ],
).enableRLS();

export const flexRequests = pgTable(
  'flex_requests',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    region: text('region').notNull(),
    aspect: text('aspect', { enum: ['price', 'message', 'material', 'timing'] }).notNull(),
    request: text('request').notNull(),
    requestedByPersonId: uuid('requested_by_person_id').notNull(),
    requestedAt: at('requested_at'),
    status: text('status', { enum: ['pending', 'approved', 'partly', 'declined'] }).notNull().default('pending'),
    reason: text('reason'),
    salesCommits: text('sales_commits'),
    marketingCommits: text('marketing_commits'),
    decidedByPersonId: uuid('decided_by_person_id'),
    decidedAt: optionalAt('decided_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    initiativeFk(t, 'flex_requests_initiative_fk'),
    personFk(t, t.requestedByPersonId, 'flex_requests_requested_by_fk'),
    personFk(t, t.decidedByPersonId, 'flex_requests_decided_by_fk'),
    index('flex_requests_initiative_idx').on(t.orgId, t.initiativeId),
    orgIsolation('flex_requests'),
  ],
).enableRLS();

/**
 * Generic notifications for any module: addressed to a person (who may sign in later) or to a user without one.
 * The kind is free text so later modules add kinds without a migration; the zod contract lists the known ones.
 */
export const notifications = pgTable(
  'notifications',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    personId: uuid('person_id'),
    userId: uuid('user_id'),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    link: text('link').notNull(),
    createdAt: at('created_at'),
    readAt: optionalAt('read_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    personFk(t, t.personId, 'notifications_person_fk'),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id], name: 'notifications_user_fk' }).onDelete('cascade'),
    index('notifications_person_idx').on(t.orgId, t.personId, t.createdAt),
    index('notifications_user_idx').on(t.orgId, t.userId, t.createdAt),
    orgIsolation('notifications'),
  ],
).enableRLS();

export const buyinSchema = {
  initiatives,
  initiativeHistory,
  evidence,
  advisoryMembers,
  advisoryInputs,
  workingSessions,
  workingSessionAttendees,
  testMarkets,
  feedbackItems,
  feedbackResponses,
  flexRequests,
  notifications,
};
