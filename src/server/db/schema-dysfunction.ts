import { boolean, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgIsolation, orgs, people, users } from './schema';

/** Signals of dysfunction (PRODUCT.md module 4): support requests and promises, conflict incidents, sensemaking journals. */
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const orgId = () => uuid('org_id').notNull().references(() => orgs.orgId);
const FUNCTIONS = ['sales', 'marketing', 'other'] as const;
const LEVELS = ['senior', 'middle', 'frontline'] as const;

/** One function asking the other for support, and what became of it. Status is derived, never stored. */
export const supportRequests = pgTable(
  'support_requests',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    requesterUserId: uuid('requester_user_id'),
    requesterPersonId: uuid('requester_person_id').notNull(),
    kind: text('kind', { enum: ['materials', 'budget', 'field_support', 'data'] }).notNull(),
    /** Addressed to a person, or to a function (and region) when `addressee_person_id` is null. */
    addresseePersonId: uuid('addressee_person_id'),
    addresseeFunction: text('addressee_function', { enum: FUNCTIONS }).notNull(),
    addresseeRegion: text('addressee_region'),
    summary: text('summary').notNull(),
    details: text('details').notNull().default(''),
    neededBy: date('needed_by', { mode: 'string' }).notNull(),
    createdAt: at('created_at').notNull(),
    decision: text('decision', { enum: ['accepted', 'declined'] }),
    respondedAt: at('responded_at'),
    responderPersonId: uuid('responder_person_id'),
    promisedDate: date('promised_date', { mode: 'string' }),
    declineReason: text('decline_reason'),
    deliveredAt: at('delivered_at'),
    deliveryNote: text('delivery_note'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.requesterPersonId], foreignColumns: [people.orgId, people.id], name: 'support_requests_requester_fk' }),
    foreignKey({ columns: [t.orgId, t.addresseePersonId], foreignColumns: [people.orgId, people.id], name: 'support_requests_addressee_fk' }),
    foreignKey({ columns: [t.orgId, t.responderPersonId], foreignColumns: [people.orgId, people.id], name: 'support_requests_responder_fk' }),
    index('support_requests_requester_idx').on(t.orgId, t.requesterPersonId, t.createdAt),
    index('support_requests_addressee_idx').on(t.orgId, t.addresseePersonId, t.createdAt),
    index('support_requests_created_idx').on(t.orgId, t.createdAt),
    orgIsolation('support_requests'),
  ],
).enableRLS();

/** A conflict incident; the reporter is stored for the records and shown only to themself and admins. */
export const incidents = pgTable(
  'incidents',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    reporterUserId: uuid('reporter_user_id'),
    kind: text('kind', { enum: ['open_criticism', 'lobbying_leadership', 'undermining', 'refusal_to_execute'] }).notNull(),
    level: text('level', { enum: LEVELS }).notNull(),
    severity: integer('severity').notNull(),
    description: text('description').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'in_progress', 'resolved', 'dismissed'] }).notNull().default('open'),
    resolutionNote: text('resolution_note').notNull().default(''),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.reporterUserId], foreignColumns: [users.orgId, users.id], name: 'incidents_reporter_fk' }),
    index('incidents_occurred_idx').on(t.orgId, t.occurredOn),
    orgIsolation('incidents'),
  ],
).enableRLS();

/** The parties to an incident: a person, or a group named by function, level and region. */
export const incidentParties = pgTable(
  'incident_parties',
  {
    orgId: orgId(),
    incidentId: uuid('incident_id').notNull(),
    position: integer('position').notNull(),
    personId: uuid('person_id'),
    function: text('function', { enum: FUNCTIONS }).notNull(),
    level: text('level', { enum: LEVELS }),
    region: text('region'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.incidentId, t.position] }),
    foreignKey({ columns: [t.orgId, t.incidentId], foreignColumns: [incidents.orgId, incidents.id], name: 'incident_parties_incident_fk' }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id], name: 'incident_parties_person_fk' }),
    index('incident_parties_person_idx').on(t.orgId, t.personId),
    orgIsolation('incident_parties'),
  ],
).enableRLS();

/**
 * A private sensemaking journal entry (DOMAIN.md §5). Only its author reads it; `shared` lets analysts read it without
 * the author. The author's function and level are copied at writing time: they feed the anonymous aggregates.
 */
export const journalEntries = pgTable(
  'journal_entries',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    authorUserId: uuid('author_user_id').notNull(),
    authorFunction: text('author_function', { enum: FUNCTIONS }),
    authorLevel: text('author_level', { enum: LEVELS }),
    dysfunction: text('dysfunction').notNull(),
    trigger: text('trigger').notNull(),
    situational: text('situational').notNull().default(''),
    existential: text('existential').notNull().default(''),
    response: text('response').notNull().default(''),
    interpretationIds: text('interpretation_ids').array().notNull().default([]),
    responseIds: text('response_ids').array().notNull().default([]),
    shared: boolean('shared').notNull().default(false),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.authorUserId], foreignColumns: [users.orgId, users.id], name: 'journal_entries_author_fk' }).onDelete('cascade'),
    index('journal_entries_author_idx').on(t.orgId, t.authorUserId, t.createdAt),
    orgIsolation('journal_entries'),
  ],
).enableRLS();

export const dysfunctionSchema = { supportRequests, incidents, incidentParties, journalEntries };
