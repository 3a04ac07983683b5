import { personRecord } from '../support/factories';

/**
 * A hand-made interface for network tests (reporting minimum 5):
 * - frontline, 5 sales (s1–s5) and 5 marketing (m1–m5). Sales s1–s3 are a triangle and each is tied to marketer m1,
 *   who is tied to m2, who is tied to m3; s4 is tied to m4 and m5. s5 has no tie. Cross-function ties: 5 of 25 pairs.
 *   m1 is the bridge (broker); s5, m2 and m3 have no cross-function tie (isolated).
 * - middle, 3 people (ms1–mm1 tied, mm2 alone): fewer than the minimum, so the level is suppressed.
 * - senior: nobody.
 */
export const networkPeople = [
  ...['s1', 's2', 's3', 's4', 's5'].map((n) => personRecord({ email: `${n}@net.example`, name: `Sales ${n}`, function: 'sales', level: 'frontline', region: 'North' })),
  ...['m1', 'm2', 'm3', 'm4', 'm5'].map((n) => personRecord({ email: `${n}@net.example`, name: `Marketing ${n}`, function: 'marketing', level: 'frontline', region: 'North' })),
  personRecord({ email: 'ms1@net.example', name: 'Middle Sales', function: 'sales', level: 'middle', region: 'North' }),
  personRecord({ email: 'mm1@net.example', name: 'Middle Marketing', function: 'marketing', level: 'middle', region: 'North' }),
  personRecord({ email: 'mm2@net.example', name: 'Middle Marketing Two', function: 'marketing', level: 'middle', region: 'North' }),
];

export const networkTies: Array<[string, string]> = [
  ['s1', 's2'],
  ['s2', 's3'],
  ['s1', 's3'],
  ['s1', 'm1'],
  ['s2', 'm1'],
  ['s3', 'm1'],
  ['m1', 'm2'],
  ['m2', 'm3'],
  ['s4', 'm4'],
  ['s4', 'm5'],
  ['ms1', 'mm1'],
];

const DAY_MS = 86_400_000;

/** Six events each way per tie, every ten days, the latest `latestDaysAgo` days before `now`, all answered. */
export function networkEvents(now: Date, tag: string, ties = networkTies, latestDaysAgo = 1) {
  return ties.flatMap(([a, b]) =>
    Array.from({ length: 12 }, (_, i) => {
      const occurred = new Date(now.getTime() - (latestDaysAgo + 10 * Math.floor(i / 2)) * DAY_MS - (i % 2) * 3_600_000);
      const [source, target] = i % 2 === 0 ? [a, b] : [b, a];
      return {
        source: `${source}@net.example`,
        target: `${target}@net.example`,
        occurredAt: occurred.toISOString(),
        channel: 'email',
        answeredAt: new Date(occurred.getTime() + 600_000).toISOString(),
        externalId: `${tag}-${a}-${b}-${i}`,
      };
    }),
  );
}
