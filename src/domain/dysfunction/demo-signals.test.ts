import { describe, expect, it } from 'vitest';
import { seededRandom } from '../common/random';
import { generateDemoOrg } from '../org/demo';
import type { Person } from '../org/types';
import { planDemoSignals } from './demo-signals';
import { countRates } from './promise-rates';
import { supportStatus } from './support-requests';

const now = new Date('2026-06-15T12:00:00Z');
const people: Person[] = generateDemoOrg({ people: 200, seed: 3 }).people.map((record, i) => ({ ...record, id: `p${i}`, managerId: null }));
const plan = (seed: number) => planDemoSignals({ people, users: [{ userId: 'u1', personId: people.find((p) => p.function === 'sales')?.id ?? null }], random: seededRandom(seed), now });

describe('demo signals', () => {
  it('is the same for the same random stream', () => {
    expect(JSON.stringify(plan(5))).toBe(JSON.stringify(plan(5)));
  });

  it('spreads requests over twelve months before now, none in the future', () => {
    const { requests } = plan(5);
    expect(requests.length).toBeGreaterThan(100);
    const times = requests.map((r) => r.createdAt.getTime());
    expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
    expect(Math.min(...times)).toBeGreaterThanOrEqual(now.getTime() - 366 * 86_400_000);
    for (const r of requests) if (r.deliveredAt) expect(r.deliveredAt.getTime()).toBeLessThanOrEqual(now.getTime());
  });

  it('plants a dyad whose promises stop being kept in the last quarter, followed by conflict', () => {
    const { requests, incidents, plantedDyad } = plan(5);
    expect(plantedDyad).not.toBeNull();
    const dyad = requests.filter((r) => r.requesterPersonId === plantedDyad?.salesPersonId && r.addresseePersonId === plantedDyad?.marketingPersonId);
    const quarterStart = now.getTime() - 91 * 86_400_000;
    const rate = (list: typeof dyad) => countRates(list.map((r) => ({ status: supportStatus(r, now), askedKey: 'm', function: 'marketing', level: 'middle', unit: null }))).keepingRate ?? 0;
    const before = rate(dyad.filter((r) => r.createdAt.getTime() < quarterStart));
    const after = rate(dyad.filter((r) => r.createdAt.getTime() >= quarterStart));
    expect(before).toBeGreaterThan(0.8);
    expect(after).toBeLessThan(0.4);
    const dyadIncidents = incidents.filter((i) => i.partyPersonIds.includes(plantedDyad?.salesPersonId ?? ''));
    expect(dyadIncidents.length).toBeGreaterThanOrEqual(3);
    expect(dyadIncidents.every((i) => i.occurredOn >= new Date(quarterStart).toISOString().slice(0, 10))).toBe(true);
  });

  it('writes journal entries for demo users with a person, some shared', () => {
    const { journal } = plan(5);
    expect(journal.length).toBe(2);
    expect(journal.some((e) => e.shared)).toBe(true);
    expect(journal.some((e) => !e.shared)).toBe(true);
  });
});
