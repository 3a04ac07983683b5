import type { CodeKind, CodeNode } from '../../domain/research/code-tree';
import type { QdaCode, QdaNoteTarget, QdaProject, QdaVariable, QdaVariableType } from '../../domain/research/refi-qda/model';
import { codePointToUtf16Offset, utf16OffsetToCodePoint } from '../../domain/research/refi-qda/text-positions';
import type { CodingRow } from './codings-repository';
import type { InformantRow } from './informants-repository';
import type { MemoRow } from './memos-repository';

/**
 * Tandem ↔ REFI-QDA. What the standard has no place for (a code's kind, construct id and in-vivo quote; an
 * informant's function, level and dyad) travels in a last description line and in case variables, so a round trip
 * through another tool or back into Tandem keeps it.
 */
const META = /\n?\n?Tandem: (\{.*\})\s*$/;

interface CodeMeta {
  kind: CodeKind;
  construct?: string;
  quote?: string;
}

export function describeWithMeta(description: string, meta: CodeMeta): string {
  return `${description}${description ? '\n\n' : ''}Tandem: ${JSON.stringify(meta)}`;
}

export function splitMeta(description: string | undefined): { description: string; meta: Partial<CodeMeta> } {
  const match = META.exec(description ?? '');
  if (!match) return { description: description ?? '', meta: {} };
  try {
    return { description: (description ?? '').slice(0, match.index), meta: JSON.parse(match[1] as string) as Partial<CodeMeta> };
  } catch {
    return { description: description ?? '', meta: {} };
  }
}

export function codesToQda(tree: readonly CodeNode[]): QdaCode[] {
  const childrenOf = (parentId: string | null): QdaCode[] =>
    tree
      .filter((c) => c.parentId === parentId)
      .sort((a, b) => a.position - b.position)
      .map((c) => ({
        guid: c.id,
        name: c.name,
        isCodable: true,
        ...(c.color ? { color: c.color.toUpperCase() } : {}),
        description: describeWithMeta(c.description, { kind: c.kind, ...(c.builtinId ? { construct: c.builtinId } : {}), ...(c.quote ? { quote: c.quote } : {}) }),
        children: childrenOf(c.id),
      }));
  return childrenOf(null);
}

export function codesFromQda(codes: readonly QdaCode[], idFor: (guid: string) => string): CodeNode[] {
  const result: CodeNode[] = [];
  const walk = (list: readonly QdaCode[], parentId: string | null, depth: number) =>
    list.forEach((code, position) => {
      const { description, meta } = splitMeta(code.description);
      const kind: CodeKind = meta.kind ?? (code.children.length === 0 ? 'first_order' : depth === 0 ? 'aggregate' : 'second_order');
      const id = idFor(code.guid);
      result.push({ id, parentId, name: code.name, kind, description, color: code.color?.slice(0, 7).toLowerCase() ?? null, quote: meta.quote ?? null, builtinId: meta.construct ?? null, position });
      walk(code.children, id, depth + 1);
    });
  walk(codes, null, 0);
  return result;
}

const FIXED_VARIABLES = ['function', 'level', 'dyad', 'firm', 'unit'] as const;
const typeOf: Record<'text' | 'number' | 'boolean' | 'date', QdaVariableType> = { text: 'Text', number: 'Float', boolean: 'Boolean', date: 'Date' };

export interface ProjectForExport {
  name: string;
  description: string;
  coders: ReadonlyArray<{ id: string; name: string }>;
  codes: readonly CodeNode[];
  informants: readonly InformantRow[];
  transcripts: ReadonlyArray<{ id: string; title: string; text: string; informantId: string | null; createdAt: Date }>;
  codings: readonly CodingRow[];
  memos: readonly MemoRow[];
  variableGuid: (name: string) => string;
  codingGuid: (codingId: string) => string;
}

export function projectToQda(p: ProjectForExport): QdaProject {
  const attributeNames = [...new Set(p.informants.flatMap((i) => Object.keys(i.attributes)))].sort();
  const variables: QdaVariable[] = [
    ...FIXED_VARIABLES.map((name) => ({ guid: p.variableGuid(name), name, typeOfVariable: 'Text' as const })),
    ...attributeNames.map((name) => {
      const type = p.informants.map((i) => i.attributes[name]?.type).find(Boolean) ?? 'text';
      return { guid: p.variableGuid(`attr:${name}`), name, typeOfVariable: typeOf[type] };
    }),
  ];
  const exportedCodings = new Set(p.codings.filter((c) => c.flagReason === null).map((c) => c.id));
  const exists = (m: MemoRow) =>
    m.targetType === 'project' || m.targetType === 'code' || (m.targetType === 'transcript' ? p.transcripts.some((t) => t.id === m.targetId) : exportedCodings.has(m.targetId));
  const kindOfTarget: Record<MemoRow['targetType'], QdaNoteTarget['kind']> = { project: 'project', code: 'code', transcript: 'source', coding: 'selection' };
  return {
    name: p.name,
    origin: 'Tandem',
    ...(p.description ? { description: p.description } : {}),
    users: p.coders.map((c) => ({ guid: c.id, name: c.name })),
    codes: codesToQda(p.codes),
    variables,
    cases: p.informants.map((i) => ({
      guid: i.id,
      name: i.name,
      codeRefs: [],
      selectionRefs: [],
      sourceRefs: p.transcripts.filter((t) => t.informantId === i.id).map((t) => t.id),
      variableValues: [
        ...(i.function ? [{ variableGuid: p.variableGuid('function'), value: i.function }] : []),
        ...(i.level ? [{ variableGuid: p.variableGuid('level'), value: i.level }] : []),
        ...(i.dyadKey ? [{ variableGuid: p.variableGuid('dyad'), value: i.dyadKey }] : []),
        ...(i.firm ? [{ variableGuid: p.variableGuid('firm'), value: i.firm }] : []),
        ...(i.unit ? [{ variableGuid: p.variableGuid('unit'), value: i.unit }] : []),
        ...Object.entries(i.attributes).map(([name, attribute]) => ({ variableGuid: p.variableGuid(`attr:${name}`), value: attribute.value })),
      ],
    })),
    sources: p.transcripts.map((t) => ({
      guid: t.id,
      name: t.title,
      plainText: t.text,
      creationDateTime: t.createdAt.toISOString(),
      variableValues: [],
      codings: [],
      selections: p.codings
        .filter((c) => c.transcriptId === t.id && c.flagReason === null)
        .map((c) => ({
          guid: c.id,
          start: utf16OffsetToCodePoint(t.text, c.start),
          end: utf16OffsetToCodePoint(t.text, c.end),
          creatingUser: c.coderId,
          codings: [{ guid: p.codingGuid(c.id), codeGuid: c.codeId, creatingUser: c.coderId }],
        })),
    })),
    notes: p.memos
      .filter(exists)
      .map((m) => ({
        guid: m.id,
        ...(m.authorName ? { name: `Memo by ${m.authorName}` } : {}),
        text: m.text,
        creationDateTime: m.createdAt.toISOString(),
        targets: [m.targetType === 'project' ? { kind: 'project' as const } : { kind: kindOfTarget[m.targetType] as 'code', guid: m.targetId }],
      })),
  };
}

/** Offsets of a REFI selection (code points) in the UTF-16 string Tandem stores. */
export function selectionToOffsets(text: string, start: number, end: number): { start: number; end: number } {
  return { start: codePointToUtf16Offset(text, start), end: codePointToUtf16Offset(text, end) };
}
