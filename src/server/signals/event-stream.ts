import { createHash } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import type { EventRejection, NormalisedEvent, RawEvent } from '../../domain/signals/events/event-types';
import { parseCsvLine, parseNdjsonLine, readCsvHeader, type CsvLayout, type EventFormat } from '../../domain/signals/events/parse-line';
import { validateEvent, type ValidationOptions } from '../../domain/signals/events/validate-event';
import { invalidInput } from '../errors';

/** An accepted event with its idempotence key. */
export type KeyedEvent = NormalisedEvent & { externalId: string };

/** What the pipeline hands on: up to `batchSize` accepted events, the rejections met since the last batch. */
export interface EventBatch {
  events: KeyedEvent[];
  rejections: EventRejection[];
  /** Lines read so far, header and blank lines included (the last line number seen). */
  linesRead: number;
}

export interface PipelineOptions extends ValidationOptions {
  format: EventFormat;
  batchSize: number;
}

/**
 * An event without the sender's id gets one derived from its content (`h:` + 128 bits of SHA-256 over the resolved
 * people, the instants in ms and the channel), so re-sending a file, whole or in part, counts each event once.
 * Two events identical in all of those are one event.
 */
export function derivedExternalId(event: NormalisedEvent): string {
  const key = `${event.initiatorId}|${event.recipientId}|${event.occurredAtMs}|${event.answeredAtMs ?? ''}|${event.channel}`;
  return `h:${createHash('sha256').update(key).digest('base64url').slice(0, 22)}`;
}

/** Splits a byte stream into lines without holding more than one chunk and one partial line. */
export async function* linesOf(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      yield text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      start = end + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.end();
  if (rest.length > 0) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

const YIELD_EVERY_LINES = 256;

/**
 * The streaming reader and validator: lines in, batches of checked events out. It pulls input only as the consumer
 * pulls batches, so memory stays flat whatever the size of the file.
 */
export async function* readEventBatches(input: AsyncIterable<Buffer | string>, options: PipelineOptions): AsyncGenerator<EventBatch> {
  let layout: CsvLayout | undefined;
  let line = 0;
  let events: KeyedEvent[] = [];
  let rejections: EventRejection[] = [];
  for await (const text of linesOf(input)) {
    line++;
    // Let I/O in between (the database answering the batch being written): parsing a generated or cached input
    // otherwise runs as one long stretch of microtasks, and the write it should overlap waits for it.
    if (line % YIELD_EVERY_LINES === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    if (text.trim() === '') continue;
    if (options.format === 'csv' && !layout) {
      const header = readCsvHeader(text);
      if (typeof header === 'string') throw invalidInput(`Line 1: ${header}`);
      layout = header;
      continue;
    }
    const raw = options.format === 'csv' ? parseCsvLine(text, layout as CsvLayout) : parseNdjsonLine(text);
    const rejection = checkOne(raw, line, options, events);
    if (rejection) rejections.push(rejection);
    if (events.length >= options.batchSize) {
      yield { events, rejections, linesRead: line };
      events = [];
      rejections = [];
    }
  }
  if (options.format === 'csv' && !layout) throw invalidInput('The file is empty: it needs a header row and one event per line.');
  // Always a last batch, even empty, so the consumer learns how many lines there were.
  yield { events, rejections, linesRead: line };
}

/** Checks one raw event (or the reason it could not be read), appending it to `into` when accepted. */
export function checkOne(raw: RawEvent | string, line: number, options: ValidationOptions, into: KeyedEvent[]): EventRejection | undefined {
  if (typeof raw === 'string') return { line, reason: 'malformed_line', message: raw };
  const check = validateEvent(raw, options);
  if (!check.ok) return { line, reason: check.reason, message: check.message, ...(check.ref ? { ref: check.ref } : {}) };
  const event = check.event;
  if (event.externalId === null) event.externalId = derivedExternalId(event);
  into.push(event as KeyedEvent);
  return undefined;
}
