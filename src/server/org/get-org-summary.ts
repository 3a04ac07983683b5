import { FUNCTIONS, LEVELS } from '../../domain/org/types';
import type { OrgSummary } from '../../shared/org';
import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { countDyads } from './dyads-repository';
import { findOrg } from './orgs-repository';
import { countGrid, listRegions } from './people-repository';

export async function getOrgSummary({ db, actor }: UseCaseContext): Promise<OrgSummary> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const org = await findOrg(tx, orgId);
    if (!org) throw notFound('Your organisation');
    const cells = await countGrid(tx, orgId);
    const regions = await listRegions(tx, orgId);
    const dyadCount = await countDyads(tx, orgId);
    const grid = FUNCTIONS.flatMap((fn) =>
      LEVELS.map((level) => ({ function: fn, level, count: cells.find((c) => c.function === fn && c.level === level)?.count ?? 0 })),
    );
    return {
      org: { id: org.orgId, name: org.name },
      total: cells.reduce((sum, c) => sum + c.count, 0),
      active: cells.reduce((sum, c) => sum + c.active, 0),
      grid,
      regions,
      dyadCount,
    };
  });
}
