import type { Person } from '../../domain/org/types';
import type { Random } from '../../domain/common/random';
import type { Tx } from '../db/create-db';
import { buyinDemo } from '../buyin/demo-buyin';
import { researchDemo } from '../research/demo-research';
import { dysfunctionDemo } from '../dysfunction/demo-dysfunction';
import { demoEvents } from '../signals/demo-events';

/**
 * The one extension point for demo data: each module adds a contributor here (initiatives, events, interviews…)
 * and the demo seeder runs them in order, in the same transaction, after the people and users exist.
 */
export interface DemoContext {
  tx: Tx;
  orgId: string;
  people: readonly Person[];
  /** Seeded from the demo seed and the contributor's name, so adding a contributor never changes another's data. */
  random: Random;
  now: Date;
}

export interface DemoContributor {
  name: string;
  contribute(context: DemoContext): Promise<void>;
}

/** Each module's demo data, in the order it is added. */
export const demoContributors: DemoContributor[] = [researchDemo, buyinDemo, dysfunctionDemo, demoEvents];
