import type { EventRejection } from '../../domain/signals/events/event-types';
import { rawEventFromObject, type EventFormat } from '../../domain/signals/events/parse-line';
import { DEFAULT_CLOCK_SKEW_MS, type ValidationOptions } from '../../domain/signals/events/validate-event';
import { limits } from '../../shared/limits';
import type { IngestReport, OnErrorMode } from '../../shared/signals';
import { requireRole, type UseCaseContext } from '../actor';
import type { Database, Tx } from '../db/create-db';
import { AppError } from '../errors';
import { checkOne, readEventBatches, type EventBatch, type KeyedEvent } from './event-stream';
import { insertEventBatch, peopleRefs, prepareEvents, type PreparedEvents } from './events-repository';

export type IngestSource =
  | { kind: 'stream'; input: AsyncIterable<Buffer | string>; format: EventFormat }
  | { kind: 'items'; items: ReadonlyArray<Record<string, unknown>> };

export interface IngestProgress {
  lines: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}

export interface IngestOptions {
  source: IngestSource;
  onError: OnErrorMode;
  /** The ingest's clock: events dated after now (plus a small skew) are refused. */
  now: Date;
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
}

const DEFAULT_BATCH = 20_000;

/**
 * The one ingestion use case behind `tandem import events` and POST /api/events/batch.
 * - abort (the default): the whole input is one transaction. At the first rejected line writing stops, the rest is
 *   still read to report every problem, and the transaction is rolled back: nothing from the input is stored, and
 *   the answer is an INVALID_INPUT error whose details are the report.
 * - skip: each batch commits in its own transaction, rejected lines are reported and left out. An ingest that is
 *   killed keeps every committed batch; running it again stores the rest, and what was stored counts as duplicates.
 * Either way each event is stored once per (org, external id), and only newly stored events feed the rollups.
 */
export async function ingestEvents(context: UseCaseContext, options: IngestOptions): Promise<IngestReport> {
  const { db, actor } = context;
  requireRole(actor, ['admin', 'analyst'], 'ingest interaction events');
  const refs = await db.withOrg(actor.orgId, (tx) => peopleRefs(tx, actor.orgId));
  const idByRef = new Map<string, string>();
  for (const person of refs) {
    idByRef.set(person.email, person.id);
    idByRef.set(person.id, person.id);
  }
  const validation: ValidationOptions = { nowMs: options.now.getTime(), clockSkewMs: DEFAULT_CLOCK_SKEW_MS, resolvePerson: (ref) => idByRef.get(ref) };
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const batches = readAhead(
    prepared(
      db.kind,
      options.source.kind === 'stream'
        ? readEventBatches(options.source.input, { ...validation, format: options.source.format, batchSize })
        : itemBatches(options.source.items, validation),
    ),
  );
  const report = emptyReport(options.onError);
  const write = (batch: PreparedEvents) => (tx: Tx) => insertEventBatch(tx, actor.orgId, batch);

  if (options.onError === 'skip') {
    for await (const batch of batches) {
      const inserted = batch.events.length > 0 ? await db.withOrg(actor.orgId, write(batch.prepared)) : 0;
      tally(report, batch, inserted);
      options.onProgress?.(progressOf(report));
    }
    report.committed = true;
    return report;
  }

  try {
    await db.withOrg(actor.orgId, async (tx) => {
      for await (const batch of batches) {
        const writing = report.rejected === 0 && batch.rejections.length === 0;
        tally(report, batch, writing ? await write(batch.prepared)(tx) : 0);
        options.onProgress?.(progressOf(report));
      }
      if (report.rejected > 0) throw new AbortIngest();
    });
  } catch (error) {
    if (!(error instanceof AbortIngest)) throw error;
    report.accepted = 0;
    report.duplicates = 0;
    throw new AppError(
      'INVALID_INPUT',
      `${report.rejected} of ${report.valid + report.rejected} events were rejected, so nothing was stored (abort mode). Fix them, or run with --on-error skip (API: ?onError=skip) to store the rest.`,
      report,
    );
  }
  report.committed = true;
  return report;
}

class AbortIngest extends Error {}

function emptyReport(onError: OnErrorMode): IngestReport {
  return { onError, committed: false, lines: 0, valid: 0, accepted: 0, duplicates: 0, rejected: 0, rejections: [], unknownPeople: { count: 0, first: [] } };
}

function tally(report: IngestReport, batch: EventBatch, inserted: number): void {
  report.lines = batch.linesRead;
  report.valid += batch.events.length;
  report.accepted += inserted;
  report.duplicates += batch.events.length - inserted;
  report.rejected += batch.rejections.length;
  for (const rejection of batch.rejections) note(report, rejection);
}

function note(report: IngestReport, rejection: EventRejection): void {
  if (report.rejections.length < limits.eventRejectionsListed) {
    report.rejections.push({ line: rejection.line, reason: rejection.reason, message: rejection.message });
  }
  if (rejection.reason === 'unknown_person') {
    report.unknownPeople.count++;
    if (report.unknownPeople.first.length < limits.eventRejectionsListed) report.unknownPeople.first.push({ line: rejection.line, ref: rejection.ref ?? '' });
  }
}

const progressOf = (report: IngestReport): IngestProgress => ({ lines: report.lines, accepted: report.accepted, duplicates: report.duplicates, rejected: report.rejected });

/** Each batch with its events in the form the driver takes, built as the batch is read (so, ahead of its write). */
async function* prepared(kind: Database['kind'], source: AsyncGenerator<EventBatch>): AsyncGenerator<EventBatch & { prepared: PreparedEvents }> {
  for await (const batch of source) yield { ...batch, prepared: prepareEvents(kind, batch.events) };
}

/**
 * Reads and prepares the next batch while the current one is being written: on Postgres the database works in its
 * own process, so parsing and writing overlap. At most two batches are held.
 */
async function* readAhead<T>(source: AsyncGenerator<T>): AsyncGenerator<T> {
  let next = source.next();
  // Marked as handled now; the rejection still reaches the await below if the consumer gets that far.
  next.catch(() => {});
  for (;;) {
    const result = await next;
    if (result.done) return;
    next = source.next();
    next.catch(() => {});
    yield result.value;
  }
}

/** API items, checked like file lines; "line" is the item's 1-based position. */
async function* itemBatches(items: ReadonlyArray<Record<string, unknown>>, validation: ValidationOptions): AsyncGenerator<EventBatch> {
  const events: KeyedEvent[] = [];
  const rejections: EventRejection[] = [];
  items.forEach((item, index) => {
    const rejection = checkOne(rawEventFromObject(item), index + 1, validation, events);
    if (rejection) rejections.push(rejection);
  });
  yield { events, rejections, linesRead: items.length };
}
