import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/create-db';
import { rawRows } from '../../db/raw';

/** Whether the org ever had an interaction event counted (the rollups are never empty once it has). */
export async function hasRollups(tx: Tx, orgId: string): Promise<boolean> {
  const [row] = await rawRows<{ any: boolean }>(tx, sql`select exists (select 1 from signal_unit_weeks where org_id = ${orgId}::uuid) as any`);
  return row?.any === true;
}
