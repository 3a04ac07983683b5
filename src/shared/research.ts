import { z } from 'zod';
import { FUNCTIONS, LEVELS } from '../domain/org/types';
import { limits } from './limits';

/** Contracts of the research workbench API (`/api/research/...`). */
const name = z.string().trim().min(1).max(limits.nameMaxLength);
const id = z.string().uuid();
const longText = z.string().max(200_000);

export const codeKind = z.enum(['in_vivo', 'first_order', 'second_order', 'aggregate']);
export type CodeKindValue = z.infer<typeof codeKind>;

export const projectSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
  transcripts: z.number().int(),
  informants: z.number().int(),
  codes: z.number().int(),
  codings: z.number().int(),
});
export type ProjectSummary = z.infer<typeof projectSummary>;

export const createProjectInput = z.object({
  name,
  description: z.string().max(5_000).default(''),
  /** Start from the built-in SMI codebook (DOMAIN.md) or from an empty tree. A .qdc starts a project through its own endpoint. */
  start: z.enum(['builtin', 'empty']).default('builtin'),
});

export const coderView = z.object({ id: z.string(), name: z.string(), userId: z.string().nullable(), isMe: z.boolean() });
export type CoderView = z.infer<typeof coderView>;

export const codeView = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  kind: codeKind,
  description: z.string(),
  color: z.string().nullable(),
  quote: z.string().nullable(),
  builtinId: z.string().nullable(),
  position: z.number().int(),
  codingCount: z.number().int(),
});
export type CodeView = z.infer<typeof codeView>;

export const attributeValue = z.object({ type: z.enum(['text', 'number', 'boolean', 'date']), value: z.union([z.string(), z.number(), z.boolean()]) });
export const informantInput = z.object({
  name,
  function: z.enum(FUNCTIONS).nullable().default(null),
  level: z.enum(LEVELS).nullable().default(null),
  dyadKey: z.string().trim().max(100).nullable().default(null),
  firm: z.string().trim().max(200).nullable().default(null),
  unit: z.string().trim().max(200).nullable().default(null),
  attributes: z.record(z.string().max(100), attributeValue).default({}),
});
export const informantView = informantInput.extend({ id: z.string(), transcriptCount: z.number().int() });
export type InformantView = z.infer<typeof informantView>;

export const turn = z.object({ speaker: z.string(), start: z.number().int(), end: z.number().int() });
export const transcriptSummary = z.object({
  id: z.string(),
  title: z.string(),
  informantId: z.string().nullable(),
  position: z.number().int(),
  version: z.number().int(),
  length: z.number().int(),
  codingCount: z.number().int(),
  flaggedCount: z.number().int(),
  updatedAt: z.string(),
});
export type TranscriptSummary = z.infer<typeof transcriptSummary>;

export const codingView = z.object({
  id: z.string(),
  transcriptId: z.string(),
  codeId: z.string(),
  coderId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  flagReason: z.string().nullable(),
});
export type CodingView = z.infer<typeof codingView>;

