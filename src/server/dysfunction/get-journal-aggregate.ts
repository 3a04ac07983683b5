import { aggregateJournal, filterAggregate, type AggregateRow } from '../../domain/dysfunction/journal-aggregate';
import { effectiveMinimum } from '../../domain/dysfunction/suppression';
import type { DysfunctionId, Side } from '../../domain/dysfunction/vocabulary';
import type { Level } from '../../domain/org/types';
import type { AggregateView } from '../../shared/dysfunction';
import { requireRole, type UseCaseContext } from '../actor';
import { reportingMinimumOf, SIGNAL_READER_ROLES } from './access';
import { countJournalTags } from './journal-repository';

/**
 * The whole suppressed table, computed before any filter: every filter reads cells of the same table, so no two
 * answers can be subtracted to recover a hidden cell.
 */
export async function suppressedJournalTable({ db, actor }: UseCaseContext): Promise<{ minimum: number; rows: AggregateRow[] }> {
  requireRole(actor, SIGNAL_READER_ROLES, 'see journal aggregates');
  return db.withOrg(actor.orgId, async (tx) => {
    const minimum = effectiveMinimum(await reportingMinimumOf(tx, actor.orgId));
    return { minimum, rows: aggregateJournal(await countJournalTags(tx, actor.orgId), minimum) };
  });
}

export async function getJournalAggregate(context: UseCaseContext, filter: { function?: Side; level?: Level; dysfunction?: DysfunctionId }): Promise<AggregateView> {
  const { minimum, rows } = await suppressedJournalTable(context);
  return { minimum, rows: filterAggregate(rows, filter) };
}
