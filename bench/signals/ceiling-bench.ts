import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { PersonRecord } from '../../src/domain/org/types';
import { eventCsvChunks } from './ingest-events-generator';

const log = (line: string) => process.stdout.write(`${line}\n`);

/**
 * The storage ceiling of this machine, the yardstick for the ingest rates: the two rows every new event costs —
 * itself in a table keyed like signal_events (org, external id) and its pair-day row in a table keyed like
 * signal_pair_days — loaded by one plain COPY each, from text prepared beforehand. No parsing, checking,
 * deduplication, row-level security or unit rollup: an ingest cannot be faster than this on the same database.
 */
const TABLES = `
  create table ceiling_events (org_id uuid not null, external_id text not null, initiator_id uuid not null, recipient_id uuid not null,
    occurred_at timestamptz not null, channel text not null, answered_at timestamptz, primary key (org_id, external_id));
  create table ceiling_pair_days (org_id uuid not null, initiator_id uuid not null, recipient_id uuid not null, day date not null,
    events int not null, answered int not null, unanswered int not null, response_seconds_sum bigint not null, last_at timestamptz not null,
    cross_function boolean not null, primary key (org_id, day, initiator_id, recipient_id))`;

interface CeilingText {
  events: number;
  pairRows: number;
  eventText: string;
  pairText: string;
}

/** The generator's first `events` events, and their pair-day rows, as COPY text (people get stand-in uuids). */
export function ceilingText(people: readonly PersonRecord[], events: number, end: Date): CeilingText {
  const org = '00000000-0000-7000-8000-00000000c0de';
  const uuidOf = new Map(people.map((p, i) => [p.email, `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`]));
  const functionOf = new Map(people.map((p) => [p.email, p.function]));
  const eventLines: string[] = [];
  const pairs = new Map<string, { events: number; answered: number; seconds: number; last: string; cross: boolean }>();
  let header = true;
  for (const chunk of eventCsvChunks({ people, events, seed: 1, end, days: 365, prefix: 'c' })) {
    for (const line of chunk.split('\n')) {
      if (header || line === '') {
        header = false;
        continue;
      }
      const [source = '', target = '', at = '', channel = '', , answered = '', id = ''] = line.split(',');
      const [i, r] = [uuidOf.get(source) as string, uuidOf.get(target) as string];
      eventLines.push(`${org}\t${id}\t${i}\t${r}\t${at}\t${channel}\t${answered || '\\N'}\n`);
      const key = `${at.slice(0, 10)}\t${i}\t${r}`;
      const pair = pairs.get(key) ?? { events: 0, answered: 0, seconds: 0, last: at, cross: functionOf.get(source) !== functionOf.get(target) };
      pair.events++;
      if (answered) {
        pair.answered++;
        pair.seconds += Math.floor((Date.parse(answered) - Date.parse(at)) / 1000);
      }
      if (at > pair.last) pair.last = at;
      pairs.set(key, pair);
    }
  }
  const pairLines: string[] = [];
  for (const [key, p] of pairs) {
    const [day, i, r] = key.split('\t');
    pairLines.push(`${org}\t${i}\t${r}\t${day}\t${p.events}\t${p.answered}\t${p.events - p.answered}\t${p.seconds}\t${p.last}\t${p.cross ? 't' : 'f'}\n`);
  }
  return { events: eventLines.length, pairRows: pairLines.length, eventText: eventLines.join(''), pairText: pairLines.join('') };
}

export interface CeilingFigures {
  eventsSeconds: number;
  pairsSeconds: number;
  eventsPerSecond: number;
}

function report(label: string, text: CeilingText, eventsSeconds: number, pairsSeconds: number): CeilingFigures {
  const eventsPerSecond = Math.round(text.events / (eventsSeconds + pairsSeconds));
  log(`${label} storage ceiling: COPY of ${text.events.toLocaleString('en')} prepared events into a keyed table ${eventsSeconds.toFixed(1)} s, of their ${text.pairRows.toLocaleString('en')} pair-day rows ${pairsSeconds.toFixed(1)} s: ${eventsPerSecond.toLocaleString('en')} events/s at most (events alone ${Math.round(text.events / eventsSeconds).toLocaleString('en')}/s)`);
  return { eventsSeconds, pairsSeconds, eventsPerSecond };
}

const seconds = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
};

/** The ceiling on Postgres: both tables in the given (bench) database, dropped afterwards. */
export async function postgresCeiling(url: string, text: CeilingText): Promise<CeilingFigures> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(TABLES);
    const copy = (table: string, body: string) => pipeline(Readable.from(chunked(body)), client.query(copyFrom(`copy ${table} from stdin`)));
    const eventsSeconds = await seconds(() => copy('ceiling_events', text.eventText));
    const pairsSeconds = await seconds(() => copy('ceiling_pair_days', text.pairText));
    return report('Postgres', text, eventsSeconds, pairsSeconds);
  } finally {
    await client.query('drop table if exists ceiling_events, ceiling_pair_days');
    await client.end();
  }
}

/** The ceiling on PGlite: a file-backed instance of its own in `dataDir`, loaded from blobs. */
export async function pgliteCeiling(dataDir: string, text: CeilingText): Promise<CeilingFigures> {
  const db = new PGlite(dataDir);
  try {
    await db.exec(TABLES);
    const copy = (table: string, body: string) => db.query(`copy ${table} from '/dev/blob'`, [], { blob: new Blob([body]) });
    const eventsSeconds = await seconds(() => copy('ceiling_events', text.eventText));
    const pairsSeconds = await seconds(() => copy('ceiling_pair_days', text.pairText));
    return report('PGlite', text, eventsSeconds, pairsSeconds);
  } finally {
    await db.close();
  }
}

function* chunked(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += 1 << 20) yield text.slice(at, at + (1 << 20));
}