export const memoTarget = z.enum(['project', 'code', 'transcript', 'coding']);
export const memoView = z.object({
  id: z.string(),
  targetType: memoTarget,
  targetId: z.string(),
  authorName: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MemoView = z.infer<typeof memoView>;

export const projectDetail = z.object({
  project: projectSummary,
  coders: z.array(coderView),
  codes: z.array(codeView),
  informants: z.array(informantView),
  transcripts: z.array(transcriptSummary),
  /** Memos on the project and on its codes (memos on transcripts and codings come with the transcript). */
  memos: z.array(memoView),
  /** True when the last code-tree change can be undone. */
  canUndo: z.boolean(),
});
export type ProjectDetail = z.infer<typeof projectDetail>;

export const transcriptDetail = z.object({
  transcript: transcriptSummary.extend({ text: z.string(), turns: z.array(turn) }),
  codings: z.array(codingView),
  memos: z.array(memoView),
});
export type TranscriptDetail = z.infer<typeof transcriptDetail>;

export const editTranscriptInput = z.object({ text: longText.min(1), baseVersion: z.number().int().min(1) });
export const editTranscriptResult = transcriptDetail.extend({ moved: z.number().int(), flagged: z.number().int() });

export const createCodingInput = z.object({ transcriptId: id, codeId: id, start: z.number().int().min(0), end: z.number().int().min(1) });

export const codeOperation = z.discriminatedUnion('type', [
  z.object({ type: z.literal('create'), name, kind: codeKind, parentId: id.nullable(), description: z.string().max(5_000).default(''), color: z.string().regex(/^#[0-9a-fA-F]{6}$/).nullable().default(null), quote: z.string().max(2_000).nullable().default(null) }),
  z.object({ type: z.literal('rename'), codeId: id, name }),
  z.object({ type: z.literal('describe'), codeId: id, description: z.string().max(5_000) }),
  z.object({ type: z.literal('recolor'), codeId: id, color: z.string().regex(/^#[0-9a-fA-F]{6}$/).nullable() }),
  z.object({ type: z.literal('move'), codeId: id, parentId: id.nullable() }),
  z.object({ type: z.literal('merge'), sourceId: id, targetId: id }),
  z.object({ type: z.literal('split'), codeId: id, name, codingIds: z.array(id).max(10_000) }),
  z.object({ type: z.literal('delete'), codeId: id }),
]);
export type CodeOperationInput = z.infer<typeof codeOperation>;

export const codeOperationResult = z.object({ codes: z.array(codeView), canUndo: z.boolean(), message: z.string() });

export const memoInput = z.object({ targetType: memoTarget, targetId: id, text: z.string().trim().min(1).max(50_000) });

export const saturationQuery = z.object({
  base: z.coerce.number().int().min(1).max(100).default(4),
  run: z.coerce.number().int().min(1).max(100).default(2),
  threshold: z.coerce.number().min(0).max(1).default(0.05),
});
export const saturationView = z.object({
  perInterview: z.array(z.object({ transcriptId: z.string(), title: z.string(), newCodes: z.number().int(), cumulativeCodes: z.number().int() })),
  reached: z.boolean(),
  verdict: z.string(),
  settings: z.object({ base: z.number(), run: z.number(), threshold: z.number() }),
});
export type SaturationView = z.infer<typeof saturationView>;

export const agreementQuery = z.object({
  unit: z.enum(['segment', 'character']).default('segment'),
  countUncoded: z.enum(['true', 'false']).default('true'),
  coders: z.string().max(2_000).optional(),
});
export const agreementStat = z.object({ metric: z.string(), label: z.string(), value: z.number().nullable(), note: z.string().optional() });
export const agreementView = z.object({
  coders: z.array(coderView),
  units: z.number().int(),
  overall: z.array(agreementStat),
  /** Proportional reduction in loss against the 0.70 cut-off for exploratory work (Rust & Cooil 1994). */
  prl: z.object({ value: z.number().nullable(), meetsThreshold: z.boolean().nullable(), method: z.string() }),
  perCode: z.array(z.object({ codeId: z.string(), name: z.string(), units: z.number().int(), percent: z.number().nullable(), kappa: z.number().nullable(), alpha: z.number().nullable(), prl: z.number().nullable() })),
  disagreements: z.array(z.object({ transcriptId: z.string(), start: z.number().int(), end: z.number().int(), text: z.string(), byCoder: z.record(z.string(), z.array(z.string())) })),
});
export type AgreementView = z.infer<typeof agreementView>;

export const suggestInput = z.object({ text: z.string().max(20_000), function: z.enum(FUNCTIONS).optional(), level: z.enum(LEVELS).optional(), top: z.number().int().min(1).max(20).default(5) });
export const suggestView = z.object({ suggestions: z.array(z.object({ codeId: z.string().nullable(), builtinId: z.string().nullable(), name: z.string(), score: z.number() })) });

export const matrixQuery = z.object({ attribute: z.string().trim().min(1).max(100).default('level') });
export const matrixView = z.object({
  attribute: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.object({ codeId: z.string(), name: z.string() })),
  cells: z.array(z.object({ codeId: z.string(), value: z.string(), count: z.number().int(), transcripts: z.number().int(), segments: z.array(z.object({ codingId: z.string(), transcriptId: z.string(), text: z.string() })) })),
});
export type MatrixView = z.infer<typeof matrixView>;

export const cooccurrenceView = z.object({
  pairs: z.array(z.object({ codeA: z.string(), codeB: z.string(), nameA: z.string(), nameB: z.string(), count: z.number().int() })),
});

/** Without q, only the word frequencies. */
export const searchQuery = z.object({ q: z.string().trim().max(200).default(''), caseSensitive: z.enum(['true', 'false']).default('false'), wholeWord: z.enum(['true', 'false']).default('false') });
export const searchView = z.object({
  hits: z.array(z.object({ transcriptId: z.string(), title: z.string(), start: z.number().int(), end: z.number().int(), before: z.string(), match: z.string(), after: z.string() })),
  words: z.array(z.object({ word: z.string(), count: z.number().int(), share: z.number() })),
});

export const validityInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member_check'), text: z.string().trim().min(1).max(20_000), subjectIds: z.array(id).min(1).max(200) }),
  z.object({ kind: z.literal('deviant_case'), text: z.string().trim().min(1).max(20_000), subjectIds: z.array(id).min(1).max(50) }),
]);
export const memberCheckResponseInput = z.object({ informantId: id, agrees: z.enum(['yes', 'partly', 'no']), response: z.string().trim().max(20_000).default('') });
export const validityView = z.object({
  id: z.string(),
  kind: z.enum(['member_check', 'deviant_case']),
  text: z.string(),
  subjectIds: z.array(z.string()),
  responses: z.array(z.object({ informantId: z.string(), agrees: z.enum(['yes', 'partly', 'no']), response: z.string(), at: z.string() })),
  createdAt: z.string(),
});
export type ValidityView = z.infer<typeof validityView>;

export const auditEntry = z.object({ id: z.string(), at: z.string(), actorName: z.string(), action: z.string(), entity: z.string(), entityId: z.string().nullable(), detail: z.record(z.string(), z.unknown()) });
export type AuditEntry = z.infer<typeof auditEntry>;

/** An interview guide: the questions, in order, that the interviews of a project follow. */
export const guideView = z.object({ questions: z.array(z.string()), updatedAt: z.string().nullable() });
export const guideInput = z.object({ questions: z.array(z.string().trim().min(1).max(2_000)).max(200) });

export const transcriptVersionView = z.object({ version: z.number().int(), editedBy: z.string().nullable(), editedAt: z.string(), length: z.number().int() });
export const transcriptVersionText = transcriptVersionView.extend({ text: z.string() });
