import type { Dyad, PersonSummary } from '../../shared/org';
import type { DyadRow } from './dyads-repository';
import type { PersonRow } from './people-repository';

export function presentPerson(row: PersonRow): PersonSummary {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    function: row.function,
    level: row.level,
    title: row.title,
    region: row.region,
    managerId: row.managerId,
    managerName: row.managerName,
    active: row.active,
    directReportCount: row.directReportCount,
  };
}

export function presentDyad(row: DyadRow, peopleById: ReadonlyMap<string, PersonRow>): Dyad | null {
  const sales = peopleById.get(row.salesPersonId);
  const marketing = peopleById.get(row.marketingPersonId);
  if (!sales || !marketing) return null;
  return {
    id: row.id,
    level: row.level,
    status: 'confirmed',
    sales: presentPerson(sales),
    marketing: presentPerson(marketing),
    confirmedAt: row.confirmedAt.toISOString(),
  };
}
