import type { z } from 'zod';
import type { pulseDetail } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { forbidden, notFound } from '../errors';
import { openPulseFor, type CreatePulseInput } from './pulse-audience';
import { presentPulseDetail } from './pulse-presenters';
import { findInvitation, findPulse } from './pulse-repository';

/** Leaders, admins and analysts open the organisation pulse on walls, culture and relationships (DOMAIN.md §2). */
export async function openOrganisationPulse({ db, actor }: UseCaseContext, input: CreatePulseInput, now = new Date()): Promise<z.infer<typeof pulseDetail>> {
  if (!['admin', 'leader', 'analyst'].includes(actor.role)) {
    throw forbidden(`Only leaders, admins and analysts can open the organisation pulse; you are signed in as ${actor.role}.`);
  }
  return db.withOrg(actor.orgId, async (tx) => {
    const title = input.title ?? 'How sales and marketing work together';
    const { pulseId } = await openPulseFor(tx, actor.orgId, { kind: 'organisation', initiativeId: null, title, openedBy: actor.userId, input, now });
    const pulse = await findPulse(tx, actor.orgId, pulseId);
    if (!pulse) throw notFound('The new pulse');
    const invited = actor.personId ? (await findInvitation(tx, actor.orgId, pulseId, actor.personId)) !== undefined : false;
    return presentPulseDetail(pulse, { invited, own: undefined }, now);
  });
}
