import { dyadView } from '../../domain/dysfunction/journal-aggregate';
import type { DysfunctionId } from '../../domain/dysfunction/vocabulary';
import type { Level } from '../../domain/org/types';
import type { DyadViewResult } from '../../shared/dysfunction';
import type { UseCaseContext } from '../actor';
import { suppressedJournalTable } from './get-journal-aggregate';

/** How sales and marketing experience the same dysfunction at one level, from the same suppressed table. */
export async function getJournalDyad(context: UseCaseContext, query: { dysfunction: DysfunctionId; level: Level }): Promise<DyadViewResult> {
  const { minimum, rows } = await suppressedJournalTable(context);
  return { minimum, dysfunction: query.dysfunction, level: query.level, rows: dyadView(rows, query.dysfunction, query.level) };
}
