import type { z } from 'zod';
import type { testMarket, testMarketInput } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { invalidInput } from '../errors';
import { newId } from '../ids';
import { loadViewer, requireInitiative, requireMarketer } from './access';
import { record } from './history';
import { insertTestMarket } from './involvement-repository';
import { presentTestMarket } from './presenters';

export function checkPeriod(period: { startDate: string; endDate: string }): void {
  if (period.endDate < period.startDate) throw invalidInput(`The test market ends (${period.endDate}) before it starts (${period.startDate}).`);
}

/** Plans a test market: regions and a period, later its results and what changed because of it. */
export async function createTestMarket({ db, actor }: UseCaseContext, initiativeId: string, input: z.infer<typeof testMarketInput>): Promise<z.infer<typeof testMarket>> {
  checkPeriod(input);
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    requireMarketer(viewer, 'record test markets');
    await requireInitiative(tx, orgId, initiativeId);
    const now = new Date();
    const row = await insertTestMarket(tx, {
      orgId,
      id: newId(now.getTime()),
      initiativeId,
      regions: [...new Set(input.regions)],
      startDate: input.startDate,
      endDate: input.endDate,
      results: input.results,
      changes: input.changes,
      createdAt: now,
      updatedAt: now,
    });
    await record(tx, viewer, initiativeId, { kind: 'test_market', note: `Test market in ${row.regions.join(', ')}, ${row.startDate} to ${row.endDate}.` }, now);
    return presentTestMarket(row, now);
  });
}
