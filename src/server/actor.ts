import type { Role } from '../domain/org/types';
import type { Database } from './db/create-db';
import { forbidden } from './errors';

/** Who is asking: every use case receives one and scopes its work to `orgId`. */
export interface Actor {
  /** Null when the CLI acts for the org (no signed-in user). */
  userId: string | null;
  orgId: string;
  role: Role;
  personId: string | null;
}

export interface UseCaseContext {
  db: Database;
  actor: Actor;
}

export function requireRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role)) {
    throw forbidden(`Only ${roles.join(' or ')} users can ${what}; you are signed in as ${actor.role}.`);
  }
}
