import type { z } from 'zod';
import type { waitingForMe } from '../../shared/buyin';
import type { Tx } from '../db/create-db';

export type WaitingPulse = z.infer<typeof waitingForMe>['pulses'][number];

/**
 * The pulses a person is invited to, open ones first: `to_answer` when they have not answered yet, `answered` when
 * they have (they may still change their answers until it closes). Called by H1a's "waiting for me" use case.
 */
export async function listPulsesWaitingFor(_tx: Tx, _orgId: string, _personId: string, _now: Date): Promise<WaitingPulse[]> {
  // Filled in once the pulse tables exist; the shape above is the contract.
  return [];
}
