import { Readable } from 'node:stream';
import type { PersonRecord } from '../../src/domain/org/types';
import type { UseCaseContext } from '../../src/server/actor';
import { ingestEvents } from '../../src/server/signals/ingest-events';
import { eventCsvChunks } from './ingest-events-generator';

const log = (line: string) => process.stdout.write(`${line}\n`);

export interface IngestFigures {
  /** Events per second over the first million (or all, when fewer). */
  epsFirstMillion: number;
  /** Events per second over the whole stream. */
  epsAll: number;
  seconds: number;
  /** CPU seconds this process spent (all of PGlite's work; only the Node side on Postgres). */
  cpuSeconds: number;
}

const cpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

/**
 * Streams `events` generated CSV events through the ingest use case (parse, check, insert, rollups; skip mode so
 * batches commit as they go) and times it, printing progress every 5 s.
 */
export async function benchIngest(context: UseCaseContext, label: string, options: { people: readonly PersonRecord[]; events: number; end: Date; seed: number; prefix: string; from?: number }): Promise<IngestFigures> {
  const started = performance.now();
  const cpuStarted = cpuSeconds();
  let lastLog = started;
  let atMillion: number | null = null;
  const report = await ingestEvents(context, {
    source: { kind: 'stream', input: Readable.from(eventCsvChunks({ ...options, days: 365 })), format: 'csv' },
    onError: 'skip',
    now: options.end,
    onProgress: (p) => {
      const now = performance.now();
      if (atMillion === null && p.accepted >= 1_000_000) atMillion = (now - started) / 1000;
      if (now - lastLog > 5000) {
        lastLog = now;
        log(`  ${label}: ${p.accepted.toLocaleString('en')} events, ${Math.round(p.accepted / ((now - started) / 1000)).toLocaleString('en')} events/s`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds() - cpuStarted;
  if (report.rejected > 0 || report.accepted !== options.events) throw new Error(`${label}: ${report.rejected} rejected, ${report.accepted} stored of ${options.events}: ${JSON.stringify(report.rejections.slice(0, 3))}`);
  const first = Math.min(options.events, 1_000_000);
  const epsFirstMillion = Math.round(first / (atMillion ?? seconds));
  const epsAll = Math.round(options.events / seconds);
  log(`${label}: ${options.events.toLocaleString('en')} events in ${seconds.toFixed(1)} s — ${epsAll.toLocaleString('en')} events/s (first million: ${epsFirstMillion.toLocaleString('en')}/s); ${Math.round(options.events / cpu).toLocaleString('en')} events per CPU-second of this process`);
  return { epsFirstMillion, epsAll, seconds, cpuSeconds: cpu };
}

/** Time to ingest one 10k-event batch of new, recent events (parse, insert, rollup update, commit): the refresh. */
export async function benchRefresh(context: UseCaseContext, label: string, options: { people: readonly PersonRecord[]; end: Date; seed: number; prefix: string }): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const chunks = [...eventCsvChunks({ people: options.people, events: 10_000, seed: options.seed + run, end: options.end, days: 7, prefix: `${options.prefix}${run}-` })];
    const started = performance.now();
    const report = await ingestEvents(context, { source: { kind: 'stream', input: Readable.from(chunks), format: 'csv' }, onError: 'abort', now: options.end });
    times.push(performance.now() - started);
    if (report.accepted !== 10_000) throw new Error(`${label}: refresh stored ${report.accepted}`);
  }
  const median = [...times].sort((a, b) => a - b)[1] as number;
  log(`${label}: refresh after a 10k-event batch ${median.toFixed(0)} ms (median of 3: ${times.map((t) => t.toFixed(0)).join(', ')})`);
  return Math.round(median);
}
