/** People for synthetic interaction histories: the demo organisation of the org domain, with ids. */
import { generateDemoOrg } from '../../org/demo';
import type { Level, PersonFunction } from '../../org/types';

export interface SyntheticPerson {
  id: string;
  function: PersonFunction;
  level: Level;
  region: string | null;
  managerId: string | null;
}

/** `count` people of a realistic demo organisation; a person's id is their e-mail (unique in the demo). */
export function syntheticPeople(count: number, seed: number): SyntheticPerson[] {
  return generateDemoOrg({ people: count, seed }).people.map((record) => ({
    id: record.email,
    function: record.function,
    level: record.level,
    region: record.region,
    managerId: record.managerEmail,
  }));
}
