import type { z } from 'zod';
import type { blessing } from '../../shared/buyin';
import type { BlessingRow } from './blessing-repository';

export function presentBlessing(row: BlessingRow): z.infer<typeof blessing> {
  return {
    person: { id: row.personId, name: row.name, function: row.function, level: row.level, region: row.region },
    status: row.status,
    note: row.note,
    at: row.at.toISOString(),
  };
}
