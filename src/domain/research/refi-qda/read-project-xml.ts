import { findProjectProblems } from './check-project';
import { QdaImportError } from './errors';
import type {
  QdaCase,
  QdaCode,
  QdaCoding,
  QdaImportWarning,
  QdaNote,
  QdaNoteTarget,
  QdaProject,
  QdaProjectImport,
  QdaSelection,
  QdaSource,
  QdaUser,
  QdaVariable,
} from './model';
import { readCodes } from './read-codes';
import {
  assignDefined,
  childrenNamed,
  firstChild,
  optionalDateTime,
  optionalGuid,
  optionalText,
  requireAttribute,
  requireChild,
  requireGuid,
  requireInteger,
} from './read-helpers';
import { readVariableValues, readVariables } from './read-variables';
import type { XmlElement } from './safe-xml';
import { guidKey } from './values';
import { targetKey } from './write-project-xml';

/** Gives the text behind a `plainTextPath`; `owner` names the source or note for error messages. */
export type TextResolver = (path: string, owner: string) => string;

const UNSUPPORTED_SOURCES: Record<string, string> = {
  PictureSource: 'picture',
  PDFSource: 'PDF',
  AudioSource: 'audio',
  VideoSource: 'video',
};

/**
 * Builds the exchange model from a parsed `project.qde` whose root has been checked. Texts come inline from
 * `<PlainTextContent>` or through `resolveText`. The result passes `findProjectProblems`, or a QdaImportError says
 * which rule it breaks.
 */
export function readProjectXml(root: XmlElement, resolveText: TextResolver): QdaProjectImport {
  const reader = new ProjectReader(root, resolveText);
  const result = reader.read();
  const [problem, ...others] = findProjectProblems(result.project);
  if (problem !== undefined) {
    const more = others.length === 0 ? '' : ` (and ${others.length} more problem${others.length === 1 ? '' : 's'})`;
    throw new QdaImportError(problem.reason, `${problem.message}${more}`);
  }
  return result;
}

class ProjectReader {
  private readonly warnings: QdaImportWarning[] = [];
  /** NoteRefs found, by target key, in document order. */
  private readonly noteRefs = new Map<string, Array<{ noteGuid: string; path: string }>>();
  /** GUIDs inside sources Tandem does not model, so references to them are dropped rather than called dangling. */
  private readonly skippedGuids = new Set<string>();
  private variables: QdaVariable[] = [];

  constructor(
    private readonly root: XmlElement,
    private readonly resolveText: TextResolver,
  ) {}

  read(): QdaProjectImport {
    const { root } = this;
    this.variables = readVariables(firstChild(root, 'Variables'));
    const codebook = firstChild(root, 'CodeBook');
    const collect = (element: XmlElement, target: QdaNoteTarget) => this.collectNoteRefs(element, target);
    const project: QdaProject = {
      name: requireAttribute(root, 'name'),
      users: this.readUsers(),
      codes: codebook === undefined ? [] : readCodes(requireChild(codebook, 'Codes'), collect),
      variables: this.variables,
      cases: [],
      sources: this.readSources(),
      notes: this.readNotes(),
    };
    project.cases = this.readCases();
    assignDefined(project, 'origin', root.attributes.get('origin'));
    assignDefined(project, 'createdBy', optionalGuid(root, 'creatingUserGUID'));
    assignDefined(project, 'creationDateTime', optionalDateTime(root, 'creationDateTime'));
    assignDefined(project, 'modifiedBy', optionalGuid(root, 'modifyingUserGUID'));
    assignDefined(project, 'modifiedDateTime', optionalDateTime(root, 'modifiedDateTime'));
    assignDefined(project, 'description', optionalText(root, 'Description'));
    this.collectNoteRefs(root, { kind: 'project' });
    this.attachNoteTargets(project);
    for (const [name, noun] of [['Links', 'link'], ['Sets', 'set'], ['Graphs', 'graph']] as const) {
      const count = childrenNamed(root, name).reduce((total, container) => total + container.children.length, 0);
      if (count > 0) this.warn('UNSUPPORTED_ELEMENT', `${count} ${noun}${count === 1 ? ' was' : 's were'} not imported; Tandem has no ${noun}s.`);
    }
    return { project, warnings: this.warnings };
  }

