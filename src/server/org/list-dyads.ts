import { suggestDyads } from '../../domain/org/dyads';
import type { DyadList } from '../../shared/org';
import type { UseCaseContext } from '../actor';
import { listDyads } from './dyads-repository';
import { allPeople } from './people-repository';
import { presentDyad, presentPerson } from './presenters';

/** Confirmed dyads and the counterparts the model suggests from level and region (DOMAIN.md §1). */
export async function listDyadsWithSuggestions({ db, actor }: UseCaseContext): Promise<DyadList> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const people = await allPeople(tx, orgId);
    const confirmed = await listDyads(tx, orgId);
    const reportCounts = new Map<string, number>();
    for (const p of people) if (p.managerId) reportCounts.set(p.managerId, (reportCounts.get(p.managerId) ?? 0) + 1);
    const nameOf = new Map(people.map((p) => [p.id, p.name]));
    const byId = new Map(
      people.map((p) => [p.id, { ...p, managerName: p.managerId ? (nameOf.get(p.managerId) ?? null) : null, directReportCount: reportCounts.get(p.id) ?? 0 }]),
    );
    const suggestions = suggestDyads(people, confirmed).flatMap((s) => {
      const sales = byId.get(s.salesPersonId);
      const marketing = byId.get(s.marketingPersonId);
      if (!sales || !marketing) return [];
      return [{ level: s.level, region: s.region, score: s.score, reason: s.reason, sales: presentPerson(sales), marketing: presentPerson(marketing) }];
    });
    return {
      confirmed: confirmed.map((d) => presentDyad(d, byId)).filter((d) => d !== null),
      suggestions,
    };
  });
}
