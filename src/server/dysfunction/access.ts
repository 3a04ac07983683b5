import type { Role } from '../../domain/org/types';
import type { Actor } from '../actor';
import type { Tx } from '../db/create-db';
import { forbidden } from '../errors';
import { findOrg } from '../org/orgs-repository';
import { findPerson, type PersonRow } from '../org/people-repository';

/** Who reads group views of signals (promise-keeping rates, journal aggregates): the people who act on them. */
export const SIGNAL_READER_ROLES: readonly Role[] = ['admin', 'analyst', 'leader'];

/** Shared journal entries are anonymous material for analysts (DOMAIN.md §6 method), nobody else. */
export const SHARED_JOURNAL_READER_ROLES: readonly Role[] = ['analyst'];

/** The person the signed-in user is in the organisation, or null (e.g. an IT admin account). */
export async function personOf(tx: Tx, actor: Actor): Promise<PersonRow | null> {
  if (!actor.personId) return null;
  return (await findPerson(tx, actor.orgId, actor.personId)) ?? null;
}

export async function requirePersonOf(tx: Tx, actor: Actor, what: string): Promise<PersonRow> {
  const person = await personOf(tx, actor);
  if (!person) throw forbidden(`To ${what}, your account must be linked to a person of the organisation (same e-mail); ask an admin.`);
  return person;
}

export function requireUser(actor: Actor, what: string): string {
  if (!actor.userId) throw forbidden(`Only a signed-in user can ${what}.`);
  return actor.userId;
}

export async function reportingMinimumOf(tx: Tx, orgId: string): Promise<number> {
  return (await findOrg(tx, orgId))?.reportingMinimum ?? 5;
}

/** Today's date (UTC) as `YYYY-MM-DD`. */
export const todayOf = (now: Date) => now.toISOString().slice(0, 10);