  private readUsers(): QdaUser[] {
    return childrenNamed(this.root, 'Users')
      .flatMap((users) => childrenNamed(users, 'User'))
      .map((element) => {
        const user: QdaUser = { guid: requireGuid(element) };
        assignDefined(user, 'name', element.attributes.get('name'));
        assignDefined(user, 'id', element.attributes.get('id'));
        return user;
      });
  }

  private readSources(): QdaSource[] {
    const sources: QdaSource[] = [];
    for (const element of childrenNamed(this.root, 'Sources').flatMap((container) => container.children)) {
      if (element.namespace !== this.root.namespace) continue;
      if (element.name === 'TextSource') {
        sources.push(this.readTextSource(element));
      } else if (element.name in UNSUPPORTED_SOURCES) {
        this.skipSubtree(element);
        const name = element.attributes.get('name') ?? element.attributes.get('guid') ?? element.path;
        this.warn('UNSUPPORTED_SOURCE', `The ${UNSUPPORTED_SOURCES[element.name]} source "${name}" was not imported; Tandem imports text sources only.`);
      }
    }
    return sources;
  }

  private readTextSource(element: XmlElement): QdaSource {
    const guid = requireGuid(element);
    const name = element.attributes.get('name');
    const owner = `source "${name ?? guid}"`;
    const source: QdaSource = {
      guid,
      plainText: this.readText(element, owner, true),
      selections: childrenNamed(element, 'PlainTextSelection').map((selection) => this.readSelection(selection)),
      codings: childrenNamed(element, 'Coding').map((coding) => this.readCoding(coding)),
      variableValues: readVariableValues(element, this.variables),
    };
    assignDefined(source, 'name', name);
    assignDefined(source, 'description', optionalText(element, 'Description'));
    assignDefined(source, 'creatingUser', optionalGuid(element, 'creatingUser'));
    assignDefined(source, 'creationDateTime', optionalDateTime(element, 'creationDateTime'));
    this.collectNoteRefs(element, { kind: 'source', guid });
    return source;
  }

  /** Inline `<PlainTextContent>` wins; otherwise the file behind `plainTextPath`. */
  private readText(element: XmlElement, owner: string, required: boolean): string {
    const inline = firstChild(element, 'PlainTextContent');
    if (inline !== undefined) return inline.text;
    const path = element.attributes.get('plainTextPath');
    if (path !== undefined) return this.resolveText(path.trim(), owner);
    if (!required) return '';
    throw new QdaImportError(
      'MISSING_SOURCE_TEXT',
      `The ${owner} has neither PlainTextContent nor a plainTextPath, so its text is missing; export it again with its text.`,
    );
  }

  private readSelection(element: XmlElement): QdaSelection {
    const selection: QdaSelection = {
      guid: requireGuid(element),
      start: requireInteger(element, 'startPosition'),
      end: requireInteger(element, 'endPosition'),
      codings: childrenNamed(element, 'Coding').map((coding) => this.readCoding(coding)),
    };
    assignDefined(selection, 'name', element.attributes.get('name'));
    assignDefined(selection, 'description', optionalText(element, 'Description'));
    assignDefined(selection, 'creatingUser', optionalGuid(element, 'creatingUser'));
    assignDefined(selection, 'creationDateTime', optionalDateTime(element, 'creationDateTime'));
    this.collectNoteRefs(element, { kind: 'selection', guid: selection.guid });
    return selection;
  }

  private readCoding(element: XmlElement): QdaCoding {
    const coding: QdaCoding = { guid: requireGuid(element), codeGuid: requireGuid(requireChild(element, 'CodeRef'), 'targetGUID') };
    assignDefined(coding, 'creatingUser', optionalGuid(element, 'creatingUser'));
    assignDefined(coding, 'creationDateTime', optionalDateTime(element, 'creationDateTime'));
    this.collectNoteRefs(element, { kind: 'coding', guid: coding.guid });
    return coding;
  }

