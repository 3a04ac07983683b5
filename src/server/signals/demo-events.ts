import { seededRandom, type Random } from '../../domain/common/random';
import type { Person } from '../../domain/org/types';
import type { DemoContributor } from '../demo/demo-contributors';
import { hashSeed } from '../demo/seed-demo-org';
import { derivedExternalId, type KeyedEvent } from './event-stream';
import { insertEventBatch, prepareEvents } from './events-repository';
import { planDemoEvents, type DemoGroundTruth } from './demo-events-plan';
import { scanInTransaction } from './warnings/scan-warnings';

const CONTRIBUTOR_NAME = 'events';
const BATCH = 5_000;

/** The synthetic history's seed, drawn first from the contributor's random stream. */
const historySeedOf = (random: Random) => random.int(1, 2_147_483_646);

/**
 * A year of interaction events ending at `now`, written through the same SQL as an ingest (`insertEventBatch`
 * maintains both rollups), with a region whose cross-function contact dries up. Runs after the dysfunction demo,
 * whose planted dyad and conflict the ground truth shares (demo-events-plan.ts), then scans for early warnings.
 */
export const demoEvents: DemoContributor = {
  name: CONTRIBUTOR_NAME,
  async contribute({ tx, orgId, people, random, now }) {
    const { events } = planDemoEvents({ people, seed: historySeedOf(random), now });
    for (let i = 0; i < events.length; i += BATCH) {
      const batch: KeyedEvent[] = events.slice(i, i + BATCH).map((event) => {
        const normalised = {
          externalId: null,
          initiatorId: event.initiatorId,
          recipientId: event.recipientId,
          occurredAtMs: event.occurredAt.getTime(),
          answeredAtMs: event.answeredAt?.getTime() ?? null,
          channel: event.channel,
        };
        return { ...normalised, externalId: derivedExternalId(normalised) };
      });
      // The array (unnest) path: the demo's transaction gives no access to the COPY connection's kind; it runs on both.
      await insertEventBatch(tx, orgId, prepareEvents('pglite', batch));
    }
    // The demo opens with its warnings found (and leaders and analysts notified), as after an import.
    await scanInTransaction(tx, orgId, now);
  },
};

/** The planted episodes of a demo org seeded with `demoSeed` at `now` over these people (as stored, with their ids). */
export function demoGroundTruth(options: { demoSeed: number; people: readonly Person[]; now: Date }): DemoGroundTruth {
  const random = seededRandom(hashSeed(options.demoSeed, CONTRIBUTOR_NAME));
  return planDemoEvents({ people: options.people, seed: historySeedOf(random), now: options.now }).truth;
}
