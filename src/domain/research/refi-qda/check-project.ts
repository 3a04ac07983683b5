import type { QdaCode, QdaCoding, QdaNoteTarget, QdaProject, QdaValue, QdaVariable, QdaVariableType, QdaVariableValue } from './model';
import { codePointLength } from './text-positions';
import { fitsPortableDecimal, guidKey, isGuid, isRgbColor, isXsdDate, isXsdDateTime } from './values';

/**
 * The rules a project must keep to be written and read as REFI-QDA: well-formed GUIDs, unique within their kind,
 * every reference pointing at something that exists, selections inside their text, values of the variable's type.
 * Both export and import run these checks, so a file Tandem writes is one Tandem reads back.
 * User references (creatingUser …) are not required to resolve: several tools write creator GUIDs without a user.
 */

export interface QdaProblem {
  reason: 'INVALID_VALUE' | 'DUPLICATE_ID' | 'DANGLING_REFERENCE' | 'SELECTION_OUT_OF_RANGE';
  message: string;
}

type Kind = 'user' | 'code' | 'variable' | 'case' | 'source' | 'selection' | 'coding' | 'note';

class ProblemList {
  readonly problems: QdaProblem[] = [];
  private readonly known = new Map<Kind, Set<string>>();

  add(reason: QdaProblem['reason'], message: string): void {
    this.problems.push({ reason, message });
  }

  /** Records an element's GUID, reporting a malformed or repeated one. */
  declare(kind: Kind, guid: string, what: string): void {
    if (!isGuid(guid)) {
      this.add('INVALID_VALUE', `${what} has the id "${guid}", which is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`);
      return;
    }
    const set = this.known.get(kind) ?? new Set<string>();
    this.known.set(kind, set);
    if (set.has(guidKey(guid))) this.add('DUPLICATE_ID', `${what} repeats the id ${guid}; every ${kind} needs its own.`);
    set.add(guidKey(guid));
  }

  has(kind: Kind, guid: string): boolean {
    return this.known.get(kind)?.has(guidKey(guid)) ?? false;
  }

  refer(kind: Kind, guid: string, what: string): void {
    if (!isGuid(guid)) this.add('INVALID_VALUE', `${what} refers to "${guid}", which is not a GUID.`);
    else if (!this.has(kind, guid)) this.add('DANGLING_REFERENCE', `${what} refers to ${kind} ${guid}, which is not in the project.`);
  }

  optionalGuid(guid: string | undefined, what: string): void {
    if (guid !== undefined && !isGuid(guid)) this.add('INVALID_VALUE', `${what} names the user "${guid}", which is not a GUID.`);
  }

  optionalDateTime(value: string | undefined, what: string): void {
    if (value !== undefined && !isXsdDateTime(value)) {
      this.add('INVALID_VALUE', `${what} has the date-time "${value}"; use ISO 8601, e.g. 2024-03-01T09:30:00Z.`);
    }
  }
}

export function findCodebookProblems(codes: readonly QdaCode[]): QdaProblem[] {
  const list = new ProblemList();
  declareCodes(list, codes);
  return list.problems;
}

export function findProjectProblems(project: QdaProject): QdaProblem[] {
  const list = new ProblemList();
  list.optionalGuid(project.createdBy, 'The project');
  list.optionalGuid(project.modifiedBy, 'The project');
  list.optionalDateTime(project.creationDateTime, 'The project');
  list.optionalDateTime(project.modifiedDateTime, 'The project');
  for (const user of project.users) list.declare('user', user.guid, `User "${user.name ?? user.guid}"`);
  declareCodes(list, project.codes);
  const variables = new Map<string, QdaVariable>();
  for (const variable of project.variables) {
    list.declare('variable', variable.guid, `Variable "${variable.name}"`);
    variables.set(guidKey(variable.guid), variable);
  }
  declareSources(list, project);
  for (const note of project.notes) {
    const what = `Note ${label(note.name, note.guid)}`;
    list.declare('note', note.guid, what);
    list.optionalGuid(note.creatingUser, what);
    list.optionalDateTime(note.creationDateTime, what);
    checkNoteTargets(list, note.targets, what);
  }
  for (const projectCase of project.cases) {
    const what = `Case ${label(projectCase.name, projectCase.guid)}`;
    list.declare('case', projectCase.guid, what);
    for (const guid of projectCase.codeRefs) list.refer('code', guid, what);
    for (const guid of projectCase.sourceRefs) list.refer('source', guid, what);
    for (const guid of projectCase.selectionRefs) list.refer('selection', guid, what);
    checkVariableValues(list, projectCase.variableValues, variables, what);
  }
  for (const source of project.sources) {
    checkVariableValues(list, source.variableValues, variables, `Source ${label(source.name, source.guid)}`);
  }
  return list.problems;
}

