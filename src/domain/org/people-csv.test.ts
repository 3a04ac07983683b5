import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoOrg } from './demo';
import { HRIS_HEADERS, recordsToRows } from './factories';
import { validatePeopleRows } from './people-csv';

const none: ReadonlySet<string> = new Set();
const headers = ['Email', 'Name', 'Function', 'Level', 'Manager Email'];
const ceo = ['ceo@acme.test', 'Ada Chief', 'Other', 'Executive', ''];

function validate(rows: string[][], existingEmails: ReadonlySet<string> = none) {
  return validatePeopleRows({ headers, rows, existingEmails });
}

describe('validatePeopleRows: a clean file', () => {
  it('turns rows into records, with e-mails lower-cased and synonyms read', () => {
    const result = validate([ceo, [' Bo.Sales@ACME.test ', 'Bo Sales', 'Field Sales', 'IC', 'CEO@acme.test']]);
    expect(result.issues).toEqual([]);
    expect(result.records).toEqual([
      { name: 'Ada Chief', email: 'ceo@acme.test', function: 'other', level: 'senior', managerEmail: null, region: null, title: null, active: true },
      { name: 'Bo Sales', email: 'bo.sales@acme.test', function: 'sales', level: 'frontline', managerEmail: 'ceo@acme.test', region: null, title: null, active: true },
    ]);
    expect(result.perRow.map((r) => r.row)).toEqual([2, 3]);
  });

  it('combines first and last name (preferring the preferred name) when there is no full-name column', () => {
    const result = validatePeopleRows({
      headers: ['Work Email', 'First Name', 'Preferred Name', 'Last Name', 'Dept', 'Job Level'],
      rows: [
        ['a@acme.test', 'Katherine', 'Kate', 'Okafor', 'Marketing', 'Manager'],
        ['b@acme.test', 'Jonas', '', 'Lund', 'Sales', 'Manager'],
      ],
      existingEmails: none,
    });
    expect(result.records.map((r) => r.name)).toEqual(['Kate Okafor', 'Jonas Lund']);
  });

  it('counts creates and updates against the e-mails already in Tandem, ignoring case', () => {
    const result = validate([ceo, ['new@acme.test', 'New Person', 'Sales', 'IC', 'ceo@acme.test']], new Set(['CEO@Acme.test']));
    expect(result).toMatchObject({ creates: 1, updates: 1 });
  });

  it('accepts a manager who is already in Tandem but not in the file', () => {
    const result = validate([['rep@acme.test', 'Rep', 'Sales', 'IC', 'boss@acme.test']], new Set(['boss@acme.test']));
    expect(result.issues).toEqual([]);
  });

  it('skips blank rows such as the trailing commas spreadsheets leave', () => {
    const result = validate([ceo, ['', ' ', '', '', '']]);
    expect(result.perRow).toHaveLength(1);
    expect(result.issues).toEqual([]);
  });

  it('round-trips a demo organisation exported as an HRIS file', () => {
    const { people } = generateDemoOrg({ people: 2_000, seed: 4 });
    const result = validatePeopleRows({ headers: HRIS_HEADERS, rows: recordsToRows(people), existingEmails: none });
    expect(result.issues).toEqual([]);
    expect(result.records).toEqual(people);
    expect(result.creates).toBe(2_000);
  });
});

describe('validatePeopleRows: problems with the whole file', () => {
  it('reports an empty file', () => {
    const result = validatePeopleRows({ headers: [], rows: [], existingEmails: none });
    expect(result.issues).toEqual([{ message: expect.stringContaining('The file is empty') }]);
  });

  it('reports a file with a header but no people', () => {
    expect(validate([]).issues[0]?.message).toMatch(/no people/);
  });

  it('names each missing required column with the header names it accepts', () => {
    const result = validatePeopleRows({ headers: ['Mail', 'Name', 'Team'], rows: [['a', 'b', 'c']], existingEmails: none });
    expect(result.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^No column for email: .*"Work Email".*"E-mail".*The file has "Mail", "Name", "Team"\.$/),
      expect.stringMatching(/^No column for function: .*"Department"/),
      expect.stringMatching(/^No column for level: .*"Management Level"/),
    ]);
    expect(result.records).toEqual([]);
  });
});

