import { codeCooccurrence, matrixCoding, textSearch, wordFrequency } from '../../domain/research/queries';
import type { UseCaseContext } from '../actor';
import { loadProject, requireResearcher } from './access';
import { listCodes } from './codes-repository';
import { listCodings } from './codings-repository';
import { listInformants } from './informants-repository';
import { transcriptTexts } from './transcripts-repository';

async function projectData({ db, actor }: UseCaseContext, projectId: string) {
  requireResearcher(actor, 'read');
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    return {
      codes: await listCodes(tx, orgId, projectId),
      codings: (await listCodings(tx, orgId, projectId)).filter((c) => c.flagReason === null),
      informants: await listInformants(tx, orgId, projectId),
      transcripts: await transcriptTexts(tx, orgId, projectId),
    };
  });
}

/** Codes × an informant attribute (function, level, dyad, firm, unit or a free attribute); each cell opens its passages. */
export async function matrixQuery(context: UseCaseContext, projectId: string, attribute: string) {
  const { codes, codings, informants, transcripts } = await projectData(context, projectId);
  const informantById = new Map(informants.map((i) => [i.id, i]));
  const attributesOf = new Map(
    transcripts.map((t) => {
      const informant = t.informantId ? informantById.get(t.informantId) : undefined;
      if (!informant) return [t.id, undefined] as const;
      const free = Object.fromEntries(Object.entries(informant.attributes).map(([name, a]) => [name, String(a.value)]));
      return [t.id, { ...free, function: informant.function, level: informant.level, dyad: informant.dyadKey, firm: informant.firm, unit: informant.unit }] as const;
    }),
  );
  const used = codes.filter((code) => codings.some((c) => c.codeId === code.id));
  const result = matrixCoding({
    codings,
    segmentsText: Object.fromEntries(transcripts.map((t) => [t.id, t.text])),
    informantOf: (transcriptId) => attributesOf.get(transcriptId),
    rows: used.map((c) => c.id),
    columnAttribute: attribute,
  });
  const transcriptOf = new Map(codings.map((c) => [c.id, c.transcriptId]));
  return {
    attribute,
    columns: result.columns,
    rows: used.map((c) => ({ codeId: c.id, name: c.name })),
    cells: result.cells.map((cell) => ({
      codeId: cell.codeId,
      value: cell.value,
      count: cell.count,
      transcripts: cell.transcripts,
      segments: (cell.segments ?? []).map((s) => ({ codingId: s.codingId, transcriptId: transcriptOf.get(s.codingId) ?? '', text: s.text })),
    })),
  };
}

export async function cooccurrenceQuery(context: UseCaseContext, projectId: string) {
  const { codes, codings } = await projectData(context, projectId);
  const nameOf = new Map(codes.map((c) => [c.id, c.name]));
  return {
    pairs: codeCooccurrence(codings).map((p) => ({ codeA: p.codeA, codeB: p.codeB, nameA: nameOf.get(p.codeA) ?? '', nameB: nameOf.get(p.codeB) ?? '', count: p.count })),
  };
}

/** Text search over every transcript, and the most frequent words of the project. */
export async function searchQuery(context: UseCaseContext, projectId: string, query: { q: string; caseSensitive: boolean; wholeWord: boolean }) {
  const { transcripts } = await projectData(context, projectId);
  const titleOf = new Map(transcripts.map((t) => [t.id, t.title]));
  const hits = query.q ? textSearch(transcripts, query.q, { caseSensitive: query.caseSensitive, wholeWord: query.wholeWord }).slice(0, 500) : [];
  return {
    hits: hits.map((h) => ({ ...h, title: titleOf.get(h.transcriptId) ?? '' })),
    words: wordFrequency(transcripts.map((t) => t.text), { top: 40 }),
  };
}
