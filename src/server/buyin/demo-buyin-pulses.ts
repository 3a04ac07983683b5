import { scoresOf } from '../../domain/buyin/aggregate';
import { LIKERT_MAX, LIKERT_MIN, pulseItemsFor, type PulseKind } from '../../domain/buyin/pulse-items';
import type { Random } from '../../domain/common/random';
import type { Level, Person, PersonFunction } from '../../domain/org/types';
import type { Tx } from '../db/create-db';
import { openPulseFor, type CreatePulseInput } from './pulse-audience';
import { closePulseRow, insertResponses, listInvitations } from './pulse-repository';

export interface Invitee {
  personId: string;
  level: Level;
  function: PersonFunction;
  region: string | null;
  managerChain: string[];
}

/** A respondent's underlying attitude (1–5) and how likely they are to answer; null = does not answer. */
export type Attitude = (invitee: Invitee) => { belief: number; components?: number; rate?: number } | null;

/** Answers scattered around the respondent's attitude: belief and readiness near `belief`, components near `components`. */
export function answersAround(kind: PulseKind, attitude: { belief: number; components?: number }, random: Random): Record<string, number> {
  const clamp = (value: number) => Math.min(LIKERT_MAX, Math.max(LIKERT_MIN, Math.round(value)));
  const noise = () => (random.next() + random.next() - 1) * 1.2;
  return Object.fromEntries(
    pulseItemsFor(kind).map((item) => {
      const centre = item.measure === 'belief' || item.measure === 'readiness' ? attitude.belief : (attitude.components ?? attitude.belief);
      return [item.id, clamp(centre + noise())];
    }),
  );
}

/**
 * Opens a pulse at `openedAt` (in the past), answers it for the invitees the attitude picks, and closes it when
 * `closed`: what the demo and the benchmark use to put realistic pulses in place quickly.
 */
export async function seedPulse(
  tx: Tx,
  orgId: string,
  options: {
    kind: PulseKind;
    initiativeId: string | null;
    title: string;
    input: CreatePulseInput;
    openedAt: Date;
    closed: boolean;
    attitude: Attitude;
    random: Random;
    preloaded?: { people: readonly Person[]; chains: ReadonlyMap<string, string[]> };
  },
): Promise<{ pulseId: string; invited: number; answered: number }> {
  const { pulseId, invited } = await openPulseFor(
    tx,
    orgId,
    { kind: options.kind, initiativeId: options.initiativeId, title: options.title, openedBy: null, input: options.input, now: options.openedAt },
    options.preloaded,
  );
  const items = pulseItemsFor(options.kind);
  const responses = [];
  // In the people's order (by e-mail when known), not by id: ids are random, the demo must not be.
  const order = new Map((options.preloaded?.people ?? []).map((p) => [p.id, p.email]));
  const invitees = (await listInvitations(tx, orgId, pulseId)).sort((a, b) => (order.get(a.personId) ?? a.personId).localeCompare(order.get(b.personId) ?? b.personId));
  for (const invitee of invitees) {
    const attitude = options.attitude(invitee);
    if (!attitude || !options.random.chance(attitude.rate ?? 0.8)) continue;
    const answers = answersAround(options.kind, attitude, options.random);
    const at = new Date(options.openedAt.getTime() + options.random.int(1, 72) * 3_600_000);
    responses.push({ ...invitee, answers, scores: scoresOf(items, answers) as Record<string, number>, at });
  }
  await insertResponses(tx, orgId, pulseId, responses);
  if (options.closed) await closePulseRow(tx, orgId, pulseId, new Date(options.input.closesAt));
  return { pulseId, invited, answered: responses.length };
}
