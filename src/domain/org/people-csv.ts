/**
 * Validating a people import (HRIS export) row by row. The server parses the CSV and hands over headers and rows;
 * this file decides what each column means and what is wrong, with messages that say where and what to do.
 * Everything is one pass over the rows plus Map lookups, so 200,000 rows stay fast.
 */
import { findCyclesByPosition } from './hierarchy';
import { acceptedHeaders, mapHeaders, type HeaderMapping, type PeopleColumnField } from './people-headers';
import { ACCEPTED_ACTIVE_VALUES, isValidEmail, normalizeEmail, parseActive, parseFunction, parseLevel } from './people-values';
import type { Level, PersonFunction, PersonRecord } from './types';

export * from './people-headers';
export * from './people-values';

export const PEOPLE_LIMITS = { name: 200, email: 254, title: 200, region: 100, cycleEmailsShown: 20 } as const;

const ONCE_ONLY = 'Each person can appear only once: remove or merge one of the two rows.';
const CHECK_CELLS = 'Check for an unquoted comma in a name or title, or a missing cell, and export the file again.';
const TOP_HINT = 'or leave the cell empty for the top of the organisation.';

export interface PeopleImportIssue {
  /** The line number in the file (the header is line 1 by default). Absent for problems with the whole file. */
  row?: number;
  /** The header of the column concerned, as written in the file. */
  column?: string;
  message: string;
}

export interface PeopleImportRow {
  row: number;
  name: string;
  email: string;
  function: PersonFunction | null;
  level: Level | null;
  managerEmail: string | null;
  region: string | null;
  title: string | null;
  active: boolean;
  errors: string[];
}

export interface PeopleValidation {
  /** Filled only when there are no issues at all: an import is all or nothing. */
  records: PersonRecord[];
  issues: PeopleImportIssue[];
  perRow: PeopleImportRow[];
  /** People whose e-mail is new to Tandem. */
  creates: number;
  /** People whose e-mail is already in Tandem (their record would be updated). */
  updates: number;
}

export interface ValidatePeopleRowsInput {
  headers: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
  /** Line number of the first data row; 2 when the header is on line 1. */
  firstLine?: number;
  existingEmails: ReadonlySet<string>;
}

function lowerCaseSet(emails: ReadonlySet<string>): ReadonlySet<string> {
  for (const email of emails) if (email !== normalizeEmail(email)) return new Set([...emails].map(normalizeEmail));
  return emails;
}

export function validatePeopleRows(input: ValidatePeopleRowsInput): PeopleValidation {
  const { headers, rows, firstLine = 2 } = input;
  const empty = (issues: PeopleImportIssue[]): PeopleValidation => ({ records: [], issues, perRow: [], creates: 0, updates: 0 });

  if (headers.every((header) => header.trim() === '')) {
    return empty([{ message: 'The file is empty: it needs a header row (Email, Name, Function, Level, …) and one row per person.' }]);
  }
  const headerMapping = mapHeaders(headers);
  if (headerMapping.missing.length > 0) {
    const found = headers.filter((h) => h.trim() !== '').slice(0, 30).map((h) => `"${h}"`).join(', ');
    return empty(
      headerMapping.missing.map((field) => ({
        message: `No column for ${field}: add a column named one of ${acceptedHeadersFor(field)}. The file has ${found}.`,
      })),
    );
  }

  const existingEmails = lowerCaseSet(input.existingEmails);
  const cells = cellReader(headers, headerMapping);
  const issues: PeopleImportIssue[] = [];
  const perRow: PeopleImportRow[] = [];
  /** E-mail → position in perRow of the first row with it. */
  const indexOfEmail = new Map<string, number>();
  const fail = (result: PeopleImportRow, column: string | undefined, problem: string): void => {
    const message = `Row ${result.row}: ${problem}`;
    result.errors.push(message);
    issues.push(column === undefined ? { row: result.row, message } : { row: result.row, column, message });
  };

  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as readonly string[];
    if (isBlank(row, 0)) continue;
    const result = readRow(row, firstLine + i, cells);
    perRow.push(result);

    if (row.length < headers.length || !isBlank(row, headers.length)) {
      fail(result, undefined, `has ${row.length} cells but the header has ${headers.length} columns. ${CHECK_CELLS}`);
    } else {
      checkValues(result, row, cells, fail);
    }

    if (result.email === '' || !isValidEmail(result.email)) continue;
    const first = indexOfEmail.get(result.email);
    if (first === undefined) {
      indexOfEmail.set(result.email, perRow.length - 1);
    } else {
      const firstRow = (perRow[first] as PeopleImportRow).row;
      fail(result, cells.label.email, `the e-mail ${result.email} is also on row ${firstRow}. ${ONCE_ONLY}`);
    }
  }

  if (perRow.length === 0) {
    return empty([{ message: 'The file has a header row but no people: add one row per person below the header.' }]);
  }

  checkManagers(perRow, indexOfEmail, existingEmails, cells.label.managerEmail ?? '', fail);
  // Manager checks run after all rows are read; show every problem in row order (the sort is stable).
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

  let updates = 0;
  for (const email of indexOfEmail.keys()) if (existingEmails.has(email)) updates += 1;
  const records = issues.length > 0 ? [] : perRow.map(toRecord);
  return { records, issues, perRow, creates: indexOfEmail.size - updates, updates };
}

