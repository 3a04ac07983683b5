import type { SQL } from 'drizzle-orm';
import type { Tx } from './create-db';

/** Runs a hand-written query (recursive CTEs and the like) and returns its rows; both drivers answer `{ rows }`. */
export async function rawRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
