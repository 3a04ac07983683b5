import { earlyWarnings, type EarlyWarning } from '../../../domain/signals/early-warnings';
import { seriesKeyId, type WeeklySeries } from '../../../domain/signals/indicator-series';
import { NO_UNIT } from '../../../domain/signals/rollup-types';
import { addWeeks, weekStartOf } from '../../../domain/signals/weeks';
import type { ScanResult } from '../../../shared/signals-warnings';
import { requireRole, type UseCaseContext } from '../../actor';
import type { Database, Tx } from '../../db/create-db';
import { reportingMinimumOf } from '../../dysfunction/access';
import { newId } from '../../ids';
import { notify } from '../../notifications/notify';
import { allPeople } from '../../org/people-repository';
import { listUsers } from '../../users/users-repository';
import { loadSignalInputs, weeklySeriesOf } from '../series/load-signal-inputs';
import { presentWarning, type StoredRows } from './warning-presenter';
import { markNotified, recordScan, saveWarnings, type NewWarningRow, type WarningRow } from './warnings-repository';

/** A year of weeks plus the 16 a warning needs before its first judged week (12 baseline + 4 recent). */
export const SCAN_WEEKS = 64;
/** Who is told about new warnings (in the app and by e-mail). */
export const WARNING_RECIPIENT_ROLES = ['leader', 'analyst'] as const;

/** Scans on request: admins and analysts (leaders read the results). */
export async function scanWarnings(context: UseCaseContext, now: Date): Promise<ScanResult> {
  requireRole(context.actor, ['admin', 'analyst'], 'run the early-warning scan');
  return scanOrgWarnings(context.db, context.actor.orgId, now);
}

/**
 * The scan itself, for the request above, the scan after an ingest and the periodic scan: loads 64 weeks of inputs,
 * runs the early warnings, stores them idempotently and notifies leaders and analysts of the new ones — all in one
 * transaction. Only complete weeks are judged: the current week's figures are still arriving (answers pending).
 */
export async function scanOrgWarnings(db: Database, orgId: string, now: Date): Promise<ScanResult> {
  return db.withOrg(orgId, (tx) => scanInTransaction(tx, orgId, now));
}

/** The scan inside the caller's transaction (the demo seeder scans the org it has just written). */
export async function scanInTransaction(tx: Tx, orgId: string, now: Date): Promise<ScanResult> {
  const toWeek = addWeeks(weekStartOf(now), -1);
  const fromWeek = addWeeks(toWeek, -(SCAN_WEEKS - 1));
  const inputs = await loadSignalInputs(tx, orgId, { fromWeek, toWeek, now });
  const series = weeklySeriesOf(inputs);
  const warnings = earlyWarnings(series);
  const byKey = new Map(series.map((one) => [seriesKeyId(one.key), one]));
  const found = warnings.map((warning) => toRow(warning, byKey.get(seriesKeyId(warning.key)) as WeeklySeries));
  const { inserted, updated } = await saveWarnings(tx, orgId, found, now, () => newId(now.getTime()));
  const notified = await notifyNew(tx, orgId, inserted, now);
  await recordScan(tx, orgId, now);
  return { found: warnings.length, new: inserted.length, updated, notified };
}

/** The series key as stored: NUL cannot be in a Postgres text value, so the parts are joined by the unit separator. */
const storedKeyOf = (warning: EarlyWarning) => seriesKeyId(warning.key).replaceAll('\u0000', '\u001f');

function toRow(warning: EarlyWarning, series: WeeklySeries): NewWarningRow {
  const from = series.weeks.indexOf(warning.rows.fromWeek);
  const to = series.weeks.indexOf(warning.rows.toWeek);
  const rows: StoredRows = {
    fromWeek: warning.rows.fromWeek,
    toWeek: warning.rows.toWeek,
    points: series.weeks.slice(from, to + 1).map((week, i) => ({ week, numerator: series.numerators[from + i] as number, denominator: series.denominators[from + i] as number })),
  };
  return {
    seriesKey: storedKeyOf(warning),
    firstWeek: warning.firstWeek,
    lastWeek: warning.lastWeek,
    type: warning.type,
    indicator: warning.key.indicator,
    scope: warning.key.scope,
    unit: warning.key.unit ?? null,
    level: warning.key.level ?? null,
    function: warning.key.function ?? null,
    salesPersonId: warning.key.dyad?.salesPersonId ?? null,
    marketingPersonId: warning.key.dyad?.marketingPersonId ?? null,
    label: warning.label,
    evidence: warning.evidence,
    rows,
  };
}

/** One in-app notification per new warning for each active leader and analyst; returns how many were written. */
async function notifyNew(tx: Tx, orgId: string, inserted: readonly WarningRow[], now: Date): Promise<number> {
  if (inserted.length === 0) return 0;
  const recipients = (await listUsers(tx, orgId)).filter((user) => user.active && (WARNING_RECIPIENT_ROLES as readonly string[]).includes(user.role));
  const context = { people: await peopleForPresenting(tx, orgId), reportingMinimum: await reportingMinimumOf(tx, orgId) };
  const items = inserted.flatMap((row) => {
    const view = presentWarning(row, context);
    return recipients.map((user) => ({ userId: user.id, kind: 'signal_warning' as const, text: `Early warning: ${view.sentence}`, link: `/signals/warnings?id=${row.id}` }));
  });
  await notify(tx, orgId, items, now);
  await markNotified(tx, orgId, inserted.map((row) => row.id), now);
  return items.length;
}

export async function peopleForPresenting(tx: Tx, orgId: string) {
  return (await allPeople(tx, orgId)).map((p) => ({ id: p.id, name: p.name, function: p.function, level: p.level, unit: p.region ?? NO_UNIT }));
}
