import type { Actor } from '../actor';
import type { Tx } from '../db/create-db';
import { newId } from '../ids';
import { findUser } from '../users/users-repository';
import { insertCoders, listCoders } from './projects-repository';

/** The name that goes into the audit trail and memos. */
export async function actorName(tx: Tx, actor: Actor): Promise<string> {
  if (!actor.userId) return 'Tandem CLI';
  return (await findUser(tx, actor.orgId, actor.userId))?.name ?? 'Unknown user';
}

/** Each user codes in a layer of their own: found, or made on their first coding. */
export async function ensureCoder(tx: Tx, actor: Actor, projectId: string): Promise<string> {
  const coders = await listCoders(tx, actor.orgId, projectId);
  const mine = coders.find((c) => c.userId !== null && c.userId === actor.userId);
  if (mine) return mine.id;
  const id = newId();
  await insertCoders(tx, [{ orgId: actor.orgId, id, projectId, name: await actorName(tx, actor), userId: actor.userId }]);
  return id;
}
