import type {
  QdaCase,
  QdaCoding,
  QdaNote,
  QdaNoteTarget,
  QdaProject,
  QdaSelection,
  QdaSource,
  QdaValue,
  QdaVariable,
  QdaVariableValue,
} from './model';
import { formatPortableDecimal, formatXsdDecimal, guidKey } from './values';
import { codeElements } from './write-codes';
import type { XmlNode } from './xml-write';
import { element, optionalContainer, optionalTextElement, serialiseXml } from './xml-write';

export const QDA_PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';

/**
 * Writes `project.qde`, the XML inside a `.qdpx`, in the element order of Project.xsd. Source and note texts live
 * in files of the archive: `textPathFor(kind, guid)` gives each one's `plainTextPath` (`internal://<file>`).
 * Call `findProjectProblems` first: this writer assumes every reference resolves.
 */
export function projectToQde(project: QdaProject, textPathFor: (kind: 'source' | 'note', guid: string) => string): string {
  const noteRefs = noteRefIndex(project.notes);
  const noteRefsFor = (kind: QdaNoteTarget['kind'], guid?: string): XmlNode[] =>
    (noteRefs.get(targetKey(kind, guid)) ?? []).map((noteGuid) => element('NoteRef', [['targetGUID', noteGuid]]));
  const variables = new Map(project.variables.map((variable) => [guidKey(variable.guid), variable]));
  const valueElements = (values: readonly QdaVariableValue[]) => values.map((value) => variableValueElement(value, variables));

  const codingElement = (coding: QdaCoding) =>
    element(
      'Coding',
      [
        ['guid', coding.guid],
        ['creatingUser', coding.creatingUser],
        ['creationDateTime', coding.creationDateTime],
      ],
      [element('CodeRef', [['targetGUID', coding.codeGuid]]), ...noteRefsFor('coding', coding.guid)],
    );
  const selectionElement = (selection: QdaSelection) =>
    element(
      'PlainTextSelection',
      [
        ['guid', selection.guid],
        ['name', selection.name],
        ['startPosition', String(selection.start)],
        ['endPosition', String(selection.end)],
        ['creatingUser', selection.creatingUser],
        ['creationDateTime', selection.creationDateTime],
      ],
      [
        ...optionalTextElement('Description', selection.description),
        ...selection.codings.map(codingElement),
        ...noteRefsFor('selection', selection.guid),
      ],
    );
  const sourceElement = (source: QdaSource) =>
    element(
      'TextSource',
      [
        ['guid', source.guid],
        ['name', source.name],
        ['plainTextPath', textPathFor('source', source.guid)],
        ['creatingUser', source.creatingUser],
        ['creationDateTime', source.creationDateTime],
      ],
      [
        ...optionalTextElement('Description', source.description),
        ...source.selections.map(selectionElement),
        ...source.codings.map(codingElement),
        ...noteRefsFor('source', source.guid),
        ...valueElements(source.variableValues),
      ],
    );
  const noteElement = (note: QdaNote) =>
    element(
      'Note',
      [
        ['guid', note.guid],
        ['name', note.name],
        ['plainTextPath', textPathFor('note', note.guid)],
        ['creatingUser', note.creatingUser],
        ['creationDateTime', note.creationDateTime],
      ],
      optionalTextElement('Description', note.description),
    );
  const caseElement = (projectCase: QdaCase) =>
    element(
      'Case',
      [
        ['guid', projectCase.guid],
        ['name', projectCase.name],
      ],
      [
        ...optionalTextElement('Description', projectCase.description),
        ...projectCase.codeRefs.map((guid) => element('CodeRef', [['targetGUID', guid]])),
        ...valueElements(projectCase.variableValues),
        ...projectCase.sourceRefs.map((guid) => element('SourceRef', [['targetGUID', guid]])),
        ...projectCase.selectionRefs.map((guid) => element('SelectionRef', [['targetGUID', guid]])),
      ],
    );

  const root = element(
    'Project',
    [
      ['name', project.name],
      ['origin', project.origin],
      ['creatingUserGUID', project.createdBy],
      ['creationDateTime', project.creationDateTime],
      ['modifyingUserGUID', project.modifiedBy],
      ['modifiedDateTime', project.modifiedDateTime],
    ],
    [
      ...optionalContainer(
        'Users',
        project.users.map((user) =>
          element('User', [
            ['guid', user.guid],
            ['name', user.name],
            ['id', user.id],
          ]),
        ),
      ),
      ...(project.codes.length === 0 ? [] : [element('CodeBook', [], [element('Codes', [], codeElements(project.codes, noteRefsFor))])]),
      ...optionalContainer('Variables', project.variables.map(variableElement)),
      ...optionalContainer('Cases', project.cases.map(caseElement)),
      ...optionalContainer('Sources', project.sources.map(sourceElement)),
      ...optionalContainer('Notes', project.notes.map(noteElement)),
      ...optionalTextElement('Description', project.description),
      ...noteRefsFor('project'),
    ],
  );
  return serialiseXml(root, QDA_PROJECT_NAMESPACE);
}

function variableElement(variable: QdaVariable): XmlNode {
  return element(
    'Variable',
    [
      ['guid', variable.guid],
      ['name', variable.name],
      ['typeOfVariable', variable.typeOfVariable],
    ],
    optionalTextElement('Description', variable.description),
  );
}

function variableValueElement(value: QdaVariableValue, variables: ReadonlyMap<string, QdaVariable>): XmlNode {
  const type = variables.get(guidKey(value.variableGuid))?.typeOfVariable ?? 'Text';
  const valueElement = value.value === null ? [] : [element(`${type}Value`, [], formatValue(value.value, type))];
  return element('VariableValue', [], [element('VariableRef', [['targetGUID', value.variableGuid]]), ...valueElement]);
}

function formatValue(value: Exclude<QdaValue, null>, type: QdaVariable['typeOfVariable']): string {
  if (typeof value !== 'number') return String(value);
  return type === 'Float' ? formatPortableDecimal(value) : formatXsdDecimal(value);
}

export function targetKey(kind: QdaNoteTarget['kind'], guid?: string): string {
  return kind === 'project' ? 'project' : `${kind}:${guidKey(guid ?? '')}`;
}

function noteRefIndex(notes: readonly QdaNote[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const note of notes) {
    for (const target of note.targets) {
      const key = targetKey(target.kind, target.kind === 'project' ? undefined : target.guid);
      const noteGuids = index.get(key) ?? [];
      noteGuids.push(note.guid);
      index.set(key, noteGuids);
    }
  }
  return index;
}