function declareCodes(list: ProblemList, codes: readonly QdaCode[]): void {
  for (const code of codes) {
    const what = `Code "${code.name}"`;
    list.declare('code', code.guid, what);
    if (code.color !== undefined && !isRgbColor(code.color)) {
      list.add('INVALID_VALUE', `${what} has the colour "${code.color}"; use #rrggbb or #rgb.`);
    }
    declareCodes(list, code.children);
  }
}

function declareSources(list: ProblemList, project: QdaProject): void {
  const codings: Array<{ coding: QdaCoding; what: string }> = [];
  for (const source of project.sources) {
    const sourceLabel = `source ${label(source.name, source.guid)}`;
    list.declare('source', source.guid, `S${sourceLabel.slice(1)}`);
    list.optionalGuid(source.creatingUser, `S${sourceLabel.slice(1)}`);
    list.optionalDateTime(source.creationDateTime, `S${sourceLabel.slice(1)}`);
    const length = codePointLength(source.plainText);
    for (const coding of source.codings) codings.push({ coding, what: `Coding ${coding.guid} of ${sourceLabel}` });
    for (const selection of source.selections) {
      const selectionLabel = `selection ${selection.guid} of ${sourceLabel}`;
      const what = `S${selectionLabel.slice(1)}`;
      list.declare('selection', selection.guid, what);
      list.optionalGuid(selection.creatingUser, what);
      list.optionalDateTime(selection.creationDateTime, what);
      const { start, end } = selection;
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || start > end || end > length) {
        list.add(
          'SELECTION_OUT_OF_RANGE',
          `${what} spans ${start}–${end}, outside the text (0–${length} characters); positions count Unicode code points.`,
        );
      }
      for (const coding of selection.codings) codings.push({ coding, what: `Coding ${coding.guid} of ${selectionLabel}` });
    }
  }
  for (const { coding, what } of codings) {
    list.declare('coding', coding.guid, what);
    list.optionalGuid(coding.creatingUser, what);
    list.optionalDateTime(coding.creationDateTime, what);
    list.refer('code', coding.codeGuid, what);
  }
}

function checkNoteTargets(list: ProblemList, targets: readonly QdaNoteTarget[], what: string): void {
  const seen = new Set<string>();
  for (const target of targets) {
    const key = target.kind === 'project' ? 'project' : `${target.kind}:${guidKey(target.guid)}`;
    if (seen.has(key)) list.add('INVALID_VALUE', `${what} lists the same target (${key}) twice.`);
    seen.add(key);
    if (target.kind !== 'project') list.refer(target.kind, target.guid, what);
  }
}

function checkVariableValues(
  list: ProblemList,
  values: readonly QdaVariableValue[],
  variables: ReadonlyMap<string, QdaVariable>,
  what: string,
): void {
  for (const { variableGuid, value } of values) {
    const variable = variables.get(guidKey(variableGuid));
    if (variable === undefined) {
      list.refer('variable', variableGuid, what);
    } else if (variable.typeOfVariable === 'Float' && typeof value === 'number' && Number.isFinite(value) && !fitsPortableDecimal(value)) {
      list.add(
        'INVALID_VALUE',
        `${what} gives variable "${variable.name}" the value ${value}; REFI-QDA decimals carry 18 digits, so Float values must stay below 10^18.`,
      );
    } else if (!valueFitsType(value, variable.typeOfVariable)) {
      list.add(
        'INVALID_VALUE',
        `${what} gives variable "${variable.name}" (${variable.typeOfVariable}) the value ${JSON.stringify(value)}, which is not a ${variable.typeOfVariable}.`,
      );
    }
  }
}

export function valueFitsType(value: QdaValue, type: QdaVariableType): boolean {
  if (value === null) return true;
  switch (type) {
    case 'Text':
      return typeof value === 'string';
    case 'Boolean':
      return typeof value === 'boolean';
    case 'Integer':
      return Number.isSafeInteger(value);
    case 'Float':
      return typeof value === 'number' && fitsPortableDecimal(value);
    case 'Date':
      return typeof value === 'string' && isXsdDate(value);
    case 'DateTime':
      return typeof value === 'string' && isXsdDateTime(value);
  }
}

function label(name: string | undefined, guid: string): string {
  return name === undefined ? guid : `"${name}" (${guid})`;
}
