import { checkAnswers, scoresOf, type Answers } from '../../domain/buyin/aggregate';
import type { Actor } from '../actor';
import type { Tx } from '../db/create-db';
import { conflict, forbidden } from '../errors';
import { requirePulse } from './pulse-get';
import { isClosed } from './pulse-presenters';
import { findInvitation, type PulseRow } from './pulse-repository';

/** Who may write answers to this pulse now: an invited person, while it is open. */
export async function requireAnswerable(tx: Tx, actor: Actor, pulseId: string, now: Date): Promise<{ pulse: PulseRow; personId: string }> {
  if (actor.role === 'auditor') throw forbidden('Auditors read and change nothing, so you cannot answer a pulse.');
  if (!actor.personId) throw forbidden('Your account is not linked to a person in the organisation, so you cannot answer pulses. Ask an admin to link it.');
  const pulse = await requirePulse(tx, actor.orgId, pulseId);
  if (!(await findInvitation(tx, actor.orgId, pulseId, actor.personId))) throw forbidden('You were not invited to this pulse, so you cannot answer it.');
  if (isClosed(pulse, now)) {
    throw conflict(`This pulse closed on ${(pulse.closedAt ?? pulse.closesAt).toISOString().slice(0, 10)}: answers can no longer be given, changed or deleted.`);
  }
  return { pulse, personId: actor.personId };
}

/** Checks every item is answered 1–5 and works out the respondent's score per measure. */
export function scoredAnswers(pulse: PulseRow, answers: Answers): { answers: Record<string, number>; scores: Record<string, number> } {
  checkAnswers(pulse.items, answers);
  return { answers: { ...answers }, scores: scoresOf(pulse.items, answers) as Record<string, number> };
}
