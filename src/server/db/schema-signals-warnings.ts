import { date, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgIsolation } from './schema';

/**
 * Early warnings (docs/signals-warnings.md): what each scan found, kept so a warning has an id to link to, a status
 * (open → acknowledged) and a record of who was told. One warning per series, type (break or threshold) and first flagged week: a later scan
 * that finds it again updates its last week and evidence.
 */
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const signalWarnings = pgTable(
  'signal_warnings',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    /** The series' key (`seriesKeyId` in src/domain/signals/indicator-series.ts). */
    seriesKey: text('series_key').notNull(),
    firstWeek: date('first_week', { mode: 'string' }).notNull(),
    lastWeek: date('last_week', { mode: 'string' }).notNull(),
    type: text('type', { enum: ['break', 'threshold'] }).notNull(),
    indicator: text('indicator').notNull(),
    scope: text('scope', { enum: ['unit', 'unit_level', 'level', 'dyad'] }).notNull(),
    unit: text('unit'),
    level: text('level', { enum: ['senior', 'middle', 'frontline'] }),
    function: text('function', { enum: ['sales', 'marketing', 'other'] }),
    salesPersonId: uuid('sales_person_id'),
    marketingPersonId: uuid('marketing_person_id'),
    label: text('label').notNull(),
    /** WarningEvidence (src/domain/signals/early-warnings.ts). */
    evidence: jsonb('evidence').notNull(),
    /** The rollup rows behind it: series key and week range. */
    rows: jsonb('rows').notNull(),
    detectedAt: instant('detected_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
    status: text('status', { enum: ['open', 'acknowledged'] }).notNull().default('open'),
    acknowledgedAt: instant('acknowledged_at'),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgeNote: text('acknowledge_note'),
    /** When the in-app notifications went out (null: not yet). */
    notifiedAt: instant('notified_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('signal_warnings_series_week_key').on(t.orgId, t.seriesKey, t.type, t.firstWeek),
    index('signal_warnings_detected_idx').on(t.orgId, t.detectedAt),
    orgIsolation('signal_warnings'),
  ],
).enableRLS();

/** One row per warning and user it was e-mailed to: a digest sends each user only warnings without a row here. */
export const signalWarningMails = pgTable(
  'signal_warning_mails',
  {
    orgId: uuid('org_id').notNull(),
    warningId: uuid('warning_id').notNull(),
    userId: uuid('user_id').notNull(),
    sentAt: instant('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId, t.warningId] }), orgIsolation('signal_warning_mails')],
).enableRLS();

/** When each org was last scanned, so scans after ingests run at most once a minute per org. */
export const signalWarningScans = pgTable(
  'signal_warning_scans',
  {
    orgId: uuid('org_id').notNull().primaryKey(),
    scannedAt: instant('scanned_at').notNull(),
  },
  () => [orgIsolation('signal_warning_scans')],
).enableRLS();

export const signalsWarningsSchema = { signalWarnings, signalWarningMails, signalWarningScans };
