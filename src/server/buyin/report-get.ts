import type { z } from 'zod';
import { reportRows, type ReportInitiative } from '../../domain/buyin/report';
import { effectiveMinimum } from '../../domain/buyin/suppression';
import type { buyinReport } from '../../shared/buyin';
import type { UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { findOrg } from '../org/orgs-repository';
import { latestInitiativePulses, listPulses } from './pulse-repository';
import { resultsOfPulse } from './results-of-pulse';

/**
 * `tandem buyin report` and GET /api/buyin/report: per initiative (one, or all) and (level, function) cell of its
 * latest published pulse (see domain/buyin/publication), n and the mean of each component, belief and readiness —
 * suppressed cells carry no values.
 */
export async function getBuyinReport({ db, actor }: UseCaseContext, query: { initiativeId?: string }): Promise<z.infer<typeof buyinReport>> {
  return db.withOrg(actor.orgId, async (tx) => {
    const org = await findOrg(tx, actor.orgId);
    if (!org) throw notFound('Your organisation');
    const minimum = effectiveMinimum(org.reportingMinimum);
    const latest = await latestInitiativePulses(tx, actor.orgId, query.initiativeId ? [query.initiativeId] : null, new Date());
    if (query.initiativeId && latest.length === 0) throw notFound('That initiative');
    const withPulse = latest.filter((l) => l.pulseId !== null);
    const pulses = new Map((await listPulses(tx, actor.orgId, { kind: 'initiative', initiativeIds: withPulse.map((l) => l.id) }, 100_000)).map((p) => [p.id, p]));
    const initiatives: ReportInitiative[] = [];
    for (const l of latest) {
      const pulse = l.pulseId ? pulses.get(l.pulseId) : undefined;
      const cells = pulse ? (await resultsOfPulse(tx, actor.orgId, pulse, minimum)).cells : [];
      initiatives.push({ id: l.id, title: l.title, pulseId: pulse?.id ?? null, cells });
    }
    return { rows: reportRows(initiatives) };
  });
}
