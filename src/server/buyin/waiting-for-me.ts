import type { z } from 'zod';
import type { waitingForMe } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { findOrg } from '../org/orgs-repository';
import { listAnsweredFeedbackBy } from './feedback-repository';
import { findPersonRefs, listInitiatives } from './initiatives-repository';
import { summarise } from './initiative-summaries';
import { listPulsesWaitingFor } from './pulse-waiting';
import { feedbackPeople, presentFeedback } from './presenters';

type WaitingForMe = z.infer<typeof waitingForMe>;

/**
 * A sales person's page: pulses they are invited to, answers to their feedback (newest first) and the initiatives
 * sales is absorbing now (in the person's region). A user without a person sees only what is being absorbed.
 */
export async function getWaitingForMe({ db, actor }: UseCaseContext): Promise<WaitingForMe> {
  const { orgId, personId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const now = new Date();
    const pulses = personId ? await listPulsesWaitingFor(tx, orgId, personId, now) : [];
    const answered = personId ? await listAnsweredFeedbackBy(tx, orgId, personId, 50) : [];
    const people = await findPersonRefs(tx, orgId, [personId, ...feedbackPeople(answered)]);
    const region = personId ? (people.get(personId)?.region ?? null) : null;
    // An initiative aimed at named regions waits only for people there; one aimed at no region, for everyone.
    const absorbingRows = (await listInitiatives(tx, orgId, { stage: 'absorption' })).filter(
      (row) => row.targetRegions.length === 0 || region === null || row.targetRegions.includes(region),
    );
    const org = await findOrg(tx, orgId);
    const summaries = await summarise(tx, orgId, absorbingRows, now, org?.reportingMinimum ?? 5);
    const endsAt = new Map(absorbingRows.map((r) => [r.id, r.absorptionEndsAt?.toISOString() ?? null]));
    return {
      pulses,
      answeredFeedback: answered.map((row) => presentFeedback(row, personId, people, now)),
      absorbing: summaries.map((s) => ({ ...s, absorptionEndsAt: endsAt.get(s.id) ?? null })),
    };
  });
}
