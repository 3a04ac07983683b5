import type { Dyad } from '../../shared/org';
import { requireRole, type UseCaseContext } from '../actor';
import { conflict, invalidInput, notFound } from '../errors';
import { newId } from '../ids';
import { findDyadByPair, insertDyad } from './dyads-repository';
import { findPeopleByIds } from './people-repository';
import { presentDyad } from './presenters';

/** An analyst confirms a suggested pair, or pairs two counterparts the suggestions missed. */
export async function confirmDyad(
  { db, actor }: UseCaseContext,
  input: { salesPersonId: string; marketingPersonId: string },
): Promise<Dyad> {
  requireRole(actor, ['admin', 'analyst'], 'confirm dyads');
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const found = await findPeopleByIds(tx, orgId, [input.salesPersonId, input.marketingPersonId]);
    const byId = new Map(found.map((p) => [p.id, p]));
    const sales = byId.get(input.salesPersonId);
    const marketing = byId.get(input.marketingPersonId);
    if (!sales || !marketing) throw notFound('One of those people');
    if (sales.function !== 'sales') throw invalidInput(`${sales.name} works in ${sales.function}, not sales.`);
    if (marketing.function !== 'marketing') throw invalidInput(`${marketing.name} works in ${marketing.function}, not marketing.`);
    if (sales.level !== marketing.level) {
      throw invalidInput(`A dyad pairs counterparts at the same level: ${sales.name} is ${sales.level}, ${marketing.name} is ${marketing.level}.`);
    }
    if (await findDyadByPair(tx, orgId, sales.id, marketing.id)) throw conflict(`${sales.name} and ${marketing.name} are already a dyad.`);
    const row = await insertDyad(tx, {
      orgId,
      id: newId(),
      salesPersonId: sales.id,
      marketingPersonId: marketing.id,
      level: sales.level,
      confirmedBy: actor.userId,
    });
    return presentDyad(row, byId) as Dyad;
  });
}
