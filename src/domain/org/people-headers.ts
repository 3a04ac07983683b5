/**
 * Which column of an HRIS export holds which field of a person. Exports from Workday, BambooHR, HiBob and Personio name
 * the same thing differently, so headers are matched loosely (case, spaces, underscores and punctuation do not matter)
 * against a table of synonyms. The table is exported so the import documentation can be generated from it.
 */

export const PEOPLE_COLUMN_FIELDS = [
  'email',
  'name',
  'firstName',
  'preferredName',
  'lastName',
  'function',
  'level',
  'managerEmail',
  'region',
  'title',
  'active',
] as const;
export type PeopleColumnField = (typeof PEOPLE_COLUMN_FIELDS)[number];

export const REQUIRED_PEOPLE_FIELDS = ['email', 'name', 'function', 'level'] as const;
export type RequiredPeopleField = (typeof REQUIRED_PEOPLE_FIELDS)[number];

/** Accepted headers per field, best first: when two columns match one field, the earlier synonym wins. */
export const PEOPLE_HEADER_SYNONYMS: Readonly<Record<PeopleColumnField, readonly string[]>> = {
  email: [
    'Work Email',
    'Email',
    'Email Address',
    'E-mail',
    'Business Email',
    'Company Email',
    'Primary Work Email',
    'Email - Work',
    'Work Email Address',
  ],
  name: ['Name', 'Full Name', 'Employee Name', 'Display Name', 'Preferred Full Name', 'Worker', 'Worker Name'],
  firstName: ['First Name', 'Given Name', 'Legal First Name', 'Forename'],
  preferredName: ['Preferred Name', 'Preferred First Name', 'Nickname'],
  lastName: ['Last Name', 'Surname', 'Family Name', 'Legal Last Name'],
  function: ['Function', 'Team Function', 'Job Function', 'Business Function', 'Department', 'Dept', 'Department Name'],
  level: ['Level', 'Job Level', 'Management Level', 'Grade Band', 'Career Level', 'Seniority', 'Seniority Level'],
  managerEmail: [
    'Manager Email',
    'Reports To (Email)',
    'Reports To Email',
    'Supervisor Email',
    'Line Manager Email',
    'Manager Work Email',
    'Manager Email Address',
    'Direct Manager Email',
    'Supervisor Work Email',
  ],
  region: ['Region', 'Sales Region', 'Territory', 'Sales Territory', 'Location', 'Work Location', 'Office', 'Site', 'Geo'],
  title: ['Job Title', 'Title', 'Position', 'Position Title', 'Business Title', 'Job Name'],
  active: ['Active', 'Status', 'Employment Status', 'Employee Status', 'Worker Status', 'Lifecycle Status', 'Is Active'],
};

const FIELD_NOTES: Readonly<Record<PeopleColumnField, string>> = {
  email: 'Required. Work e-mail, unique per person; matched without regard to case.',
  name: 'Required, unless First Name and Last Name columns are given instead.',
  firstName: 'Combined with Last Name when there is no full-name column.',
  preferredName: 'Used instead of First Name when filled in.',
  lastName: 'Combined with First Name (or Preferred Name) when there is no full-name column.',
  function: 'Required. sales, marketing or other (synonyms such as Field Sales, Mktg, Product Marketing, HR, Finance work).',
  level: 'Required. senior, middle or frontline (synonyms such as Executive, VP, Manager, Individual Contributor work).',
  managerEmail: "The manager's work e-mail; empty for the top of the organisation.",
  region: 'Region or territory; empty for organisation-wide roles.',
  title: 'Job title, shown as written.',
  active: 'Empty means active. Yes/No, True/False, 1/0, Active/Inactive, Terminated, On leave (counts as active).',
};

export interface HeaderMapping {
  /** Field → index of the column that holds it. */
  mapping: Partial<Record<PeopleColumnField, number>>;
  /** Header text → field, for the columns that were used. */
  mappingByHeader: Record<string, PeopleColumnField>;
  /** Headers that were not used (unknown, or a second column for a field already mapped). */
  ignored: string[];
  /** Required fields with no column. `name` is missing only when there is neither a name column nor first + last name. */
  missing: RequiredPeopleField[];
}

/** "Reports To (Email)" → "reportstoemail"; accents are dropped, so "Région" matches "Region". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

interface SynonymEntry {
  field: PeopleColumnField;
  rank: number;
}

const SYNONYM_INDEX: ReadonlyMap<string, SynonymEntry> = (() => {
  const index = new Map<string, SynonymEntry>();
  for (const field of PEOPLE_COLUMN_FIELDS) {
    // The field id itself ("managerEmail", "firstName") is always accepted, after the listed synonyms.
    const names = [...PEOPLE_HEADER_SYNONYMS[field], field];
    names.forEach((name, rank) => {
      const key = normalizeHeader(name);
      if (!index.has(key)) index.set(key, { field, rank });
    });
  }
  return index;
})();

export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const chosen = new Map<PeopleColumnField, { column: number; rank: number }>();
  headers.forEach((header, column) => {
    const entry = SYNONYM_INDEX.get(normalizeHeader(header));
    if (!entry) return;
    const current = chosen.get(entry.field);
    if (!current || entry.rank < current.rank) chosen.set(entry.field, { column, rank: entry.rank });
  });

  const mapping: Partial<Record<PeopleColumnField, number>> = {};
  const mappingByHeader: Record<string, PeopleColumnField> = {};
  const usedColumns = new Set<number>();
  for (const field of PEOPLE_COLUMN_FIELDS) {
    const choice = chosen.get(field);
    if (!choice) continue;
    mapping[field] = choice.column;
    mappingByHeader[headers[choice.column] as string] = field;
    usedColumns.add(choice.column);
  }
  const ignored = headers
    .map((header, column) => (header.trim() === '' ? `(column ${column + 1} has no header)` : header))
    .filter((_, column) => !usedColumns.has(column));

  const hasFirstName = mapping.firstName !== undefined || mapping.preferredName !== undefined;
  const hasName = mapping.name !== undefined || (hasFirstName && mapping.lastName !== undefined);
  const missing = REQUIRED_PEOPLE_FIELDS.filter((field) => (field === 'name' ? !hasName : mapping[field] === undefined));
  return { mapping, mappingByHeader, ignored, missing };
}

/** The accepted header names for a field, as a readable list: "Work Email", "Email", … */
export function acceptedHeaders(field: PeopleColumnField): string {
  return PEOPLE_HEADER_SYNONYMS[field].map((name) => `"${name}"`).join(', ');
}

export interface HeaderMappingRow {
  field: PeopleColumnField;
  required: 'yes' | 'no';
  headers: string;
  notes: string;
}

/** One row per field, each cell plain text without pipes or newlines, ready for a markdown table. */
export function describeHeaderMapping(): HeaderMappingRow[] {
  return PEOPLE_COLUMN_FIELDS.map((field) => ({
    field,
    required: (REQUIRED_PEOPLE_FIELDS as readonly string[]).includes(field) ? 'yes' : 'no',
    headers: acceptedHeaders(field),
    notes: FIELD_NOTES[field],
  }));
}
