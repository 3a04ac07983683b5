import type { Actor } from '../actor';
import type { Tx } from '../db/create-db';
import { forbidden, notFound } from '../errors';
import { findOrg } from '../org/orgs-repository';
import { findUser } from '../users/users-repository';
import { findInitiative, findPersonRefs, type InitiativeRow, type PersonRefRow } from './initiatives-repository';

/**
 * Who may do what with initiatives (docs/buyin.md): marketers — people in marketing, plus leaders and admins — run
 * initiatives and answer feedback; anyone with a person gives feedback; sales people ask for flex; auditors read.
 */
export interface Viewer {
  actor: Actor;
  person: PersonRefRow | null;
  /** The name written into the history. */
  name: string;
  marketer: boolean;
  reportingMinimum: number;
}

export async function loadViewer(tx: Tx, actor: Actor): Promise<Viewer> {
  const person = actor.personId ? ((await findPersonRefs(tx, actor.orgId, [actor.personId])).get(actor.personId) ?? null) : null;
  const user = actor.userId && !person ? await findUser(tx, actor.orgId, actor.userId) : undefined;
  const org = await findOrg(tx, actor.orgId);
  const marketer = actor.role !== 'auditor' && (actor.role === 'admin' || actor.role === 'leader' || person?.function === 'marketing');
  return { actor, person, name: person?.name ?? user?.name ?? 'Tandem CLI', marketer, reportingMinimum: Math.max(3, org?.reportingMinimum ?? 5) };
}

export function requireMarketer(viewer: Viewer, what: string): void {
  if (viewer.actor.role === 'auditor') throw forbidden(`Auditors read initiatives and change nothing, so you cannot ${what}.`);
  if (!viewer.marketer) throw forbidden(`Only marketing, leaders and admins can ${what}.`);
}

/** The viewer's person, for actions done as a person (feedback, flex requests). */
export function requirePerson(viewer: Viewer, what: string): PersonRefRow {
  if (viewer.actor.role === 'auditor') throw forbidden(`Auditors read initiatives and change nothing, so you cannot ${what}.`);
  if (!viewer.person) throw forbidden(`Your account is not linked to a person in the organisation, so you cannot ${what}. Ask an admin to link it.`);
  return viewer.person;
}

export function permissionsOf(viewer: Viewer) {
  const writes = viewer.actor.role !== 'auditor';
  const person = viewer.person;
  return {
    edit: viewer.marketer,
    respond: viewer.marketer,
    giveFeedback: writes && person !== null,
    askFlex: writes && person?.function === 'sales',
    bless: writes && person?.function === 'sales' && person.level === 'senior',
  };
}

/** The initiative when it exists in the actor's org; any other id (including another org's) is not found. */
export async function requireInitiative(tx: Tx, orgId: string, initiativeId: string): Promise<InitiativeRow> {
  const initiative = await findInitiative(tx, orgId, initiativeId);
  if (!initiative) throw notFound('That initiative');
  return initiative;
}
