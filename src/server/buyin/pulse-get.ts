import type { z } from 'zod';
import type { pulseDetail } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import type { Tx } from '../db/create-db';
import { notFound } from '../errors';
import { presentPulseDetail } from './pulse-presenters';
import { findInvitation, findOwnResponse, findPulse, type PulseRow } from './pulse-repository';

type PulseDetail = z.infer<typeof pulseDetail>;

/** A pulse's items and status for anyone in the org; answers only ever the reader's own. */
export async function getPulse({ db, actor }: UseCaseContext, pulseId: string, now = new Date()): Promise<PulseDetail> {
  return db.withOrg(actor.orgId, async (tx) => {
    const pulse = await requirePulse(tx, actor.orgId, pulseId);
    return detailFor(tx, actor.orgId, pulse, actor.personId, now);
  });
}

export async function requirePulse(tx: Tx, orgId: string, pulseId: string): Promise<PulseRow> {
  const pulse = await findPulse(tx, orgId, pulseId);
  if (!pulse) throw notFound('That pulse');
  return pulse;
}

/** The pulse as this person sees it: whether they are invited, and their own answers (nobody else's). */
export async function detailFor(tx: Tx, orgId: string, pulse: PulseRow, personId: string | null, now: Date): Promise<PulseDetail> {
  const invited = personId ? (await findInvitation(tx, orgId, pulse.id, personId)) !== undefined : false;
  const own = invited && personId ? await findOwnResponse(tx, orgId, pulse.id, personId) : undefined;
  return presentPulseDetail(pulse, { invited, own }, now);
}