describe('validatePeopleRows: problems on rows', () => {
  const messages = (rows: string[][], existing?: ReadonlySet<string>) => validate(rows, existing).issues.map((i) => i.message);

  it('reports a row with the wrong number of cells', () => {
    expect(messages([ceo, ['a@acme.test', 'Al', 'Sales']])).toEqual([
      expect.stringMatching(/^Row 3: has 3 cells but the header has 5 columns\. Check for an unquoted comma/),
    ]);
  });

  it('reports empty and invalid e-mails with the column they are in', () => {
    const result = validate([ceo, ['', 'No Mail', 'Sales', 'IC', ''], ['not-an-email', 'Bad Mail', 'Sales', 'IC', '']]);
    expect(result.issues).toEqual([
      { row: 3, column: 'Email', message: 'Row 3: the e-mail is empty. Every person needs their own work e-mail.' },
      { row: 4, column: 'Email', message: expect.stringContaining('Row 4: "not-an-email" is not a valid e-mail address') },
    ]);
    expect(result.records).toEqual([]);
    expect(result.perRow).toHaveLength(3);
  });

  it('reports a duplicate e-mail on the later row, naming both rows, whatever the case', () => {
    expect(messages([ceo, ['x@acme.test', 'X', 'Sales', 'IC', ''], ['X@ACME.test', 'X again', 'Sales', 'IC', '']])).toEqual([
      'Row 4: the e-mail x@acme.test is also on row 3. Each person can appear only once: remove or merge one of the two rows.',
    ]);
  });

  it('lists the accepted values for an unknown function, level or status', () => {
    const result = validatePeopleRows({
      headers: ['Email', 'Name', 'Function', 'Level', 'Status'],
      rows: [['a@acme.test', 'A', 'Astrology', 'Director', 'Maybe']],
      existingEmails: none,
    });
    expect(result.issues.map((i) => [i.column, i.message])).toEqual([
      ['Function', expect.stringMatching(/^Row 2: the function "Astrology" is not recognised\. Use sales, marketing or other/)],
      ['Level', expect.stringMatching(/^Row 2: the level "Director" is not recognised\. Use senior, middle or frontline.*A director is senior or middle/)],
      ['Status', expect.stringMatching(/^Row 2: the status "Maybe" is not recognised\. Use yes\/no/)],
    ]);
    expect(result.perRow[0]).toMatchObject({ function: null, level: null });
  });

  it('reports a name that is empty or longer than 200 characters', () => {
    expect(messages([['a@acme.test', '', 'Sales', 'IC', ''], ['b@acme.test', 'x'.repeat(201), 'Sales', 'IC', '']])).toEqual([
      "Row 2: the name is empty. Fill in the person's full name.",
      'Row 3: the name is 201 characters long; shorten it to 200 or fewer.',
    ]);
  });

  it('reports a manager who is neither in the file nor in Tandem', () => {
    expect(messages([ceo, ['a@acme.test', 'A', 'Sales', 'IC', 'ghost@acme.test']])).toEqual([
      'Row 3: the manager ghost@acme.test is neither in this file nor already in Tandem. Add a row for them, correct the e-mail, or leave the cell empty for the top of the organisation.',
    ]);
  });

  it('reports a person who manages themself', () => {
    expect(messages([['a@acme.test', 'A', 'Sales', 'IC', 'A@acme.test']])).toEqual([
      'Row 2: a@acme.test is listed as their own manager. Name their real manager, or leave the cell empty for the top of the organisation.',
    ]);
  });

  it('reports a reporting cycle on every row in it, naming every e-mail', () => {
    const result = validate([
      ceo,
      ['a@acme.test', 'A', 'Sales', 'IC', 'b@acme.test'],
      ['b@acme.test', 'B', 'Sales', 'IC', 'c@acme.test'],
      ['c@acme.test', 'C', 'Sales', 'IC', 'a@acme.test'],
    ]);
    const cycle = 'Row %d: reporting cycle: a@acme.test → b@acme.test → c@acme.test → a@acme.test (rows 3, 4, 5). ';
    expect(result.issues.map((i) => i.row)).toEqual([3, 4, 5]);
    for (const issue of result.issues) expect(issue.message.startsWith(cycle.replace('%d', String(issue.row)))).toBe(true);
  });

  it('shortens the message for a very long cycle', () => {
    const n = 1_000;
    const rows = Array.from({ length: n }, (_, i) => [`p${i}@acme.test`, `P ${i}`, 'Sales', 'IC', `p${(i + 1) % n}@acme.test`]);
    const { issues } = validate(rows);
    expect(issues).toHaveLength(n);
    expect(issues[0]?.message).toContain('(980 more)');
    expect(issues[0]?.message.length).toBeLessThan(1_000);
  });
});

