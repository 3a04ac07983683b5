import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvLine, parseNdjsonLine, readCsvHeader, splitCsvLine, type CsvLayout } from './parse-line';
import { isoWeekStart, parseInstant, utcDay } from './timestamps';
import { validateEvent, type ValidationOptions } from './validate-event';

const people = new Map([
  ['ann@x.example', 'id-ann'],
  ['bob@x.example', 'id-bob'],
  ['id-ann', 'id-ann'],
]);
const options: ValidationOptions = { nowMs: Date.parse('2026-03-20T12:00:00Z'), clockSkewMs: 300_000, resolvePerson: (ref) => people.get(ref) };
const raw = (overrides: Record<string, string | null> = {}) => ({
  source: 'ann@x.example',
  target: 'bob@x.example',
  occurredAt: '2026-03-02T09:00:00Z',
  channel: 'email',
  initiatedBy: null,
  answeredAt: null,
  externalId: null,
  ...overrides,
});

describe('instants', () => {
  it('reads ISO 8601 times with Z or an offset, to the millisecond', () => {
    expect(parseInstant('2026-03-02T09:00:00Z')).toBe(Date.parse('2026-03-02T09:00:00Z'));
    expect(parseInstant('2026-03-02 10:30:00.250+01:30')).toBe(Date.parse('2026-03-02T09:00:00.250Z'));
    expect(parseInstant('2026-03-02T09:00-0500')).toBe(Date.parse('2026-03-02T14:00:00Z'));
  });

  it('refuses times without a zone, impossible dates and other text', () => {
    for (const text of ['2026-03-02T09:00:00', '2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-03-02T24:00:00Z', 'yesterday', '1741000000', '']) {
      expect(parseInstant(text)).toBeNull();
    }
    expect(parseInstant('2024-02-29T00:00:00Z')).not.toBeNull();
    expect(parseInstant('2025-02-29T00:00:00Z')).toBeNull();
  });

  it('names the UTC day and the Monday of the ISO week of any instant', () => {
    expect(utcDay(Date.parse('2026-03-01T23:59:59Z'))).toBe('2026-03-01');
    expect(isoWeekStart(Date.parse('2026-03-01T23:59:59Z'))).toBe('2026-02-23');
    expect(isoWeekStart(Date.parse('2026-03-02T00:00:00Z'))).toBe('2026-03-02');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), (ms) => {
        const monday = Date.parse(`${isoWeekStart(ms)}T00:00:00Z`);
        return new Date(monday).getUTCDay() === 1 && ms - monday >= 0 && ms - monday < 7 * 86_400_000;
      }),
    );
  });
});

describe('event lines', () => {
  const layout = readCsvHeader('Source,Target,Occurred At,channel,initiated-by,answered_at,external_id') as CsvLayout;

  it('reads a header in any case and separator style, and says which required column is missing', () => {
    expect(layout.width).toBe(7);
    expect(readCsvHeader('source,target,channel')).toBe(
      'The header row lacks occurred_at (columns: source, target, occurred_at, channel, initiated_by, answered_at, external_id).',
    );
  });

  it('splits quoted CSV fields with commas and doubled quotes, and refuses an unclosed quote', () => {
    expect(splitCsvLine('a,"b,c","say ""hi""",')).toEqual(['a', 'b,c', 'say "hi"', '']);
    expect(splitCsvLine('a,"b')).toBeNull();
    expect(splitCsvLine('a,"b"c')).toBeNull();
    expect(parseCsvLine('a,b,c', layout)).toBe('The line has 3 fields; the header has 7.');
    expect(parseCsvLine('ann@x.example,bob@x.example,2026-03-02T09:00:00Z,email,target,,"id,1"', layout)).toMatchObject({ initiatedBy: 'target', externalId: 'id,1' });
  });

  it('reads NDJSON objects in camelCase or snake_case and refuses other JSON', () => {
    expect(parseNdjsonLine('{"source":"a","target":"b","occurred_at":"t","channel":"email"}')).toMatchObject({ source: 'a', occurredAt: 't' });
    expect(parseNdjsonLine('[1]')).toBe('The line is not a JSON object.');
    expect(parseNdjsonLine('{"source": 3}')).toBe('Field source must be text.');
    expect(parseNdjsonLine('{oops')).toBe('The line is not valid JSON.');
  });
});

describe('event checks', () => {
  it('normalises source/target and initiated-by to initiator → recipient', () => {
    expect(validateEvent(raw(), options)).toMatchObject({ ok: true, event: { initiatorId: 'id-ann', recipientId: 'id-bob', answeredAtMs: null } });
    expect(validateEvent(raw({ initiatedBy: 'Target', channel: ' CALL ' }), options)).toMatchObject({ ok: true, event: { initiatorId: 'id-bob', recipientId: 'id-ann', channel: 'call' } });
    expect(validateEvent(raw({ source: 'ID-ANN' }), options)).toMatchObject({ ok: true });
  });

  it('gives one reason for each kind of bad event', () => {
    const reason = (overrides: Record<string, string | null>) => {
      const check = validateEvent(raw(overrides), options);
      return check.ok ? 'ok' : check.reason;
    };
    expect(reason({ source: 'eve@x.example' })).toBe('unknown_person');
    expect(reason({ target: 'ann@x.example' })).toBe('self_contact');
    expect(reason({ occurredAt: '2026-03-20T12:06:00Z' })).toBe('future_timestamp');
    expect(reason({ occurredAt: '2026-03-20T12:04:00Z' })).toBe('ok');
    expect(reason({ answeredAt: '2026-03-21T00:00:00Z' })).toBe('future_timestamp');
    expect(reason({ occurredAt: '2026-03-02' })).toBe('unparseable_timestamp');
    expect(reason({ answeredAt: 'soon' })).toBe('unparseable_timestamp');
    expect(reason({ answeredAt: '2026-03-02T08:59:59Z' })).toBe('answered_before_occurred');
    expect(reason({ channel: 'fax' })).toBe('bad_channel');
    expect(reason({ channel: '' })).toBe('missing_field');
    expect(reason({ initiatedBy: 'both' })).toBe('bad_initiated_by');
    expect(reason({ externalId: 'x'.repeat(201) })).toBe('external_id_too_long');
  });

  it('reports the unknown reference so the report can list it', () => {
    expect(validateEvent(raw({ target: 'Eve@X.example ' }), options)).toMatchObject({ ok: false, reason: 'unknown_person', ref: 'eve@x.example' });
  });
});