/** True when every cell from `from` on is empty or spaces. */
function isBlank(row: readonly string[], from: number): boolean {
  for (let i = from; i < row.length; i += 1) if ((row[i] as string).trim() !== '') return false;
  return true;
}

function acceptedHeadersFor(field: string): string {
  if (field === 'name') return `${acceptedHeaders('name')} (or both ${acceptedHeaders('firstName')} and ${acceptedHeaders('lastName')})`;
  return acceptedHeaders(field as PeopleColumnField);
}

type Fail = (result: PeopleImportRow, column: string | undefined, problem: string) => void;

interface CellReader {
  get(row: readonly string[], field: PeopleColumnField): string;
  /** The header text of each mapped field, for issue columns. */
  label: Partial<Record<PeopleColumnField | 'combinedName', string>>;
  combinesName: boolean;
}

function cellReader(headers: readonly string[], { mapping }: HeaderMapping): CellReader {
  const label: CellReader['label'] = {};
  for (const [field, column] of Object.entries(mapping) as Array<[PeopleColumnField, number]>) label[field] = headers[column];
  const firstNameLabel =
    label.preferredName && label.firstName ? `${label.preferredName}/${label.firstName}` : (label.preferredName ?? label.firstName);
  if (label.lastName && firstNameLabel) label.combinedName = `${firstNameLabel} + ${label.lastName}`;
  return {
    get: (row, field) => {
      const column = mapping[field];
      return column === undefined ? '' : (row[column] ?? '').trim();
    },
    label,
    combinesName: label.combinedName !== undefined,
  };
}

function readRow(row: readonly string[], line: number, cells: CellReader): PeopleImportRow {
  let name = collapseSpaces(cells.get(row, 'name'));
  if (name === '' && cells.combinesName) {
    const first = cells.get(row, 'preferredName') || cells.get(row, 'firstName');
    name = collapseSpaces([first, cells.get(row, 'lastName')].filter((part) => part !== '').join(' '));
  }
  const managerEmail = normalizeEmail(cells.get(row, 'managerEmail'));
  return {
    row: line,
    name,
    email: normalizeEmail(cells.get(row, 'email')),
    function: parseFunction(cells.get(row, 'function')),
    level: parseLevel(cells.get(row, 'level')),
    managerEmail: managerEmail === '' ? null : managerEmail,
    region: cells.get(row, 'region') || null,
    title: cells.get(row, 'title') || null,
    active: parseActive(cells.get(row, 'active')) ?? true,
    errors: [],
  };
}

const UNUSUAL_SPACE = /\s\s|[^\S ]/;

