import { builtinCode } from '../../domain/research/codebook/builtin-codebook';
import { createTextCoder, type CoderCode, type CodedSegment } from '../../domain/research/coder/text-coder';
import type { Level, PersonFunction } from '../../domain/org/types';
import type { UseCaseContext } from '../actor';
import type { Tx } from '../db/create-db';
import { loadProject, requireResearcher } from './access';
import { listCodes } from './codes-repository';
import { listCodings } from './codings-repository';
import { listInformants } from './informants-repository';
import { transcriptTexts } from './transcripts-repository';

/**
 * The offline coder for one project: every code of the project (a built-in construct brings its definition and
 * examples; the project's own codes their name, description and quote), trained on the segments coded so far.
 */
async function projectCoder(tx: Tx, orgId: string, projectId: string) {
  // Aggregate dimensions are headings, not codes one applies to a passage.
  const codes = (await listCodes(tx, orgId, projectId)).filter((code) => code.kind !== 'aggregate');
  const coderCodes: CoderCode[] = codes.map((code) => {
    const builtin = code.builtinId ? builtinCode(code.builtinId) : undefined;
    return {
      id: code.id,
      name: code.name,
      definition: [builtin?.definition, code.description].filter(Boolean).join(' '),
      examples: [...(builtin?.examples ?? []), ...(code.quote ? [code.quote] : [])],
      side: builtin?.side,
      level: builtin?.level,
    };
  });
  const transcripts = await transcriptTexts(tx, orgId, projectId);
  const informants = new Map((await listInformants(tx, orgId, projectId)).map((i) => [i.id, i]));
  const speakerOf = new Map(transcripts.map((t) => [t.id, t.informantId ? informants.get(t.informantId) : undefined]));
  const textOf = new Map(transcripts.map((t) => [t.id, t.text]));
  const training: CodedSegment[] = (await listCodings(tx, orgId, projectId))
    .filter((c) => c.flagReason === null)
    .map((c) => {
      const speaker = speakerOf.get(c.transcriptId);
      return { text: (textOf.get(c.transcriptId) ?? '').slice(c.start, c.end), codeId: c.codeId, function: speaker?.function ?? undefined, level: speaker?.level ?? undefined };
    });
  return { coderCodes, training, codes };
}

export async function suggestCodes(
  { db, actor }: UseCaseContext,
  projectId: string,
  input: { text: string; function?: PersonFunction; level?: Level; top: number },
) {
  requireResearcher(actor, 'read');
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const { coderCodes, training, codes } = await projectCoder(tx, orgId, projectId);
    const coder = createTextCoder({ codes: coderCodes, training });
    const byId = new Map(codes.map((c) => [c.id, c]));
    return {
      suggestions: coder.suggest({ text: input.text, function: input.function, level: input.level }, input.top).map((s) => ({
        codeId: s.code,
        builtinId: byId.get(s.code)?.builtinId ?? null,
        name: byId.get(s.code)?.name ?? s.code,
        score: s.score,
      })),
    };
  });
}

/** For `tandem code suggest --project ID`: the project's codes and coded segments, as the CLI's coder needs them. */
export async function loadProjectCoderInput({ db, actor }: UseCaseContext, projectId: string) {
  requireResearcher(actor);
  return db.withOrg(actor.orgId, async (tx) => {
    await loadProject(tx, actor, projectId);
    const { coderCodes, training } = await projectCoder(tx, actor.orgId, projectId);
    return { codes: coderCodes, training };
  });
}
