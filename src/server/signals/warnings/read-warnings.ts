import type { WarningList, WarningListQuery, WarningView } from '../../../shared/signals-warnings';
import { requireRole, type UseCaseContext } from '../../actor';
import type { Database, Tx } from '../../db/create-db';
import { reportingMinimumOf, SIGNAL_READER_ROLES } from '../../dysfunction/access';
import { notFound } from '../../errors';
import { peopleForPresenting } from './scan-warnings';
import { presentWarning, type PresentContext } from './warning-presenter';
import { findWarning, lastScanAt, listWarnings as findWarnings } from './warnings-repository';

export async function presentContextOf(tx: Tx, orgId: string): Promise<PresentContext> {
  return { people: await peopleForPresenting(tx, orgId), reportingMinimum: await reportingMinimumOf(tx, orgId) };
}

/** Warnings newest first. Dyad warnings name two people, so only signal readers (admin, analyst, leader) see any. */
export async function listWarnings({ db, actor }: UseCaseContext, filter: WarningListQuery): Promise<WarningList> {
  requireRole(actor, SIGNAL_READER_ROLES, 'read early warnings');
  return db.withOrg(actor.orgId, async (tx) => {
    const context = await presentContextOf(tx, actor.orgId);
    const rows = await findWarnings(tx, actor.orgId, filter);
    const scanned = await lastScanAt(tx, actor.orgId);
    return { items: rows.map((row) => presentWarning(row, context)), lastScanAt: scanned?.toISOString() ?? null };
  });
}

export async function getWarning({ db, actor }: UseCaseContext, id: string): Promise<WarningView> {
  requireRole(actor, SIGNAL_READER_ROLES, 'read early warnings');
  return db.withOrg(actor.orgId, async (tx) => {
    const row = await findWarning(tx, actor.orgId, id);
    if (!row) throw notFound('This warning');
    return presentWarning(row, await presentContextOf(tx, actor.orgId));
  });
}

/** When the org was last scanned (system use: the CLI's after-import throttle). */
export async function lastScanAtOf(db: Database, orgId: string): Promise<Date | null> {
  return db.withOrg(orgId, (tx) => lastScanAt(tx, orgId));
}
