import type { z } from 'zod';
import type { initiativeList, initiativeListQuery } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { findOrg } from '../org/orgs-repository';
import { listInitiatives as listInitiativeRows } from './initiatives-repository';
import { summarise } from './initiative-summaries';

/** Initiatives with stage, owner, open and overdue loops and health; `mine` keeps those the viewer owns. */
export async function listInitiatives({ db, actor }: UseCaseContext, query: z.infer<typeof initiativeListQuery>): Promise<z.infer<typeof initiativeList>> {
  const { orgId } = actor;
  if (query.mine && !actor.personId) return { items: [] };
  return db.withOrg(orgId, async (tx) => {
    const rows = await listInitiativeRows(tx, orgId, { stage: query.stage, q: query.q, ownerPersonId: query.mine ? (actor.personId ?? undefined) : undefined });
    const org = await findOrg(tx, orgId);
    return { items: await summarise(tx, orgId, rows, new Date(), org?.reportingMinimum ?? 5) };
  });
}
