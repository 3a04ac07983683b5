import type { z } from 'zod';
import type { flexDecisionInput, flexRequest } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { conflict, invalidInput, notFound } from '../errors';
import { notify } from '../notifications/notify';
import { loadViewer, requireInitiative, requireMarketer } from './access';
import { decideFlexRequest, findFlexRequest } from './flex-repository';
import { record } from './history';
import { findPersonRefs } from './initiatives-repository';
import { presentFlex } from './presenters';

const WORDS = { approved: 'approved', partly: 'partly approved', declined: 'declined' } as const;

/**
 * Marketing decides a flex request with a reason. Unless it is declined, give and take is recorded: what sales
 * commits in return and what marketing commits. The requester is notified.
 */
export async function decideFlex({ db, actor }: UseCaseContext, flexId: string, input: z.infer<typeof flexDecisionInput>): Promise<z.infer<typeof flexRequest>> {
  if (input.decision !== 'declined' && (!input.salesCommits || !input.marketingCommits)) {
    throw invalidInput('Record the give and take: what sales commits in return and what marketing commits (both are needed unless you decline).');
  }
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    requireMarketer(viewer, 'decide flex requests');
    const current = await findFlexRequest(tx, orgId, flexId);
    if (!current) throw notFound('That flex request');
    const initiative = await requireInitiative(tx, orgId, current.initiativeId);
    if (current.status !== 'pending') throw conflict(`This request was already ${WORDS[current.status]}.`);
    const now = new Date();
    const row = await decideFlexRequest(tx, orgId, flexId, {
      status: input.decision,
      reason: input.reason,
      salesCommits: input.salesCommits,
      marketingCommits: input.marketingCommits,
      decidedByPersonId: viewer.person?.id ?? null,
      decidedAt: now,
    });
    if (!row) throw conflict('Someone decided this request a moment ago; reload to see the decision.');
    await record(tx, viewer, row.initiativeId, { kind: 'flex', note: `Flex request for ${row.region} (${row.aspect}) ${WORDS[input.decision]}.` }, now);
    await notify(
      tx,
      orgId,
      [{ personId: row.requestedByPersonId, kind: 'flex_decided', text: `Your request to adapt the ${row.aspect} of “${initiative.title}” for ${row.region} was ${WORDS[input.decision]}.`, link: `/initiatives/${row.initiativeId}/flex` }],
      now,
    );
    return presentFlex(row, await findPersonRefs(tx, orgId, [row.requestedByPersonId, row.decidedByPersonId]));
  });
}
