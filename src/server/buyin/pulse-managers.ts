import type { Actor } from '../actor';
import type { Tx } from '../db/create-db';
import { forbidden } from '../errors';
import { loadViewer, requireMarketer, type Viewer } from './access';
import type { PulseRow } from './pulse-repository';

/**
 * Who runs a pulse (reminders, closing): marketers for an initiative pulse; leaders, admins and analysts for the
 * organisation pulse.
 */
export async function requirePulseManager(tx: Tx, actor: Actor, pulse: PulseRow, what: string): Promise<Viewer> {
  const viewer = await loadViewer(tx, actor);
  if (pulse.kind === 'initiative') requireMarketer(viewer, what);
  else if (!['admin', 'leader', 'analyst'].includes(actor.role)) throw forbidden(`Only leaders, admins and analysts can ${what} of the organisation pulse.`);
  return viewer;
}
