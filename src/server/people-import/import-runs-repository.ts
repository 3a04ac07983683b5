import type { Tx } from '../db/create-db';
import { importRuns } from '../db/schema';

export async function recordImportRun(
  tx: Tx,
  row: { orgId: string; id: string; kind: string; source: string; userId: string | null; rows: number; created: number; updated: number },
): Promise<void> {
  await tx.insert(importRuns).values(row);
}
