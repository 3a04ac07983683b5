import type { z } from 'zod';
import type { testMarket, updateTestMarketInput } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { loadViewer, requireInitiative, requireMarketer } from './access';
import { checkPeriod } from './create-test-market';
import { record } from './history';
import { findTestMarket, updateTestMarket as updateTestMarketRow } from './involvement-repository';
import { presentTestMarket } from './presenters';

/** Edits a test market, typically to add its results and what changed because of them. */
export async function updateTestMarket(
  { db, actor }: UseCaseContext,
  initiativeId: string,
  testMarketId: string,
  input: z.infer<typeof updateTestMarketInput>,
): Promise<z.infer<typeof testMarket>> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    requireMarketer(viewer, 'record test markets');
    await requireInitiative(tx, orgId, initiativeId);
    const current = await findTestMarket(tx, orgId, initiativeId, testMarketId);
    if (!current) throw notFound('That test market');
    checkPeriod({ startDate: input.startDate ?? current.startDate, endDate: input.endDate ?? current.endDate });
    const now = new Date();
    const row = await updateTestMarketRow(tx, orgId, initiativeId, testMarketId, {
      ...(input.regions ? { regions: [...new Set(input.regions)] } : {}),
      ...(input.startDate ? { startDate: input.startDate } : {}),
      ...(input.endDate ? { endDate: input.endDate } : {}),
      ...(input.results !== undefined ? { results: input.results } : {}),
      ...(input.changes !== undefined ? { changes: input.changes } : {}),
      updatedAt: now,
    });
    if (!row) throw notFound('That test market');
    await record(tx, viewer, initiativeId, { kind: 'test_market', note: `Updated the test market in ${row.regions.join(', ')}.` }, now);
    return presentTestMarket(row, now);
  });
}
