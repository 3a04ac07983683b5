import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readEventBatches } from '../../src/server/signals/event-stream';
import { HEADER } from './signals-support';

const LINES = 20_000_000;
const MB = 1024 * 1024;

/** A generated CSV of `lines` events, made chunk by chunk as the reader pulls: nothing is on disk or held whole. */
function generatedCsv(lines: number): Readable {
  let made = 0;
  return new Readable({
    read() {
      if (made >= lines) {
        this.push(null);
        return;
      }
      let chunk = made === 0 ? `${HEADER}\n` : '';
      for (let i = 0; i < 5000 && made < lines; i++, made++) {
        const day = String(1 + (made % 28)).padStart(2, '0');
        chunk += `p${made % 7}@mem.example,p${(made + 1) % 7}@mem.example,2026-02-${day}T10:00:00Z,email,source,${made % 2 ? '2026-02-28T12:00:00Z' : ''},m${made}\n`;
      }
      this.push(chunk);
    },
  });
}

describe('the streaming event reader', () => {
  it('reads, checks and batches twenty million generated lines (into a counting sink, no database) with flat memory', async () => {
    const ids = new Map(Array.from({ length: 7 }, (_, i) => [`p${i}@mem.example`, `00000000-0000-7000-8000-00000000000${i}`]));
    const samples: Array<{ line: number; rss: number; heap: number }> = [];
    let accepted = 0;
    let nextSample = 1_000_000;
    for await (const batch of readEventBatches(generatedCsv(LINES), {
      format: 'csv',
      batchSize: 20_000,
      nowMs: Date.parse('2026-03-01T00:00:00Z'),
      clockSkewMs: 300_000,
      resolvePerson: (ref) => ids.get(ref),
    })) {
      accepted += batch.events.length;
      if (batch.linesRead >= nextSample) {
        nextSample += 2_000_000;
        const usage = process.memoryUsage();
        samples.push({ line: batch.linesRead, rss: usage.rss, heap: usage.heapUsed });
      }
    }
    expect(accepted).toBe(LINES);
    // The input is about 2.2 GB; after the first million lines memory must not grow with what has been read.
    const rss = samples.map((s) => s.rss);
    const heap = samples.map((s) => s.heap);
    expect(samples.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...rss) - (rss[0] as number)).toBeLessThan(96 * MB);
    expect(Math.max(...heap)).toBeLessThan(256 * MB);
  }, 600_000);
});
