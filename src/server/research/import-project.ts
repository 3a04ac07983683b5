import type { CodeNode } from '../../domain/research/code-tree';
import { qdcToCodebook } from '../../domain/research/refi-qda/import-qdc';
import { qdpxToProject } from '../../domain/research/refi-qda/import-qdpx';
import type { QdaProject } from '../../domain/research/refi-qda/model';
import type { ProjectSummary } from '../../shared/research';
import type { UseCaseContext } from '../actor';
import type { Tx } from '../db/create-db';
import { newId } from '../ids';
import { requireResearcher } from './access';
import type { CodingRow } from './codings-repository';
import { insertCodings } from './codings-repository';
import { createProjectIn } from './create-project';
import { insertInformants, type InformantRow } from './informants-repository';
import { insertMemos, type MemoRow } from './memos-repository';
import { findProject, insertCoders } from './projects-repository';
import { presentProject } from './presenters';
import { codesFromQda, selectionToOffsets } from './qda-mapping';
import { insertTranscript } from './transcripts-repository';
import { readTranscriptFile } from './transcripts';

function readFile(format: 'qdpx' | 'qdc', bytes: Uint8Array) {
  return format === 'qdpx' ? qdpxToProject(bytes, { fileName: 'The .qdpx file' }).project : { ...qdcToCodebook(bytes, { fileName: 'The .qdc file' }).codebook, qdc: true as const };
}

/** A new project from a REFI-QDA project or codebook. Nothing is written unless the whole file reads cleanly. */
export async function importProject(context: UseCaseContext, input: { format: 'qdpx' | 'qdc'; name?: string; bytes: Uint8Array }): Promise<ProjectSummary> {
  requireResearcher(context.actor);
  const read = readFile(input.format, input.bytes);
  const { actor } = context;
  return context.db.withOrg(actor.orgId, async (tx) => {
    const ids = new Map<string, string>();
    const idFor = (guid: string) => ids.get(guid.toLowerCase()) ?? (ids.set(guid.toLowerCase(), newId()), ids.get(guid.toLowerCase()) as string);
    const codes: CodeNode[] = codesFromQda(read.codes, idFor);
    const name = input.name?.trim() || ('name' in read && read.name ? read.name : 'Imported codebook');
    const projectId = await createProjectIn(tx, context, {
      name,
      description: 'description' in read && read.description ? read.description : '',
      codes,
      action: `imported from a .${input.format} file`,
      // Only the file's coders; the importer gets a layer of their own when they first code.
      withMyLayer: false,
    });
    if (!('qdc' in read)) await writeProjectContent(tx, actor.orgId, projectId, read, idFor);
    return presentProject((await findProject(tx, actor.orgId, projectId)) as NonNullable<Awaited<ReturnType<typeof findProject>>>);
  });
}

