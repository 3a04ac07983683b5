/**
 * A stream of N synthetic events for benchmarks, in time order and in constant memory beyond the ties: each event
 * picks a tie at random (so ~`ties` distinct undirected pairs carry the traffic) and advances the clock by an
 * exponential gap, spreading N events evenly over the span.
 */
import { seededRandom } from '../../common/random';
import { CHANNELS } from '../rollup-types';
import { DAY_MS } from '../weeks';
import type { SyntheticEvent } from './synthetic-history';
import type { SyntheticPerson } from './synthetic-people';
import { syntheticTies } from './synthetic-ties';

export interface StreamOptions {
  people: readonly SyntheticPerson[];
  events: number;
  /** Distinct undirected ties carrying the events (default 10 per person). */
  ties?: number;
  start: Date;
  /** Days the events span (default 365). */
  days?: number;
  seed: number;
  /** Share of events never answered (default 0.15). */
  unansweredShare?: number;
}

export function* streamSyntheticEvents(options: StreamOptions): Generator<SyntheticEvent, void, undefined> {
  const { people } = options;
  const random = seededRandom(options.seed);
  const ties = syntheticTies(people, { ties: options.ties ?? people.length * 10, seed: options.seed + 1 });
  if (ties.a.length === 0) return;
  const spanMs = (options.days ?? 365) * DAY_MS;
  const meanGapMs = spanMs / Math.max(1, options.events);
  const unanswered = options.unansweredShare ?? 0.15;
  let clock = options.start.getTime();
  for (let n = 0; n < options.events; n += 1) {
    clock += -Math.log(1 - random.next()) * meanGapMs;
    const tie = Math.floor(random.next() * ties.a.length);
    const forward = random.next() < 0.5;
    const occurredMs = Math.floor(clock);
    yield {
      initiatorId: (people[(forward ? ties.a[tie] : ties.b[tie]) as number] as SyntheticPerson).id,
      recipientId: (people[(forward ? ties.b[tie] : ties.a[tie]) as number] as SyntheticPerson).id,
      occurredAt: new Date(occurredMs),
      channel: CHANNELS[Math.floor(random.next() * CHANNELS.length)] as (typeof CHANNELS)[number],
      answeredAt: random.next() < unanswered ? null : new Date(occurredMs + Math.floor(random.next() * DAY_MS)),
    };
  }
}
