import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { people } from '../db/schema';
import { blessings } from '../db/schema-pulses';

export interface BlessingRow {
  personId: string;
  name: string;
  function: 'sales' | 'marketing' | 'other';
  level: 'senior' | 'middle' | 'frontline';
  region: string | null;
  status: 'blessed' | 'not_yet' | 'withheld';
  note: string;
  at: Date;
}

/** An initiative's blessings with who gave them, senior leaders by name. */
export async function listBlessings(tx: Tx, orgId: string, initiativeId: string): Promise<BlessingRow[]> {
  return tx
    .select({ personId: blessings.personId, name: people.name, function: people.function, level: people.level, region: people.region, status: blessings.status, note: blessings.note, at: blessings.at })
    .from(blessings)
    .innerJoin(people, and(eq(people.orgId, blessings.orgId), eq(people.id, blessings.personId)))
    .where(and(eq(blessings.orgId, orgId), eq(blessings.initiativeId, initiativeId)))
    .orderBy(asc(people.name));
}

export async function upsertBlessing(
  tx: Tx,
  row: { orgId: string; initiativeId: string; personId: string; status: BlessingRow['status']; note: string; at: Date },
): Promise<void> {
  await tx
    .insert(blessings)
    .values(row)
    .onConflictDoUpdate({ target: [blessings.orgId, blessings.initiativeId, blessings.personId], set: { status: row.status, note: row.note, at: row.at } });
}
