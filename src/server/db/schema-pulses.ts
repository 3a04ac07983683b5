import { type AnyPgColumn, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgIsolation, orgs, people } from './schema';
import { initiativeFk } from './schema-buyin';

/**
 * Buy-in pulses (PRODUCT.md module 2, DOMAIN.md §2): short questionnaires per initiative, and the organisation pulse
 * on the determinants. The invited list is fixed at opening, with each invitee's level, function, region and line
 * above them as they were then, so results are one read of responses joined to invitations and never depend on later
 * moves in the org chart. Answers stay private: only aggregates leave the server, except a person's own answers.
 */
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const optionalAt = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const orgId = () => uuid('org_id').notNull().references(() => orgs.orgId);
const LEVELS = ['senior', 'middle', 'frontline'] as const;
const FUNCTIONS = ['sales', 'marketing', 'other'] as const;

export const pulses = pgTable(
  'pulses',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    kind: text('kind', { enum: ['initiative', 'organisation'] }).notNull(),
    /** Null for the organisation pulse. */
    initiativeId: uuid('initiative_id'),
    title: text('title').notNull(),
    /** The items as asked (id, measure, codeId, text): later wording changes never touch a running pulse. */
    items: jsonb('items').notNull(),
    audienceLevels: text('audience_levels', { enum: LEVELS }).array().notNull(),
    audienceFunctions: text('audience_functions', { enum: FUNCTIONS }).array().notNull(),
    /** Empty = every region. */
    audienceRegions: text('audience_regions').array().notNull().default([]),
    openedBy: uuid('opened_by'),
    openedAt: at('opened_at'),
    closesAt: timestamp('closes_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Set when someone closes it before `closesAt`. */
    closedAt: optionalAt('closed_at'),
    invitedCount: integer('invited_count').notNull().default(0),
    answeredCount: integer('answered_count').notNull().default(0),
    remindersSent: integer('reminders_sent').notNull().default(0),
    /** Bumped by every answer, change or deletion: cached results are keyed by it. */
    answersVersion: integer('answers_version').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    initiativeFk(t, 'pulses_initiative_fk'),
    index('pulses_initiative_idx').on(t.orgId, t.initiativeId, t.openedAt),
    index('pulses_kind_idx').on(t.orgId, t.kind, t.openedAt),
    orgIsolation('pulses'),
  ],
).enableRLS();

const pulseFk = (t: { orgId: AnyPgColumn; pulseId: AnyPgColumn }, name: string) =>
  foreignKey({ columns: [t.orgId, t.pulseId], foreignColumns: [pulses.orgId, pulses.id], name }).onDelete('cascade');

export const pulseInvitations = pgTable(
  'pulse_invitations',
  {
    orgId: orgId(),
    pulseId: uuid('pulse_id').notNull(),
    personId: uuid('person_id').notNull(),
    level: text('level', { enum: LEVELS }).notNull(),
    function: text('function', { enum: FUNCTIONS }).notNull(),
    region: text('region'),
    /** Everyone above the person at opening, nearest manager first: reporting-line results read it. */
    managerChain: uuid('manager_chain').array().notNull().default([]),
    remindedAt: optionalAt('reminded_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.pulseId, t.personId] }),
    pulseFk(t, 'pulse_invitations_pulse_fk'),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id], name: 'pulse_invitations_person_fk' }),
    index('pulse_invitations_person_idx').on(t.orgId, t.personId),
    orgIsolation('pulse_invitations'),
  ],
).enableRLS();

/** One row per (pulse, person): the key itself refuses a second response; the invitation key refuses the uninvited. */
export const pulseResponses = pgTable(
  'pulse_responses',
  {
    orgId: orgId(),
    pulseId: uuid('pulse_id').notNull(),
    personId: uuid('person_id').notNull(),
    /** item id → 1…5. */
    answers: jsonb('answers').notNull(),
    /** measure → the mean of this person's items on it: what results aggregate. */
    scores: jsonb('scores').notNull(),
    /**
     * The invitation's group attributes, copied when the answer is written, so results read one table by its key
     * (a join to invitations is planned badly where statistics are missing, as on PGlite, which never analyses).
     */
    level: text('level', { enum: LEVELS }).notNull(),
    function: text('function', { enum: FUNCTIONS }).notNull(),
    region: text('region'),
    managerChain: uuid('manager_chain').array().notNull().default([]),
    answeredAt: at('answered_at'),
    updatedAt: at('updated_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.pulseId, t.personId] }),
    foreignKey({
      columns: [t.orgId, t.pulseId, t.personId],
      foreignColumns: [pulseInvitations.orgId, pulseInvitations.pulseId, pulseInvitations.personId],
      name: 'pulse_responses_invitation_fk',
    }).onDelete('cascade'),
    orgIsolation('pulse_responses'),
  ],
).enableRLS();

/** A senior sales leader's blessing of an initiative (DOMAIN.md §2, `buyin.hierarchy`): one current status each. */
export const blessings = pgTable(
  'blessings',
  {
    orgId: orgId(),
    initiativeId: uuid('initiative_id').notNull(),
    personId: uuid('person_id').notNull(),
    status: text('status', { enum: ['blessed', 'not_yet', 'withheld'] }).notNull(),
    note: text('note').notNull().default(''),
    at: at('at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.initiativeId, t.personId] }),
    initiativeFk(t, 'blessings_initiative_fk'),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id], name: 'blessings_person_fk' }),
    orgIsolation('blessings'),
  ],
).enableRLS();

export const pulsesSchema = { pulses, pulseInvitations, pulseResponses, blessings };