async function writeProjectContent(tx: Tx, orgId: string, projectId: string, project: QdaProject, idFor: (guid: string) => string) {
  const userName = new Map(project.users.map((u) => [u.guid.toLowerCase(), u.name ?? 'Imported coder']));
  const coderIds = new Set<string>();
  const coderFor = (guid: string | undefined) => {
    const key = guid ?? 'imported-coder';
    coderIds.add(key);
    return idFor(key);
  };

  const variableName = new Map(project.variables.map((v) => [v.guid.toLowerCase(), v]));
  const informants = project.cases.map((c) => {
    const row: InformantRow & { id: string } = { id: idFor(c.guid), name: c.name ?? 'Informant', function: null, level: null, dyadKey: null, firm: null, unit: null, attributes: {}, transcriptCount: 0 };
    for (const value of c.variableValues) {
      const variable = variableName.get(value.variableGuid.toLowerCase());
      if (!variable || value.value === null) continue;
      const text = String(value.value);
      if (variable.name === 'function' && ['sales', 'marketing', 'other'].includes(text)) row.function = text as InformantRow['function'];
      else if (variable.name === 'level' && ['senior', 'middle', 'frontline'].includes(text)) row.level = text as InformantRow['level'];
      else if (variable.name === 'dyad') row.dyadKey = text;
      else if (variable.name === 'firm') row.firm = text;
      else if (variable.name === 'unit') row.unit = text;
      else {
        const type = variable.typeOfVariable === 'Boolean' ? 'boolean' : variable.typeOfVariable === 'Integer' || variable.typeOfVariable === 'Float' ? 'number' : variable.typeOfVariable.startsWith('Date') ? 'date' : 'text';
        row.attributes[variable.name] = { type, value: value.value };
      }
    }
    return row;
  });
  await insertInformants(tx, orgId, projectId, informants.map(({ transcriptCount: _count, ...informant }) => informant));
  const informantOf = new Map(project.cases.flatMap((c) => c.sourceRefs.map((ref) => [ref.toLowerCase(), idFor(c.guid)] as const)));

  const codings: CodingRow[] = [];
  const selectionCoding = new Map<string, string>();
  for (const [position, source] of project.sources.entries()) {
    const transcriptId = idFor(source.guid);
    const text = source.plainText;
    const turns = safeTurns(text);
    await insertTranscript(tx, { orgId, id: transcriptId, projectId, informantId: informantOf.get(source.guid.toLowerCase()) ?? null, title: source.name ?? `Source ${position + 1}`, text, turns, position, editedBy: null });
    for (const coding of source.codings) {
      codings.push({ id: idFor(coding.guid), transcriptId, codeId: idFor(coding.codeGuid), coderId: coderFor(coding.creatingUser?.toLowerCase()), start: 0, end: text.length, flagReason: null });
    }
    for (const selection of source.selections) {
      const { start, end } = selectionToOffsets(text, selection.start, selection.end);
      for (const coding of selection.codings) {
        const id = idFor(coding.guid);
        selectionCoding.set(selection.guid.toLowerCase(), selectionCoding.get(selection.guid.toLowerCase()) ?? id);
        codings.push({ id, transcriptId, codeId: idFor(coding.codeGuid), coderId: coderFor((coding.creatingUser ?? selection.creatingUser)?.toLowerCase()), start, end, flagReason: null });
      }
    }
  }
  await insertCoders(tx, [...coderIds].map((key) => ({ orgId, id: idFor(key), projectId, name: userName.get(key) ?? 'Imported coder', userId: null })));
  await insertCodings(tx, orgId, projectId, codings);

  const memos: Array<Omit<MemoRow, 'createdAt' | 'updatedAt'> & { authorId: null; createdAt?: Date }> = [];
  for (const note of project.notes) {
    for (const target of note.targets) {
      const mapped =
        target.kind === 'project' ? { targetType: 'project' as const, targetId: projectId }
        : target.kind === 'code' ? { targetType: 'code' as const, targetId: idFor(target.guid) }
        : target.kind === 'source' ? { targetType: 'transcript' as const, targetId: idFor(target.guid) }
        : target.kind === 'selection' ? { targetType: 'coding' as const, targetId: selectionCoding.get(target.guid.toLowerCase()) }
        : { targetType: 'coding' as const, targetId: idFor(target.guid) };
      if (!mapped.targetId) continue;
      const author = note.creatingUser ? userName.get(note.creatingUser.toLowerCase()) : undefined;
      memos.push({ id: note.targets.length === 1 ? idFor(note.guid) : newId(), ...mapped, targetId: mapped.targetId, authorId: null, authorName: author ?? note.name?.replace(/^Memo by /, '') ?? null, text: note.text, ...(note.creationDateTime ? { createdAt: new Date(note.creationDateTime) } : {}) });
    }
  }
  await insertMemos(tx, orgId, projectId, memos);
}

/** Speaker turns of an imported text, when they can be read from it; the text itself is kept exactly. */
function safeTurns(text: string) {
  try {
    const parsed = readTranscriptFile('imported.txt', new TextEncoder().encode(text));
    return parsed.text === text ? parsed.turns : [];
  } catch {
    return [];
  }
}
