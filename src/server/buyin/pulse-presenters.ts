import type { z } from 'zod';
import type { ComputedResults } from '../../domain/buyin/aggregate-results';
import type { pulseDetail, pulseResults, pulseSummary } from '../../shared/buyin';
import type { PulseRow } from './pulse-repository';

type PulseSummary = z.infer<typeof pulseSummary>;
type PulseDetail = z.infer<typeof pulseDetail>;
type PulseResults = z.infer<typeof pulseResults>;

export const isClosed = (pulse: Pick<PulseRow, 'closedAt' | 'closesAt'>, now: Date) => pulse.closedAt !== null || pulse.closesAt.getTime() <= now.getTime();

export function presentPulseSummary(pulse: PulseRow, now: Date): PulseSummary {
  return {
    id: pulse.id,
    kind: pulse.kind,
    initiativeId: pulse.initiativeId,
    initiativeTitle: pulse.initiativeTitle,
    title: pulse.title,
    status: isClosed(pulse, now) ? 'closed' : 'open',
    openedAt: pulse.openedAt.toISOString(),
    closesAt: (pulse.closedAt ?? pulse.closesAt).toISOString(),
    invited: pulse.invitedCount,
    answered: pulse.answeredCount,
    audience: { levels: pulse.audienceLevels, functions: pulse.audienceFunctions, regions: pulse.audienceRegions },
    remindersSent: pulse.remindersSent,
  };
}

export function presentPulseDetail(
  pulse: PulseRow,
  me: { invited: boolean; own: { answers: Record<string, number>; answeredAt: Date } | undefined },
  now: Date,
): PulseDetail {
  return {
    ...presentPulseSummary(pulse, now),
    items: pulse.items.map((i) => ({ id: i.id, measure: i.measure, codeId: i.codeId, text: i.text })),
    me: { invited: me.invited, answers: me.own?.answers ?? null, answeredAt: me.own?.answeredAt.toISOString() ?? null },
  };
}

export function presentResults(pulseId: string, results: ComputedResults): PulseResults {
  const { reportingMinimum, responded, cells, cascade, lines } = results;
  return { pulseId, reportingMinimum, responded, cells, cascade, lines };
}
