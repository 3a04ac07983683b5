/**
 * The demo's year of interaction events and the ground truth of every episode the demo plants (issue 4, demo data).
 * Pure: a function of the people, a seed and `now`, so a test can recompute the truth the seeder used.
 *
 * One ground truth across the demo's contributors: the dysfunction demo (src/domain/dysfunction/demo-signals.ts)
 * plants the dyad whose promises stop being kept `BROKEN_PROMISES_DAYS_AGO` and the conflict that follows from
 * `CONFLICT_DAYS_AGO`; the events come from the synthetic history, whose paucity unit (a region whose cross-function
 * contact dries up) is drawn from the regions the dyad and the conflict do not touch. The synthetic history's own
 * support requests and incidents are not used, so the demo has one broken-promise dyad, not two.
 */
import { BROKEN_PROMISES_DAYS_AGO, CONFLICT_DAYS_AGO, plantedPair } from '../../domain/dysfunction/demo-signals';
import type { Person } from '../../domain/org/types';
import { NO_UNIT, type IsoDate } from '../../domain/signals/rollup-types';
import { streamSyntheticEvents } from '../../domain/signals/synthetic/stream-events';
import { generateSyntheticHistory, type PlantedEpisode, type SyntheticEvent } from '../../domain/signals/synthetic/synthetic-history';
import { addWeeks, DAY_MS, weekStartOf } from '../../domain/signals/weeks';

export const DEMO_EVENT_WEEKS = 52;
/** Average ties per person carrying the demo's events (the synthetic history's default is 6). */
export const DEMO_TIES_PER_PERSON = 6;

export interface DemoGroundTruth {
  episodes: PlantedEpisode[];
  healthyUnits: string[];
  /** Why an episode kind is missing (a demo too small to plant it), for the docs and the CLI. */
  notes: string[];
}

export interface DemoEventPlan {
  events: SyntheticEvent[];
  truth: DemoGroundTruth;
}

const unitOf = (person: Pick<Person, 'region'>) => person.region ?? NO_UNIT;

export function planDemoEvents(options: { people: readonly Person[]; seed: number; now: Date; tiesPerPerson?: number }): DemoEventPlan {
  const { now, seed } = options;
  const people = options.people.filter((person) => person.active);
  const start = new Date(now.getTime() - (DEMO_EVENT_WEEKS - 1) * 7 * DAY_MS);
  const lastWeek = weekStartOf(now);
  const episodes: PlantedEpisode[] = [];
  const notes: string[] = [];

  // The same pair planDemoSignals picks (non-senior, active; its choice involves no randomness).
  const pair = plantedPair(
    people.filter((p) => p.function === 'sales' && p.level !== 'senior'),
    people.filter((p) => p.function === 'marketing' && p.level !== 'senior'),
  );
  const touched = new Set<string>();
  if (pair !== null) {
    const dyad = { salesPersonId: pair.s.id, marketingPersonId: pair.m.id };
    // Promise series are per provider's unit: the marketer is asked.
    episodes.push({ kind: 'broken_promises', unit: unitOf(pair.m), dyad, fromWeek: weekStartOf(now.getTime() - BROKEN_PROMISES_DAYS_AGO * DAY_MS), toWeek: lastWeek });
    for (const unit of new Set([unitOf(pair.s), unitOf(pair.m)])) {
      episodes.push({ kind: 'conflict', unit, dyad: null, fromWeek: weekStartOf(now.getTime() - CONFLICT_DAYS_AGO * DAY_MS), toWeek: lastWeek });
    }
    for (const episode of episodes) touched.add(episode.unit);
  } else {
    notes.push('No seller and marketer below senior level: no broken-promise dyad or conflict is planted.');
  }

  const synthetic = people.map((p) => ({ id: p.id, function: p.function, level: p.level, region: p.region, managerId: p.managerId }));
  let events: SyntheticEvent[];
  try {
    const history = generateSyntheticHistory({ people: synthetic, start, seed, months: 12, tiesPerPerson: options.tiesPerPerson ?? DEMO_TIES_PER_PERSON, excludeFromPaucity: [...touched] });
    const paucity = history.truth.episodes.find((episode) => episode.kind === 'paucity') as PlantedEpisode;
    episodes.unshift({ ...paucity, toWeek: lastWeek });
    touched.add(paucity.unit);
    events = history.events;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // Too few regions with enough cross-function ties to plant a drying-up unit beside healthy ones: healthy traffic.
    notes.push(`No paucity episode: ${error.message}`);
    const ties = Math.round((people.length * (options.tiesPerPerson ?? DEMO_TIES_PER_PERSON)) / 2);
    events = [...streamSyntheticEvents({ people: synthetic, events: Math.round(ties * 0.9 * DEMO_EVENT_WEEKS), ties, start: new Date(`${weekStartOf(start)}T00:00:00Z`), days: DEMO_EVENT_WEEKS * 7, seed })];
  }

  const units = [...new Set(people.map(unitOf))].sort();
  return {
    events: events.filter((event) => event.occurredAt.getTime() <= now.getTime()).map((event) => (event.answeredAt !== null && event.answeredAt.getTime() > now.getTime() ? { ...event, answeredAt: null } : event)),
    truth: { episodes, healthyUnits: units.filter((unit) => !touched.has(unit)), notes },
  };
}

/** The weeks the demo's events cover: the 52 ISO weeks ending with the week of `now`. */
export const demoEventWeeks = (now: Date): [IsoDate, IsoDate] => [addWeeks(weekStartOf(now), -(DEMO_EVENT_WEEKS - 1)), weekStartOf(now)];
