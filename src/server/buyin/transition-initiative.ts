import type { InitiativeSummary, TransitionInput } from '../../shared/buyin';
import { headingToSales } from '../../domain/buyin/checklist';
import { STAGE_LABELS, transition } from '../../domain/buyin/lifecycle';
import type { UseCaseContext } from '../actor';
import { loadViewer, requireInitiative, requireMarketer } from './access';
import { record } from './history';
import { updateInitiativeIfVersion } from './initiatives-repository';
import { countObjectivity } from './involvement-repository';
import { summarise } from './initiative-summaries';
import { staleVersion } from './update-initiative';

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * Moves an initiative to another stage under the lifecycle rules (domain/buyin/lifecycle): the reason, any skipped
 * stages and an absorption override go into the history. Moving to sales without evidence or a why is allowed but
 * noted in the history and flagged on the checklist.
 */
export async function transitionInitiative({ db, actor }: UseCaseContext, initiativeId: string, input: TransitionInput): Promise<InitiativeSummary> {
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    requireMarketer(viewer, 'move initiatives between stages');
    const current = await requireInitiative(tx, orgId, initiativeId);
    if (current.version !== input.version) throw staleVersion(current.version);
    const now = new Date();
    const outcome = transition(current, input, now);
    const skippedStages = [...new Set([...current.skippedStages, ...outcome.skipped])];
    const updated = await updateInitiativeIfVersion(
      tx,
      orgId,
      initiativeId,
      input.version,
      { stage: outcome.to, absorptionStartedAt: outcome.absorptionStartedAt, absorptionEndsAt: outcome.absorptionEndsAt, skippedStages },
      now,
    );
    if (!updated) throw staleVersion(current.version + 1);
    const evidenceCount = (await countObjectivity(tx, orgId, [initiativeId])).get(initiativeId)?.evidence ?? 0;
    const flags = headingToSales({ stage: current.stage, rationale: current.rationale, evidenceCount }, outcome.to);
    const skipped = outcome.skipped.length ? [`Skipped ${outcome.skipped.map((s) => STAGE_LABELS[s]).join(' and ')}.`] : [];
    await record(
      tx,
      viewer,
      initiativeId,
      { kind: outcome.kind === 'override' ? 'override' : 'stage', from: outcome.from, to: outcome.to, note: [`${outcome.kind === 'override' ? 'Absorption override: ' : ''}${outcome.note}`, ...skipped, ...flags].map(sentence).join(' ') },
      now,
    );
    const [summary] = await summarise(tx, orgId, [{ ...updated, updatedAt: now }], now, viewer.reportingMinimum);
    return summary as InitiativeSummary;
  });
}
