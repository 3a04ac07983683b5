import { seededRandom } from '../../src/domain/common/random';
import type { PersonRecord } from '../../src/domain/org/types';
import { CHANNELS } from '../../src/domain/signals/rollup-types';

/**
 * A fast seeded stream of CSV event lines over an org's people. Each person has a circle of 24 regular contacts —
 * mostly in their own region, about a third across sales and marketing — and 90 % of their events go to that circle
 * (people mostly talk to the same few colleagues), the rest to anyone. 60 % are answered after seconds to days. Events are spread over `days` days
 * ending at `end`, in file order (so later batches mostly touch recent days, as a live feed would).
 * Every event carries an external id `<prefix><n>`; `from` lets a second stream (a file of its own, with its header) continue a first one's numbering.
 */
export interface GeneratorOptions {
  people: readonly PersonRecord[];
  events: number;
  seed: number;
  end: Date;
  days: number;
  prefix?: string;
  from?: number;
}

export const EVENTS_HEADER = 'source,target,occurred_at,channel,initiated_by,answered_at,external_id';

export function* eventCsvChunks(options: GeneratorOptions): Generator<string> {
  const random = seededRandom(options.seed);
  const byRegion = new Map<string, string[]>();
  const sales: string[] = [];
  const marketing: string[] = [];
  for (const p of options.people) {
    const key = p.region ?? '';
    byRegion.set(key, [...(byRegion.get(key) ?? []), p.email]);
    if (p.function === 'sales') sales.push(p.email);
    if (p.function === 'marketing') marketing.push(p.email);
  }
  const emails = options.people.map((p) => p.email);
  const isSales = new Set(sales);
  const regionOf = new Map(options.people.map((p) => [p.email, byRegion.get(p.region ?? '') as string[]]));
  const circles = new Map<string, string[]>();
  for (const p of options.people) {
    const circle: string[] = [];
    for (let k = 0; k < 24; k++) {
      const roll = random.next();
      const pool = roll < 0.35 && sales.length && marketing.length ? (isSales.has(p.email) ? marketing : sales) : roll < 0.85 ? (regionOf.get(p.email) as string[]) : emails;
      circle.push(random.pick(pool));
    }
    circles.set(p.email, circle);
  }
  const span = options.days * 86_400_000;
  const start = options.end.getTime() - span;
  const from = options.from ?? 0;
  let chunk = `${EVENTS_HEADER}\n`;
  for (let i = 0; i < options.events; i++) {
    const source = random.pick(emails);
    let target = random.chance(0.9) ? random.pick(circles.get(source) as string[]) : random.pick(emails);
    if (source === target) target = source === emails[0] ? (emails[1] as string) : (emails[0] as string);
    const at = start + Math.floor(((i + 0.5) / options.events) * span) + random.int(0, 3_600_000) - 1_800_000;
    const occurred = new Date(Math.min(at, options.end.getTime() - 1000));
    const answered = random.chance(0.6) ? new Date(occurred.getTime() + random.int(30, 172_800) * 1000) : null;
    const answeredText = answered && answered.getTime() <= options.end.getTime() ? answered.toISOString() : '';
    chunk += `${source},${target},${occurred.toISOString()},${CHANNELS[random.int(0, 4)]},${random.chance(0.8) ? 'source' : 'target'},${answeredText},${options.prefix ?? 'b'}${from + i}\n`;
    if (chunk.length >= 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
