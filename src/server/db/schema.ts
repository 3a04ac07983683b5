import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Every table carries org_id, which leads its primary key and every foreign key (Citus-ready), and has a
 * row-level security policy keyed on the per-transaction setting app.org_id (see ./org-scope.ts).
 */
const currentOrg = sql`nullif(current_setting('app.org_id', true), '')::uuid`;
/** The row-level security policy every table carries: rows of the transaction's org only. */
export const orgIsolation = (table: string) =>
  pgPolicy(`${table}_org_isolation`, {
    as: 'permissive',
    for: 'all',
    to: 'public',
    using: sql`org_id = ${currentOrg}`,
    withCheck: sql`org_id = ${currentOrg}`,
  });

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const orgs = pgTable(
  'orgs',
  {
    orgId: uuid('org_id').primaryKey(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    /** No aggregate of answers is shown for a smaller group (PRODUCT.md privacy rules; never below 3). */
    reportingMinimum: integer('reporting_minimum').notNull().default(5),
    /** Made by the demo generator: start-up prints its sign-ins. */
    demo: boolean('demo').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('orgs_slug_key').on(t.slug), orgIsolation('orgs')],
).enableRLS();

export const people = pgTable(
  'people',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.orgId),
    id: uuid('id').notNull(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    function: text('function', { enum: ['sales', 'marketing', 'other'] }).notNull(),
    level: text('level', { enum: ['senior', 'middle', 'frontline'] }).notNull(),
    managerId: uuid('manager_id'),
    region: text('region'),
    title: text('title'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.managerId], foreignColumns: [t.orgId, t.id], name: 'people_manager_fk' }),
    uniqueIndex('people_org_email_key').on(t.orgId, t.email),
    index('people_org_manager_idx').on(t.orgId, t.managerId),
    index('people_org_function_level_idx').on(t.orgId, t.function, t.level),
    orgIsolation('people'),
  ],
).enableRLS();

export const users = pgTable(
  'users',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.orgId),
    id: uuid('id').notNull(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['admin', 'analyst', 'leader', 'member', 'auditor'] }).notNull(),
    personId: uuid('person_id'),
    active: boolean('active').notNull().default(true),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id], name: 'users_person_fk' }),
    uniqueIndex('users_org_email_key').on(t.orgId, t.email),
    index('users_email_idx').on(t.email),
    orgIsolation('users'),
  ],
).enableRLS();

export const sessions = pgTable(
  'sessions',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.orgId),
    /** SHA-256 of the session token; the token itself is only ever in the cookie. */
    id: text('id').notNull(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id], name: 'sessions_user_fk' }).onDelete('cascade'),
    orgIsolation('sessions'),
  ],
).enableRLS();

export const dyads = pgTable(
  'dyads',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.orgId),
    id: uuid('id').notNull(),
    salesPersonId: uuid('sales_person_id').notNull(),
    marketingPersonId: uuid('marketing_person_id').notNull(),
    level: text('level', { enum: ['senior', 'middle', 'frontline'] }).notNull(),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.salesPersonId], foreignColumns: [people.orgId, people.id], name: 'dyads_sales_fk' }),
    foreignKey({ columns: [t.orgId, t.marketingPersonId], foreignColumns: [people.orgId, people.id], name: 'dyads_marketing_fk' }),
    uniqueIndex('dyads_pair_key').on(t.orgId, t.salesPersonId, t.marketingPersonId),
    orgIsolation('dyads'),
  ],
).enableRLS();

/** A record of every people import that was written: who, when, and what it changed. */
export const importRuns = pgTable(
  'import_runs',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.orgId),
    id: uuid('id').notNull(),
    kind: text('kind').notNull(),
    source: text('source').notNull(),
    userId: uuid('user_id'),
    rows: integer('rows').notNull(),
    created: integer('created').notNull(),
    updated: integer('updated').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), orgIsolation('import_runs')],
).enableRLS();

export const coreSchema = { orgs, people, users, sessions, dyads, importRuns };
