import type { PersonRecord, Role } from '../../src/domain/org/types';
import type { UseCaseContext } from '../../src/server/actor';
import { hashPassword } from '../../src/server/auth/passwords';
import type { Database } from '../../src/server/db/create-db';
import { allPeople } from '../../src/server/org/people-repository';
import { createUserIn } from '../../src/server/users/create-user';
import { createOrg, personRecord, TEST_PASSWORD } from '../support/factories';

/** One person of the signals test org who can sign in: a user linked to a person by e-mail. */
export interface Member {
  email: string;
  name: string;
  userId: string;
  personId: string;
  role: Role;
  context: UseCaseContext;
}

let hash: Promise<string> | undefined;

/**
 * An org where people sign in as themselves (users linked to people), for the signals tests: `extra` adds more
 * linked members, e.g. enough authors to pass the reporting minimum.
 */
export async function createSignalsOrg(db: Database, extra: Array<Partial<PersonRecord> & { role?: Role }> = []) {
  const tag = Math.random().toString(36).slice(2, 8);
  const base: Array<Partial<PersonRecord> & { role: Role; key: string }> = [
    { key: 'vpSales', name: 'Victor Sales', function: 'sales', level: 'senior', region: null, role: 'leader' },
    { key: 'cmo', name: 'Maya Marketing', function: 'marketing', level: 'senior', region: null, role: 'member' },
    { key: 'seller', name: 'Sam Seller', function: 'sales', level: 'frontline', region: 'North', role: 'member' },
    { key: 'marketer', name: 'Mia Marketer', function: 'marketing', level: 'middle', region: 'North', role: 'member' },
    { key: 'fieldMarketer', name: 'Finn Field', function: 'marketing', level: 'frontline', region: 'North', role: 'member' },
    { key: 'southMarketer', name: 'Sol South', function: 'marketing', level: 'frontline', region: 'South', role: 'member' },
    { key: 'ops', name: 'Otto Ops', function: 'other', level: 'middle', region: null, role: 'member' },
  ];
  const records = [...base, ...extra.map((e, i) => ({ ...e, key: `extra${i}`, role: e.role ?? ('member' as Role) }))].map((p) => ({
    key: p.key,
    role: p.role,
    record: personRecord({ ...p, email: `${p.key.toLowerCase()}.${tag}@acme.example`, name: p.name ?? `Extra ${p.key}` } as Partial<PersonRecord>),
  }));
  const org = await createOrg(db, { name: `Acme ${tag}`, people: records.map((r) => r.record) });
  const passwordHash = await (hash ??= hashPassword(TEST_PASSWORD));
  const members = await db.withOrg(org.orgId, async (tx) => {
    const people = new Map((await allPeople(tx, org.orgId)).map((p) => [p.email, p]));
    const made: Record<string, Member> = {};
    for (const { key, role, record } of records) {
      const user = await createUserIn(tx, org.orgId, { email: record.email, name: record.name, role, passwordHash });
      const personId = people.get(record.email)?.id as string;
      made[key] = {
        email: record.email,
        name: record.name,
        userId: user.id,
        personId,
        role,
        context: { db, actor: { userId: user.id, orgId: org.orgId, role, personId } },
      };
    }
    return made;
  });
  const member = (key: string) => members[key] as Member;
  return { ...org, members, member };
}

/** A date `days` from `now` as YYYY-MM-DD. */
export const dateFrom = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