  private readNotes(): QdaNote[] {
    return childrenNamed(this.root, 'Notes')
      .flatMap((notes) => childrenNamed(notes, 'Note'))
      .map((element) => {
        const guid = requireGuid(element);
        const name = element.attributes.get('name');
        const note: QdaNote = { guid, text: this.readText(element, `note "${name ?? guid}"`, false), targets: [] };
        assignDefined(note, 'name', name);
        assignDefined(note, 'description', optionalText(element, 'Description'));
        assignDefined(note, 'creatingUser', optionalGuid(element, 'creatingUser'));
        assignDefined(note, 'creationDateTime', optionalDateTime(element, 'creationDateTime'));
        const codings = childrenNamed(element, 'PlainTextSelection').length + childrenNamed(element, 'Coding').length;
        if (codings > 0) this.warn('UNSUPPORTED_ELEMENT', `Codings inside note "${name ?? guid}" were not imported; Tandem does not code notes.`);
        return note;
      });
  }

  private readCases(): QdaCase[] {
    return childrenNamed(this.root, 'Cases')
      .flatMap((cases) => childrenNamed(cases, 'Case'))
      .map((element) => {
        const guid = requireGuid(element);
        const projectCase: QdaCase = {
          guid,
          codeRefs: this.readRefs(element, 'CodeRef'),
          variableValues: readVariableValues(element, this.variables),
          sourceRefs: this.readRefs(element, 'SourceRef'),
          selectionRefs: this.readRefs(element, 'SelectionRef'),
        };
        assignDefined(projectCase, 'name', element.attributes.get('name'));
        assignDefined(projectCase, 'description', optionalText(element, 'Description'));
        return projectCase;
      });
  }

  /** Reference GUIDs, minus those to sources Tandem skipped (reported once per case). */
  private readRefs(parent: XmlElement, name: string): string[] {
    const guids = childrenNamed(parent, name).map((ref) => requireGuid(ref, 'targetGUID'));
    const kept = guids.filter((guid) => !this.skippedGuids.has(guidKey(guid)));
    if (kept.length < guids.length) {
      const dropped = guids.length - kept.length;
      this.warn('DROPPED_REFERENCE', `${parent.path}: ${dropped} link${dropped === 1 ? '' : 's'} to sources that were not imported ${dropped === 1 ? 'was' : 'were'} dropped.`);
    }
    return kept;
  }

  private collectNoteRefs(element: XmlElement, target: QdaNoteTarget): void {
    const key = targetKey(target.kind, target.kind === 'project' ? undefined : target.guid);
    for (const ref of childrenNamed(element, 'NoteRef')) {
      const refs = this.noteRefs.get(key) ?? [];
      refs.push({ noteGuid: requireGuid(ref, 'targetGUID'), path: ref.path });
      this.noteRefs.set(key, refs);
    }
  }

  /** Turns the NoteRefs found on elements into each note's targets, in model order. */
  private attachNoteTargets(project: QdaProject): void {
    const notes = new Map(project.notes.map((note) => [guidKey(note.guid), note]));
    const attach = (target: QdaNoteTarget) => {
      const key = targetKey(target.kind, target.kind === 'project' ? undefined : target.guid);
      for (const { noteGuid, path } of this.noteRefs.get(key) ?? []) {
        const note = notes.get(guidKey(noteGuid));
        if (note === undefined) throw new QdaImportError('DANGLING_REFERENCE', `${path} refers to note ${noteGuid}, which is not in the project.`);
        const already = note.targets.some((existing) => targetKey(existing.kind, existing.kind === 'project' ? undefined : existing.guid) === key);
        if (!already) note.targets.push(target);
      }
    };
    attach({ kind: 'project' });
    const walkCodes = (codes: readonly QdaCode[]) => {
      for (const code of codes) {
        attach({ kind: 'code', guid: code.guid });
        walkCodes(code.children);
      }
    };
    walkCodes(project.codes);
    for (const source of project.sources) {
      attach({ kind: 'source', guid: source.guid });
      for (const coding of source.codings) attach({ kind: 'coding', guid: coding.guid });
      for (const selection of source.selections) {
        attach({ kind: 'selection', guid: selection.guid });
        for (const coding of selection.codings) attach({ kind: 'coding', guid: coding.guid });
      }
    }
  }

  private skipSubtree(element: XmlElement): void {
    const guid = element.attributes.get('guid');
    if (guid !== undefined) this.skippedGuids.add(guidKey(guid.trim()));
    for (const child of element.children) this.skipSubtree(child);
  }

  private warn(code: QdaImportWarning['code'], message: string): void {
    this.warnings.push({ code, message });
  }
}
