import type { Readable } from 'node:stream';
import { findReportingCycles } from '../../domain/org/hierarchy';
import { validatePeopleRows, mapHeaders } from '../../domain/org/people-csv';
import type { PersonRecord } from '../../domain/org/types';
import { limits } from '../../shared/limits';
import type { ImportIssue, ImportReport } from '../../shared/people-import';
import { requireRole, type UseCaseContext } from '../actor';
import type { Tx } from '../db/create-db';
import { AppError } from '../errors';
import { newId } from '../ids';
import { allPeople } from '../org/people-repository';
import { writePeople } from '../org/write-people';
import { recordImportRun } from './import-runs-repository';
import { readCsv } from './read-csv';

export interface ImportPeopleOptions {
  csv: Readable | Buffer | string;
  /** Check and preview only: nothing is written. */
  dryRun: boolean;
  /** File name or "upload", kept in the import record. */
  source: string;
  onProgress?: (stage: 'validating' | 'writing', done: number, total: number) => void;
}

/**
 * Imports people from an HRIS-style CSV, all or nothing: any bad row and nothing is written; the report names
 * every problem by row. Re-importing a file updates people by e-mail.
 */
export async function importPeople({ db, actor }: UseCaseContext, options: ImportPeopleOptions): Promise<ImportReport> {
  requireRole(actor, ['admin', 'analyst'], 'import people');
  const table = await readCsv(options.csv);
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    options.onProgress?.('validating', 0, table.rows.length);
    const existing = await allPeople(tx, orgId);
    const existingEmails = new Set(existing.map((p) => p.email));
    const checked = validatePeopleRows({ headers: table.headers, rows: table.rows, existingEmails });
    const issues: ImportIssue[] = [...checked.issues];
    if (issues.length === 0) issues.push(...cyclesThroughExistingPeople(checked.records, existing));
    const { mappingByHeader, ignored } = mapHeaders(table.headers);
    const report: ImportReport = {
      totalRows: table.rows.length,
      creates: checked.creates,
      updates: checked.updates,
      mapping: mappingByHeader,
      ignoredColumns: ignored,
      errorCount: issues.length,
      errors: issues.slice(0, limits.importErrorsListed),
      preview: checked.perRow.slice(0, limits.importPreviewRows).map((row) => ({
        row: row.row,
        name: row.name ?? '',
        email: row.email ?? '',
        function: row.function ?? null,
        level: row.level ?? null,
        managerEmail: row.managerEmail ?? null,
        region: row.region ?? null,
        title: row.title ?? null,
        active: row.active ?? true,
        action: row.email && existingEmails.has(row.email) ? 'update' : 'create',
        errors: row.errors,
      })),
      written: false,
    };
    if (issues.length > 0) {
      if (options.dryRun) return report;
      const rowWord = issues.length === 1 ? 'problem' : 'problems';
      throw new AppError('INVALID_INPUT', `Nothing was imported: the file has ${issues.length} ${rowWord}. Fix them and try again.`, report);
    }
    if (options.dryRun) return report;
    const counts = await writePeople(tx, orgId, checked.records, (done, total) => options.onProgress?.('writing', done, total));
    await recordRun(tx, orgId, actor.userId, options.source, table.rows.length, counts);
    return { ...report, creates: counts.created, updates: counts.updated, written: true };
  });
}

async function recordRun(tx: Tx, orgId: string, userId: string | null, source: string, rows: number, counts: { created: number; updated: number }) {
  await recordImportRun(tx, { orgId, id: newId(), kind: 'people', source, userId, rows, ...counts });
}

/** A file can close a loop with people already in Tandem (A now reports to B, who reports to A). */
function cyclesThroughExistingPeople(records: readonly PersonRecord[], existing: ReadonlyArray<{ id: string; email: string; managerId: string | null }>): ImportIssue[] {
  const emailById = new Map(existing.map((p) => [p.id, p.email]));
  const managerOf = new Map<string, string | null>();
  for (const p of existing) managerOf.set(p.email, p.managerId ? (emailById.get(p.managerId) ?? null) : null);
  for (const r of records) managerOf.set(r.email, r.managerEmail);
  const edges = [...managerOf].map(([key, managerKey]) => ({ key, managerKey }));
  return findReportingCycles(edges).map((cycle) => ({
    message: `Reporting cycle with people already in Tandem: ${cycle.join(' → ')} → ${cycle[0]}. Give one of them a different manager.`,
  }));
}