function collapseSpaces(text: string): string {
  return UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

const FUNCTION_HINT = 'Use sales, marketing or other (Field Sales, Mktg, Product Marketing, HR, Finance and Operations also work).';
const LEVEL_HINT = 'Use senior, middle or frontline (Executive, VP, Manager, Individual Contributor also work).';
const DIRECTOR_HINT = ' A director is senior or middle depending on their responsibilities: choose one.';

function checkValues(result: PeopleImportRow, row: readonly string[], cells: CellReader, fail: Fail): void {
  const { label } = cells;
  const nameColumn = label.name ?? label.combinedName;
  if (result.name === '') {
    fail(result, nameColumn, "the name is empty. Fill in the person's full name.");
  } else if (result.name.length > PEOPLE_LIMITS.name) {
    fail(result, nameColumn, `the name is ${result.name.length} characters long; shorten it to ${PEOPLE_LIMITS.name} or fewer.`);
  }

  if (result.email === '') {
    fail(result, label.email, 'the e-mail is empty. Every person needs their own work e-mail.');
  } else if (result.email.length > PEOPLE_LIMITS.email || !isValidEmail(result.email)) {
    fail(result, label.email, `"${result.email}" is not a valid e-mail address. Use the person's work e-mail, such as name@company.com.`);
  }

  if (result.function === null) {
    const text = cells.get(row, 'function');
    const problem = text === '' ? 'the function is empty.' : `the function "${text}" is not recognised.`;
    fail(result, label.function, `${problem} ${FUNCTION_HINT}`);
  }
  if (result.level === null) {
    const text = cells.get(row, 'level');
    const problem = text === '' ? 'the level is empty.' : `the level "${text}" is not recognised.`;
    fail(result, label.level, `${problem} ${LEVEL_HINT}${/director/i.test(text) ? DIRECTOR_HINT : ''}`);
  }

  const activeText = cells.get(row, 'active');
  if (activeText !== '' && parseActive(activeText) === null) {
    fail(result, label.active, `the status "${activeText}" is not recognised. Use ${ACCEPTED_ACTIVE_VALUES}.`);
  }

  for (const field of ['title', 'region'] as const) {
    const value = result[field];
    if (value !== null && value.length > PEOPLE_LIMITS[field]) {
      fail(result, label[field], `the ${field} is longer than ${PEOPLE_LIMITS[field]} characters; shorten it.`);
    }
  }
}

/** Managers must exist (in the file or already in Tandem), must not be the person, and must not form a cycle. */
function checkManagers(
  perRow: PeopleImportRow[],
  indexOfEmail: ReadonlyMap<string, number>,
  existingEmails: ReadonlySet<string>,
  column: string,
  fail: Fail,
): void {
  // Only the first row with an e-mail takes part in the reporting graph; later duplicates are already errors.
  const isFirst = new Uint8Array(perRow.length);
  for (const index of indexOfEmail.values()) isFirst[index] = 1;
  // managerAt[i] = position of row i's manager in perRow, for first occurrences whose manager is in the file.
  const managerAt = new Int32Array(perRow.length).fill(-1);
  perRow.forEach((result, i) => {
    const manager = result.managerEmail;
    if (manager === null) return;
    const managerIndex = indexOfEmail.get(manager);
    if (manager === result.email) {
      fail(result, column, `${result.email} is listed as their own manager. Name their real manager, ${TOP_HINT}`);
    } else if (managerIndex !== undefined) {
      if (isFirst[i] === 1) managerAt[i] = managerIndex;
    } else if (!isValidEmail(manager)) {
      fail(result, column, `the manager e-mail "${manager}" is not a valid e-mail address. Use the manager's work e-mail.`);
    } else if (!existingEmails.has(manager)) {
      const problem = `the manager ${manager} is neither in this file nor already in Tandem.`;
      fail(result, column, `${problem} Add a row for them, correct the e-mail, ${TOP_HINT}`);
    }
  });

  for (const cycle of findCyclesByPosition(managerAt)) {
    const members = cycle.map((index) => perRow[index] as PeopleImportRow);
    const shown = members.slice(0, PEOPLE_LIMITS.cycleEmailsShown);
    const more = members.length > shown.length ? ` → … (${members.length - shown.length} more)` : '';
    const rows = shown.map((m) => m.row).join(', ') + (more ? ', …' : '');
    const problem =
      `reporting cycle: ${shown.map((m) => m.email).join(' → ')}${more} → ${(members[0] as PeopleImportRow).email} (rows ${rows}). ` +
      'Someone in it must report to a manager outside the cycle, or have an empty manager cell if they are the top.';
    for (const member of members) fail(member, column, problem);
  }
}

function toRecord(result: PeopleImportRow): PersonRecord {
  return {
    name: result.name,
    email: result.email,
    function: result.function as PersonFunction,
    level: result.level as Level,
    managerEmail: result.managerEmail,
    region: result.region,
    title: result.title,
    active: result.active,
  };
}
