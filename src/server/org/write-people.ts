import type { PersonRecord } from '../../domain/org/types';
import type { Tx } from '../db/create-db';
import { newId } from '../ids';
import { emailToId, upsertPeople, type PersonWrite } from './people-repository';

/**
 * Writes people described by e-mail (import files, the demo generator) inside the caller's transaction: existing
 * e-mails keep their ids, managers are written before their reports. Records must already be validated.
 */
export async function writePeople(
  tx: Tx,
  orgId: string,
  records: readonly PersonRecord[],
  onProgress?: (written: number, total: number) => void,
): Promise<{ created: number; updated: number }> {
  const idByEmail = await emailToId(tx, orgId);
  let created = 0;
  for (const r of records) {
    if (!idByEmail.has(r.email)) {
      idByEmail.set(r.email, newId());
      created++;
    }
  }
  const rows: PersonWrite[] = managersFirst(records).map((r) => ({
    id: idByEmail.get(r.email) as string,
    email: r.email,
    name: r.name,
    function: r.function,
    level: r.level,
    managerId: r.managerEmail ? (idByEmail.get(r.managerEmail) ?? null) : null,
    region: r.region,
    title: r.title,
    active: r.active,
  }));
  await upsertPeople(tx, orgId, rows, (written) => onProgress?.(written, rows.length));
  return { created, updated: records.length - created };
}

/** Orders records so that anyone whose manager is in the list comes after that manager (records have no cycles). */
function managersFirst(records: readonly PersonRecord[]): PersonRecord[] {
  const byEmail = new Map(records.map((r) => [r.email, r]));
  const placed = new Set<string>();
  const ordered: PersonRecord[] = [];
  for (const record of records) {
    const chain: PersonRecord[] = [];
    let current: PersonRecord | undefined = record;
    while (current && !placed.has(current.email)) {
      chain.push(current);
      placed.add(current.email);
      current = current.managerEmail ? byEmail.get(current.managerEmail) : undefined;
    }
    for (let i = chain.length - 1; i >= 0; i--) ordered.push(chain[i] as PersonRecord);
  }
  return ordered;
}
