import { codingAgreementData, disagreements } from '../../domain/research/coding-agreement';
import { computeAgreement } from '../../domain/research/compute-agreement';
import { DomainError } from '../../domain/common/domain-error';
import { PRL_THRESHOLD } from '../../domain/research/proportional-reduction-in-loss';
import { assessSaturation } from '../../domain/research/saturation';
import type { AgreementView, SaturationView } from '../../shared/research';
import type { UseCaseContext } from '../actor';
import { invalidInput } from '../errors';
import { loadProject, requireResearcher } from './access';
import { listCodes } from './codes-repository';
import { listCodings } from './codings-repository';
import { listCoders } from './projects-repository';
import { transcriptTexts } from './transcripts-repository';

/** New codes per interview in coding order, and Guest, Namey & Chen's (2020) saturation verdict. */
export async function getSaturation({ db, actor }: UseCaseContext, projectId: string, settings: { base: number; run: number; threshold: number }): Promise<SaturationView> {
  requireResearcher(actor, 'read');
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const transcripts = await transcriptTexts(tx, orgId, projectId);
    const codings = (await listCodings(tx, orgId, projectId)).filter((c) => c.flagReason === null);
    // A code enters in the order it first appears in the text, per interview.
    const interviews = transcripts.map((t) => ({
      interviewId: t.id,
      codeIds: codings.filter((c) => c.transcriptId === t.id).sort((a, b) => a.start - b.start).map((c) => c.codeId),
    }));
    const assessment = assessSaturation(interviews, { baseSize: settings.base, runLength: settings.run, thresholdPercent: settings.threshold * 100 });
    const titles = new Map(transcripts.map((t) => [t.id, t.title]));
    return {
      perInterview: assessment.perInterview.map((row) => ({ transcriptId: row.interviewId, title: titles.get(row.interviewId) ?? '', newCodes: row.newCodes.length, cumulativeCodes: row.cumulativeCodes })),
      reached: assessment.saturated,
      verdict: assessment.verdict,
      settings,
    };
  });
}

const METRICS = [
  { metric: 'percent', label: 'Percent agreement' },
  { metric: 'holsti', label: "Holsti's coefficient" },
  { metric: 'cohen', label: "Cohen's kappa" },
  { metric: 'fleiss', label: "Fleiss' kappa" },
  { metric: 'brennan-prediger', label: 'Brennan–Prediger kappa' },
  { metric: 'krippendorff', label: "Krippendorff's alpha (nominal)" },
] as const;

type Value = number | null;
function tryMetric(run: () => { value: Value; details?: unknown }): { value: Value; note?: string } {
  try {
    const result = run();
    const method = (result.details as { method?: string } | undefined)?.method;
    return method === 'pairwise-mean' ? { value: result.value, note: 'mean of the coder pairs' } : { value: result.value };
  } catch (error) {
    // A statistic that is undefined for these data (one category only, no complete unit…) says why instead.
    if (error instanceof DomainError) return { value: null, note: error.message };
    throw error;
  }
}

/** Agreement between two or more coders, overall and per code, with the segments where they differ. */
export async function getAgreement(
  { db, actor }: UseCaseContext,
  projectId: string,
  options: { unit: 'segment' | 'character'; countUncoded: boolean; coderIds?: string[] },
): Promise<AgreementView> {
  requireResearcher(actor, 'read');
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const allCoders = await listCoders(tx, orgId, projectId);
    const coders = options.coderIds ? allCoders.filter((c) => options.coderIds?.includes(c.id)) : allCoders;
    if (options.coderIds && coders.length !== options.coderIds.length) throw invalidInput('One of those coders is not in this project.');
    const transcripts = await transcriptTexts(tx, orgId, projectId);
    const coderIds = coders.map((c) => c.id);
    const codings = (await listCodings(tx, orgId, projectId)).filter((c) => c.flagReason === null && coderIds.includes(c.coderId));
    // Compare only the transcripts that at least two of the chosen coders worked on.
    const codedBy: Record<string, string[]> = {};
    for (const c of codings) {
      const coders = (codedBy[c.transcriptId] ??= []);
      if (!coders.includes(c.coderId)) coders.push(c.coderId);
    }
    const shared = transcripts.filter((t) => (codedBy[t.id]?.length ?? 0) >= 2);
    const view = (coder: (typeof coders)[number]) => ({ ...coder, isMe: coder.userId !== null && coder.userId === actor.userId });
    const empty: AgreementView = { coders: coders.map(view), units: 0, overall: [], prl: { value: null, meetsThreshold: null, method: 'not enough data' }, perCode: [], disagreements: [] };
    if (coders.length < 2 || shared.length === 0) {
      return { ...empty, overall: [{ metric: 'none', label: 'Agreement', value: null, note: 'Agreement needs at least two coders who coded the same transcript.' }] };
    }
    const scope = { transcripts: shared, coders: coderIds, codedBy };
    const sharedIds = new Set(shared.map((t) => t.id));
    const inScope = codings.filter((c) => sharedIds.has(c.transcriptId));
    const data = codingAgreementData(inScope, { ...scope, unit: options.unit, countUncoded: options.countUncoded });
    const overall = METRICS.map(({ metric, label }) => ({ metric, label, ...tryMetric(() => computeAgreement(data, { metric })) }));
    const prl = tryMetric(() => computeAgreement(data, { metric: 'prl' }));
    const codes = await listCodes(tx, orgId, projectId);
    const usedCodes = codes.filter((code) => inScope.some((c) => c.codeId === code.id));
    const perCode = usedCodes.map((code) => {
      try {
        const perCodeData = codingAgreementData(inScope, { ...scope, codeId: code.id, unit: options.unit, countUncoded: true });
        const value = (metric: 'percent' | 'cohen' | 'krippendorff' | 'prl') => tryMetric(() => computeAgreement(perCodeData, { metric })).value;
        return { codeId: code.id, name: code.name, units: perCodeData.units.length, percent: value('percent'), kappa: value('cohen'), alpha: value('krippendorff'), prl: value('prl') };
      } catch (error) {
        if (error instanceof DomainError) return { codeId: code.id, name: code.name, units: 0, percent: null, kappa: null, alpha: null, prl: null };
        throw error;
      }
    });
    return {
      coders: coders.map(view),
      units: data.units.length,
      overall,
      prl: { value: prl.value, meetsThreshold: prl.value === null ? null : prl.value >= PRL_THRESHOLD, method: prl.note ?? (coders.length === 2 ? 'two judges (Perreault & Leigh I_r)' : 'mean of the coder pairs') },
      perCode,
      disagreements: disagreements(inScope, scope).slice(0, 200),
    };
  });
}
