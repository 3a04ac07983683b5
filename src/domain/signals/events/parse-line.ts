import type { RawEvent } from './event-types';

/**
 * Turns one line of an events file into a RawEvent. Files have one event per line: CSV with a header row (quoted
 * fields may hold commas and doubled quotes, not line breaks) or NDJSON (one JSON object per line). A line that
 * cannot be read at all gives a string saying why; field checks come later (validateEvent).
 */
export type EventFormat = 'csv' | 'ndjson';

const FIELDS = ['source', 'target', 'occurredAt', 'channel', 'initiatedBy', 'answeredAt', 'externalId'] as const;
type Field = (typeof FIELDS)[number];
const REQUIRED: readonly Field[] = ['source', 'target', 'occurredAt', 'channel'];

/** `occurred_at`, `occurredAt`, `Occurred At` all name the same field. */
function fieldOf(name: string): Field | undefined {
  const key = name.trim().toLowerCase().replace(/[\s_-]+/g, '');
  return FIELDS.find((field) => field.toLowerCase() === key);
}

/** Splits one CSV line into fields; null when a quote is left open or stray text follows a closing quote. */
export function splitCsvLine(line: string): string[] | null {
  if (!line.includes('"')) return line.split(',');
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) return null;
        value += line.slice(i, close);
        if (line[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      if (i < line.length && line[i] !== ',') return null;
      fields.push(value);
      i++;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      const value = line.slice(i, end);
      if (value.includes('"')) return null;
      fields.push(value);
      i = end + 1;
    }
  }
  return fields;
}

/** A CSV header read once: which column holds which field. */
export interface CsvLayout {
  columns: Array<Field | undefined>;
  width: number;
}

/** Reads the header row; throws nothing, returns the problem as text when a required column is missing. */
export function readCsvHeader(line: string): CsvLayout | string {
  const names = splitCsvLine(line.replace(/^\uFEFF/, ''));
  if (!names) return 'The header row is not valid CSV.';
  const columns = names.map(fieldOf);
  const missing = REQUIRED.filter((field) => !columns.includes(field));
  if (missing.length > 0) {
    return `The header row lacks ${missing.map(snakeCase).join(', ')} (columns: source, target, occurred_at, channel, initiated_by, answered_at, external_id).`;
  }
  return { columns, width: names.length };
}

const snakeCase = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const emptyEvent = (): RawEvent => ({ source: null, target: null, occurredAt: null, channel: null, initiatedBy: null, answeredAt: null, externalId: null });

export function parseCsvLine(line: string, layout: CsvLayout): RawEvent | string {
  const values = splitCsvLine(line);
  if (!values) return 'The line is not valid CSV (an unclosed or stray quote).';
  if (values.length !== layout.width) return `The line has ${values.length} fields; the header has ${layout.width}.`;
  const event = emptyEvent();
  for (let i = 0; i < values.length; i++) {
    const field = layout.columns[i];
    if (field) event[field] = values[i] as string;
  }
  return event;
}

/** One NDJSON line: an object whose keys name the fields (camelCase or snake_case); values are strings or null. */
export function parseNdjsonLine(line: string): RawEvent | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'The line is not valid JSON.';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'The line is not a JSON object.';
  return rawEventFromObject(value as Record<string, unknown>);
}

/** Maps an object (an NDJSON line, an API item) to a RawEvent; values that are not strings or null are a problem. */
export function rawEventFromObject(object: Record<string, unknown>): RawEvent | string {
  const event = emptyEvent();
  for (const [key, value] of Object.entries(object)) {
    const field = fieldOf(key);
    if (!field) continue;
    if (value !== null && typeof value !== 'string') return `Field ${key} must be text.`;
    event[field] = value;
  }
  return event;
}