describe('validatePeopleRows properties', () => {
  it('accepts any demo organisation and returns exactly its people', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer(), (size, seed) => {
        const { people } = generateDemoOrg({ people: size, seed });
        const result = validatePeopleRows({ headers: HRIS_HEADERS, rows: recordsToRows(people), existingEmails: none });
        expect(result.issues).toEqual([]);
        expect(result.records).toEqual(people);
      }),
      { numRuns: 30 },
    );
  });

  it('returns records only when there are no issues, and puts every row error in the issues', () => {
    const cell = fc.constantFrom('', 'a@x.test', 'b@x.test', 'B@X.test', 'bad', 'Sales', 'mktg', 'IC', 'vp', 'Director', 'Someone');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 4, maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const result = validate(rows);
        expect(result.records.length === 0 || result.issues.length === 0).toBe(true);
        const rowErrors = result.perRow.flatMap((r) => r.errors);
        expect(result.issues.filter((i) => i.row !== undefined).map((i) => i.message)).toEqual(rowErrors);
        for (const issue of result.issues) if (issue.row !== undefined) expect(issue.message.startsWith(`Row ${issue.row}: `)).toBe(true);
        if (result.issues.length === 0) expect(result.records).toHaveLength(result.perRow.length);
      }),
    );
  });

  it('gives every valid, distinct e-mail to either creates or updates', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { maxLength: 20 }), fc.integer({ min: 0, max: 50 }), (ids, split) => {
        const rows = ids.map((id) => [`p${id}@acme.test`, `P ${id}`, 'Sales', 'IC', '']);
        const existing = new Set(ids.filter((id) => id < split).map((id) => `p${id}@acme.test`));
        const result = validate(rows, existing);
        expect(result.updates).toBe(existing.size);
        expect(result.creates + result.updates).toBe(ids.length);
      }),
    );
  });
});

describe('validatePeopleRows at scale', () => {
  it('validates 200,000 rows and reports a problem deep in the file with its row number', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [
      `person.${i}@acme.test`,
      `Person ${i}`,
      i % 3 === 0 ? 'Marketing' : 'Sales',
      i < 10 ? 'Executive' : i < 2_000 ? 'Manager' : 'Individual Contributor',
      i === 0 ? '' : `person.${Math.floor((i - 1) / 8)}@acme.test`,
      'EMEA North',
      'Account Executive',
      'Active',
    ]);
    (rows[150_000] as string[])[2] = 'Astrology';
    const result = validatePeopleRows({ headers: HRIS_HEADERS, rows, existingEmails: new Set(['person.7@acme.test']) });
    expect(result.issues.map((i) => i.row)).toEqual([150_002]);
    expect(result.perRow).toHaveLength(200_000);
    expect(result).toMatchObject({ creates: 199_999, updates: 1 });
  }, 30_000);
});
