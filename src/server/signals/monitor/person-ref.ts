import { NO_UNIT } from '../../../domain/signals/rollup-types';
import type { Person } from '../../../domain/org/types';
import type { PersonRefView } from '../../../shared/signals-monitor';

export const personRef = (person: Pick<Person, 'id' | 'name' | 'function' | 'level' | 'region'>): PersonRefView => ({
  id: person.id,
  name: person.name,
  function: person.function,
  level: person.level,
  unit: person.region ?? NO_UNIT,
});
