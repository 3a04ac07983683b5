import type { z } from 'zod';
import type { pulseDetail } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { conflict, notFound } from '../errors';
import { loadViewer, requireInitiative, requireMarketer } from './access';
import { record } from './history';
import { openPulseFor, type CreatePulseInput } from './pulse-audience';
import { presentPulseDetail } from './pulse-presenters';
import { findInvitation, findPulse } from './pulse-repository';

const PULSE_STAGES = new Set(['commitment', 'rollout', 'review']);

/**
 * Marketing opens a buy-in pulse on an initiative (DOMAIN.md §2). Only once sales has had its absorption time: the
 * initiative must be in commitment or later, which the lifecycle allows only after the window (or with a recorded
 * override); before that the answer names the day absorption ends.
 */
export async function openInitiativePulse({ db, actor }: UseCaseContext, initiativeId: string, input: CreatePulseInput, now = new Date()): Promise<z.infer<typeof pulseDetail>> {
  return db.withOrg(actor.orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    requireMarketer(viewer, 'open a buy-in pulse');
    const initiative = await requireInitiative(tx, actor.orgId, initiativeId);
    if (!PULSE_STAGES.has(initiative.stage)) {
      const ends = initiative.absorptionEndsAt;
      const absorbing = ends && ends.getTime() > now.getTime() ? ` Sales is absorbing it until ${ends.toISOString().slice(0, 10)}.` : '';
      throw conflict(`A buy-in pulse opens once the initiative is in commitment; it is in ${initiative.stage.replace('_', ' ')}.${absorbing}`);
    }
    const title = input.title ?? `Buy-in: ${initiative.title}`;
    const { pulseId, invited } = await openPulseFor(tx, actor.orgId, { kind: 'initiative', initiativeId, title, openedBy: actor.userId, input, now });
    await record(tx, viewer, initiativeId, { kind: 'pulse', note: `Opened the pulse “${title}” to ${invited} people, closing ${input.closesAt.slice(0, 10)}.` }, now);
    const pulse = await findPulse(tx, actor.orgId, pulseId);
    if (!pulse) throw notFound('The new pulse');
    const invitedMe = actor.personId ? (await findInvitation(tx, actor.orgId, pulseId, actor.personId)) !== undefined : false;
    return presentPulseDetail(pulse, { invited: invitedMe, own: undefined }, now);
  });
}
