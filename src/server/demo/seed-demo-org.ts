import { suggestDyads } from '../../domain/org/dyads';
import { generateDemoOrg } from '../../domain/org/demo';
import type { Person, Role } from '../../domain/org/types';
import { seededRandom } from '../../domain/common/random';
import type { Database } from '../db/create-db';
import { newId } from '../ids';
import { hashPassword } from '../auth/passwords';
import { insertDyad } from '../org/dyads-repository';
import { orgSlug } from '../org/org-slug';
import { insertOrg } from '../org/orgs-repository';
import { allPeople } from '../org/people-repository';
import { writePeople } from '../org/write-people';
import { createUserIn } from '../users/create-user';
import { demoContributors, type DemoContributor } from './demo-contributors';

/** The demo password is printed by `npm start`; demo orgs are for trying Tandem, never for real data. */
export const DEMO_PASSWORD = 'tandem-demo-2026';

export interface DemoSignIn {
  email: string;
  role: Role;
  who: string;
}

export interface SeedDemoOptions {
  db: Database;
  people: number;
  seed: number;
  now: Date;
  contributors?: readonly DemoContributor[];
  onProgress?: (message: string) => void;
}

export async function seedDemoOrg(options: SeedDemoOptions): Promise<{ orgId: string; orgName: string; signIns: DemoSignIn[] }> {
  const { db, now } = options;
  const demo = generateDemoOrg({ people: options.people, seed: options.seed });
  const orgId = newId();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.withOrg(orgId, async (tx) => {
    await insertOrg(tx, { orgId, name: demo.orgName, slug: orgSlug(demo.orgName, orgId), reportingMinimum: 5, demo: true });
    options.onProgress?.(`Writing ${demo.people.length} people…`);
    await writePeople(tx, orgId, demo.people);
    const people = await allPeople(tx, orgId);

    const signIns = demoUsers(people, demo.people[0]?.email.split('@')[1] ?? 'demo.example');
    for (const user of signIns) {
      await createUserIn(tx, orgId, { email: user.email, name: user.name, role: user.role, passwordHash });
    }
    // Senior and a share of the other suggested counterparts are confirmed, so the demo shows both states.
    const random = seededRandom(options.seed);
    for (const suggestion of suggestDyads(people, [])) {
      if (suggestion.level !== 'senior' && !random.chance(0.6)) continue;
      const { salesPersonId, marketingPersonId, level } = suggestion;
      await insertDyad(tx, { orgId, id: newId(), salesPersonId, marketingPersonId, level, confirmedBy: null });
    }
    for (const contributor of options.contributors ?? demoContributors) {
      options.onProgress?.(`Adding demo ${contributor.name}…`);
      await contributor.contribute({ tx, orgId, people, random: seededRandom(hashSeed(options.seed, contributor.name)), now });
    }
    return { orgId, orgName: demo.orgName, signIns: signIns.map(({ email, role, who }) => ({ email, role, who })) };
  });
}

function demoUsers(people: readonly Person[], domain: string) {
  const first = (test: (p: Person) => boolean) => people.filter(test).sort((a, b) => a.email.localeCompare(b.email))[0];
  const top = people.find((p) => p.managerId === null);
  const marketer = first((p) => p.function === 'marketing' && p.level === 'middle');
  const seller = first((p) => p.function === 'sales' && p.level === 'frontline');
  const users: Array<DemoSignIn & { name: string }> = [
    { email: `admin@${domain}`, name: 'Demo Admin', role: 'admin', who: 'administrator (users, imports)' },
    { email: `analyst@${domain}`, name: 'Demo Analyst', role: 'analyst', who: 'RevOps analyst (imports, dyads)' },
  ];
  if (top) users.push({ email: top.email, name: top.name, role: 'leader', who: `${top.title ?? 'leader'} (leader)` });
  for (const p of [marketer, seller]) {
    if (p) users.push({ email: p.email, name: p.name, role: 'member', who: `${p.title ?? p.function} (${p.function}, ${p.level})` });
  }
  return users;
}

/** The seed of a contributor's random stream: from the demo seed and its name. */
export function hashSeed(seed: number, name: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
