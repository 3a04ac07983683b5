import type { CreateInitiativeInput, InitiativeSummary } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { invalidInput } from '../errors';
import { newId } from '../ids';
import { loadViewer, requireMarketer } from './access';
import { record } from './history';
import { findPersonRefs, insertInitiative } from './initiatives-repository';
import { summarise } from './initiative-summaries';

/** A marketer drafts an initiative; it belongs to them unless they name another owner. */
export async function createInitiative({ db, actor }: UseCaseContext, input: CreateInitiativeInput): Promise<InitiativeSummary> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    requireMarketer(viewer, 'create initiatives');
    const ownerPersonId = input.ownerPersonId ?? viewer.person?.id;
    if (!ownerPersonId) throw invalidInput('Choose an owner: your account is not linked to a person, so the initiative needs ownerPersonId.');
    if (!(await findPersonRefs(tx, orgId, [ownerPersonId])).has(ownerPersonId)) throw invalidInput('The owner is not a person in this organisation.');
    const now = new Date();
    const row = await insertInitiative(tx, {
      orgId,
      id: newId(now.getTime()),
      title: input.title,
      summary: input.summary,
      ownerPersonId,
      targetSegments: input.targetSegments,
      targetRegions: input.targetRegions,
      startDate: input.startDate,
      rolloutDate: input.rolloutDate,
      absorptionBusinessDays: input.absorptionBusinessDays,
      rationale: input.rationale,
      expectedSalesBenefit: input.expectedSalesBenefit,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await record(tx, viewer, row.id, { kind: 'created', note: `Created “${row.title}” as a draft.`, to: 'draft' }, now);
    const [summary] = await summarise(tx, orgId, [row], now, viewer.reportingMinimum);
    return summary as InitiativeSummary;
  });
}
