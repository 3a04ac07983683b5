import type { Tx } from '../db/create-db';
import { newId } from '../ids';
import type { Viewer } from './access';
import { insertHistory, touchInitiative, type HistoryRow, type Stage } from './initiatives-repository';

/** Appends one entry to the initiative's history (and moves it up the list), inside the caller's transaction. */
export async function record(
  tx: Tx,
  viewer: Viewer,
  initiativeId: string,
  entry: { kind: HistoryRow['kind']; note: string; from?: Stage | null; to?: Stage | null },
  now: Date,
): Promise<void> {
  const orgId = viewer.actor.orgId;
  await insertHistory(tx, { orgId, id: newId(now.getTime()), initiativeId, at: now, byName: viewer.name, kind: entry.kind, fromStage: entry.from ?? null, toStage: entry.to ?? null, note: entry.note });
  await touchInitiative(tx, orgId, initiativeId, now);
}
