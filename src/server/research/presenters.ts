import type { CodeNode } from '../../domain/research/code-tree';
import type { CodeView, CodingView, MemoView, ProjectSummary, TranscriptSummary } from '../../shared/research';
import type { CodingRow } from './codings-repository';
import type { MemoRow } from './memos-repository';
import type { ProjectRow } from './projects-repository';
import type { TranscriptRow } from './transcripts-repository';

export function presentProject(row: ProjectRow): ProjectSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    transcripts: row.transcripts,
    informants: row.informants,
    codes: row.codes,
    codings: row.codings,
  };
}

export function presentCode(code: CodeNode, counts: ReadonlyMap<string, number>): CodeView {
  return {
    id: code.id,
    parentId: code.parentId,
    name: code.name,
    kind: code.kind,
    description: code.description,
    color: code.color,
    quote: code.quote,
    builtinId: code.builtinId,
    position: code.position,
    codingCount: counts.get(code.id) ?? 0,
  };
}

export function presentTranscript(row: TranscriptRow): TranscriptSummary {
  return {
    id: row.id,
    title: row.title,
    informantId: row.informantId,
    position: row.position,
    version: row.version,
    length: row.length,
    codingCount: row.codingCount,
    flaggedCount: row.flaggedCount,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentCoding(row: CodingRow): CodingView {
  return { id: row.id, transcriptId: row.transcriptId, codeId: row.codeId, coderId: row.coderId, start: row.start, end: row.end, flagReason: row.flagReason };
}

export function presentMemo(row: MemoRow): MemoView {
  return {
    id: row.id,
    targetType: row.targetType,
    targetId: row.targetId,
    authorName: row.authorName,
    text: row.text,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
