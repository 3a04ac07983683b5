import type { z } from 'zod';
import { pulseItemsFor, type PulseKind } from '../../domain/buyin/pulse-items';
import type { Person } from '../../domain/org/types';
import type { createPulseInput } from '../../shared/buyin';
import type { Tx } from '../db/create-db';
import { invalidInput } from '../errors';
import { newId } from '../ids';
import { notify } from '../notifications/notify';
import { allPeople } from '../org/people-repository';
import { insertInvitations, insertPulse, type InvitationWrite } from './pulse-repository';

export type CreatePulseInput = z.infer<typeof createPulseInput>;

/** The line above each person, nearest manager first (capped against cycles in imported data). */
export function managerChains(people: readonly Pick<Person, 'id' | 'managerId'>[]): Map<string, string[]> {
  const managerOf = new Map(people.map((p) => [p.id, p.managerId]));
  const chains = new Map<string, string[]>();
  for (const person of people) {
    const chain: string[] = [];
    let current = managerOf.get(person.id) ?? null;
    while (current && chain.length < 64 && !chain.includes(current)) {
      chain.push(current);
      current = managerOf.get(current) ?? null;
    }
    chains.set(person.id, chain);
  }
  return chains;
}

/** Active people in the chosen levels, functions and regions (no regions = every region). */
export function audienceOf(people: readonly Person[], input: Pick<CreatePulseInput, 'levels' | 'functions' | 'regions'>): Person[] {
  const regions = new Set(input.regions);
  return people.filter(
    (p) => p.active && input.levels.includes(p.level) && input.functions.includes(p.function) && (regions.size === 0 || (p.region !== null && regions.has(p.region))),
  );
}

/**
 * Opens a pulse inside the caller's transaction: the items as asked, the invited list fixed now with each invitee's
 * place in the hierarchy, and a `pulse_invite` notification to each invitee. Returns the new pulse's id. Demo data
 * and benchmarks pass `openedAt` in the past and the people they already loaded.
 */
export async function openPulseFor(
  tx: Tx,
  orgId: string,
  pulse: { kind: PulseKind; initiativeId: string | null; title: string; openedBy: string | null; input: CreatePulseInput; now: Date; openedAt?: Date },
  preloaded?: { people: readonly Person[]; chains: ReadonlyMap<string, string[]> },
): Promise<{ pulseId: string; invited: number }> {
  const { input, now } = pulse;
  const openedAt = pulse.openedAt ?? now;
  const closesAt = new Date(input.closesAt);
  if (closesAt.getTime() <= now.getTime()) throw invalidInput('Choose a closing time in the future.');
  const people = preloaded?.people ?? (await allPeople(tx, orgId));
  const audience = audienceOf(people, input);
  if (audience.length === 0) {
    throw invalidInput(`No active person is in ${input.levels.join('/')} ${input.functions.join('/')}${input.regions.length ? ` in ${input.regions.join(', ')}` : ''}: choose a wider audience.`);
  }
  const chains = preloaded?.chains ?? managerChains(people);
  const pulseId = newId(openedAt.getTime());
  await insertPulse(tx, {
    orgId,
    id: pulseId,
    kind: pulse.kind,
    initiativeId: pulse.initiativeId,
    title: pulse.title,
    items: pulseItemsFor(pulse.kind),
    audienceLevels: input.levels,
    audienceFunctions: input.functions,
    audienceRegions: input.regions,
    openedBy: pulse.openedBy,
    openedAt,
    closesAt,
    invitedCount: audience.length,
  });
  const invitations: InvitationWrite[] = audience.map((p) => ({ personId: p.id, level: p.level, function: p.function, region: p.region, managerChain: chains.get(p.id) ?? [] }));
  await insertInvitations(tx, orgId, pulseId, invitations);
  const text = pulse.kind === 'initiative' ? `A short buy-in pulse on “${pulse.title}” is waiting for you.` : `A short pulse on how sales and marketing work together is waiting for you.`;
  for (let start = 0; start < audience.length; start += 1_000) {
    await notify(tx, orgId, audience.slice(start, start + 1_000).map((p) => ({ personId: p.id, kind: 'pulse_invite' as const, text, link: `/pulses/${pulseId}` })), openedAt);
  }
  return { pulseId, invited: audience.length };
}
