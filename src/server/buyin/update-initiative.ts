import type { InitiativeSummary, UpdateInitiativeInput } from '../../shared/buyin';
import { addBusinessDays } from '../../domain/buyin/business-days';
import type { UseCaseContext } from '../actor';
import { conflict, invalidInput } from '../errors';
import { loadViewer, requireInitiative, requireMarketer } from './access';
import { record } from './history';
import { findPersonRefs, updateInitiativeIfVersion, type InitiativeRow } from './initiatives-repository';
import { summarise } from './initiative-summaries';

export const staleVersion = (current: number) =>
  conflict(`Someone changed this initiative since you opened it (it is now at version ${current}). Reload it and make your change again.`, { version: current });

const LABELS: Partial<Record<keyof UpdateInitiativeInput, string>> = {
  title: 'title',
  summary: 'summary',
  ownerPersonId: 'owner',
  targetSegments: 'segments',
  targetRegions: 'regions',
  startDate: 'start date',
  rolloutDate: 'rollout date',
  absorptionBusinessDays: 'absorption window',
  rationale: 'rationale',
  expectedSalesBenefit: 'benefit for sales',
};

/** Edits an initiative's fields, refusing a write based on an older version (409: reload and try again). */
export async function updateInitiative({ db, actor }: UseCaseContext, initiativeId: string, input: UpdateInitiativeInput): Promise<InitiativeSummary> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    requireMarketer(viewer, 'edit initiatives');
    const current = await requireInitiative(tx, orgId, initiativeId);
    if (current.version !== input.version) throw staleVersion(current.version);
    const { version, ...fields } = input;
    const changes: Partial<InitiativeRow> = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    if (changes.ownerPersonId && !(await findPersonRefs(tx, orgId, [changes.ownerPersonId])).has(changes.ownerPersonId)) {
      throw invalidInput('The owner is not a person in this organisation.');
    }
    // A longer or shorter window during absorption moves its end, counted from when absorption began.
    if (changes.absorptionBusinessDays !== undefined && current.stage === 'absorption' && current.absorptionStartedAt) {
      changes.absorptionEndsAt = addBusinessDays(current.absorptionStartedAt, changes.absorptionBusinessDays);
    }
    const now = new Date();
    const updated = await updateInitiativeIfVersion(tx, orgId, initiativeId, version, changes, now);
    if (!updated) throw staleVersion(current.version + 1);
    const changed = Object.keys(fields)
      .filter((key) => fields[key as keyof typeof fields] !== undefined)
      .map((key) => LABELS[key as keyof UpdateInitiativeInput] ?? key);
    await record(tx, viewer, initiativeId, { kind: 'edited', note: changed.length ? `Edited ${changed.join(', ')}.` : 'Saved without changes.' }, now);
    const [summary] = await summarise(tx, orgId, [{ ...updated, updatedAt: now }], now, viewer.reportingMinimum);
    return summary as InitiativeSummary;
  });
}
