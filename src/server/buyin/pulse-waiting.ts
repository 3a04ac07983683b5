import type { z } from 'zod';
import type { waitingForMe } from '../../shared/buyin';
import type { Tx } from '../db/create-db';
import { isClosed, presentPulseSummary } from './pulse-presenters';
import { listInvitedPulses } from './pulse-repository';

export type WaitingPulse = z.infer<typeof waitingForMe>['pulses'][number];

/**
 * The pulses a person is invited to: open ones they have not answered first (`to_answer`), then open ones they
 * answered (`answered`: they may still change their answers until it closes). Closed pulses are left out. Called by
 * H1a's "waiting for me" use case.
 */
export async function listPulsesWaitingFor(tx: Tx, orgId: string, personId: string, now: Date): Promise<WaitingPulse[]> {
  const rows = (await listInvitedPulses(tx, orgId, personId)).filter((p) => !isClosed(p, now));
  const waiting = rows.map((p) => ({ ...presentPulseSummary(p, now), mine: p.answered ? ('answered' as const) : ('to_answer' as const) }));
  return [...waiting.filter((p) => p.mine === 'to_answer'), ...waiting.filter((p) => p.mine === 'answered')];
}
