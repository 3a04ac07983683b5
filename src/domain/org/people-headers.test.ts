import { describe, expect, it } from 'vitest';
import { PEOPLE_COLUMN_FIELDS, PEOPLE_HEADER_SYNONYMS, describeHeaderMapping, mapHeaders, normalizeHeader } from './people-headers';

describe('mapHeaders', () => {
  it('maps a Workday-style export', () => {
    const result = mapHeaders(['Worker', 'Primary Work Email', 'Business Title', 'Management Level', 'Department', 'Manager Email', 'Location', 'Worker Status']);
    expect(result.mapping).toEqual({ name: 0, email: 1, title: 2, level: 3, function: 4, managerEmail: 5, region: 6, active: 7 });
    expect(result.missing).toEqual([]);
    expect(result.ignored).toEqual([]);
  });

  it('maps a BambooHR-style export with first and last name columns', () => {
    const result = mapHeaders(['Employee #', 'First Name', 'Last Name', 'Work Email', 'Dept', 'Job Level', 'Supervisor Email', 'Status']);
    expect(result.mapping).toMatchObject({ firstName: 1, lastName: 2, email: 3, function: 4, level: 5, managerEmail: 6, active: 7 });
    expect(result.missing).toEqual([]);
    expect(result.ignored).toEqual(['Employee #']);
  });

  it('ignores case, spaces, underscores and punctuation in headers', () => {
    const result = mapHeaders(['E-MAIL', 'full_name', ' function ', 'LEVEL', 'line manager e-mail', 'JOB_TITLE']);
    expect(result.mappingByHeader).toEqual({
      'E-MAIL': 'email',
      full_name: 'name',
      ' function ': 'function',
      LEVEL: 'level',
      'line manager e-mail': 'managerEmail',
      JOB_TITLE: 'title',
    });
    expect(mapHeaders(['Reports To (Email)']).mapping.managerEmail).toBe(0);
  });

  it('accepts the field ids themselves as headers', () => {
    expect(mapHeaders(['email', 'name', 'function', 'level', 'managerEmail']).missing).toEqual([]);
  });

  it('prefers the better synonym when two columns could hold the same field', () => {
    const result = mapHeaders(['Email', 'Work Email', 'Location', 'Region']);
    expect(result.mapping.email).toBe(1);
    expect(result.mapping.region).toBe(3);
    expect(result.ignored).toEqual(['Email', 'Location']);
  });

  it('lists every required field that has no column', () => {
    expect(mapHeaders(['Title', 'Region']).missing).toEqual(['email', 'name', 'function', 'level']);
  });

  it('needs both a first-name and a last-name column when there is no full-name column', () => {
    expect(mapHeaders(['Email', 'First Name', 'Function', 'Level']).missing).toEqual(['name']);
    expect(mapHeaders(['Email', 'Preferred Name', 'Surname', 'Function', 'Level']).missing).toEqual([]);
  });

  it('names blank headers by their column number in the ignored list', () => {
    expect(mapHeaders(['Email', '']).ignored).toEqual(['(column 2 has no header)']);
  });
});

describe('the synonym table', () => {
  it('never gives the same normalised header to two fields', () => {
    const owner = new Map<string, string>();
    for (const field of PEOPLE_COLUMN_FIELDS) {
      for (const header of [...PEOPLE_HEADER_SYNONYMS[field], field]) {
        const key = normalizeHeader(header);
        expect(owner.get(key) ?? field).toBe(field);
        owner.set(key, field);
      }
    }
  });

  it('maps every listed synonym to its own field', () => {
    for (const field of PEOPLE_COLUMN_FIELDS) {
      for (const header of PEOPLE_HEADER_SYNONYMS[field]) expect(mapHeaders([header]).mappingByHeader[header]).toBe(field);
    }
  });

  it('describes every field in rows that fit a markdown table', () => {
    const rows = describeHeaderMapping();
    expect(rows.map((r) => r.field)).toEqual([...PEOPLE_COLUMN_FIELDS]);
    expect(rows.find((r) => r.field === 'email')).toMatchObject({ required: 'yes' });
    expect(rows.find((r) => r.field === 'title')).toMatchObject({ required: 'no' });
    for (const row of rows) expect(Object.values(row).join('')).not.toMatch(/[|\n]/);
  });
});
