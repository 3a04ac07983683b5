/**
 * Demo signals over the twelve months before `now`, deterministic from the random stream: support requests between
 * the functions, one middle-level dyad whose promises stop being kept in the last quarter, conflict incidents that
 * follow it, and a few journal entries. Pure: the server's demo contributor writes the result.
 */
import type { Random } from '../common/random';
import type { Person } from '../org/types';
import { addBusinessDays, isoDate } from './business-days';
import type { IncidentKind } from './incidents';
import type { SupportKind, SupportFacts } from './support-requests';
import { SUPPORT_KINDS } from './support-requests';
import type { DysfunctionId, InterpretationId, ResponseId } from './vocabulary';

const DAY = 86_400_000;

export interface DemoRequest extends SupportFacts {
  requesterPersonId: string;
  addresseePersonId: string | null;
  addresseeFunction: 'sales' | 'marketing';
  addresseeRegion: string | null;
  responderPersonId: string | null;
  kind: SupportKind;
  summary: string;
}

export interface DemoIncident {
  kind: IncidentKind;
  level: Person['level'];
  severity: number;
  description: string;
  occurredOn: string;
  status: 'open' | 'in_progress' | 'resolved';
  resolutionNote: string;
  partyPersonIds: string[];
}

export interface DemoJournalEntry {
  authorUserId: string;
  dysfunction: DysfunctionId;
  trigger: string;
  situational: string;
  existential: string;
  response: string;
  interpretationIds: InterpretationId[];
  responseIds: ResponseId[];
  shared: boolean;
  createdAt: Date;
}

export interface DemoSignals {
  requests: DemoRequest[];
  incidents: DemoIncident[];
  journal: DemoJournalEntry[];
  /** The planted dyad, for tests and the docs. */
  plantedDyad: { salesPersonId: string; marketingPersonId: string } | null;
}

const SUMMARIES: Record<SupportKind, readonly string[]> = {
  materials: ['Battle cards for the new range', 'Case study for a key account', 'Updated pricing deck', 'Competitive one-pager'],
  budget: ['Co-funding for a customer event', 'Budget for a regional trade show', 'Sponsorship for a user group'],
  field_support: ['Join a customer workshop', 'Product specialist for a tender', 'Demo at the distributor meeting'],
  data: ['Lead list for the territory', 'Win/loss figures for the quarter', 'Campaign response data by account'],
};
const DECLINE_REASONS = ['No budget left this quarter', 'Already covered by the global campaign', 'Not enough notice', 'Out of scope for our team'];

/** A weekday moment between 08:00 and 18:00 UTC on the given day (moved to Monday from a weekend). */
function workMoment(dayStart: number, random: Random): Date {
  let at = new Date(dayStart);
  while (at.getUTCDay() === 0 || at.getUTCDay() === 6) at = new Date(at.getTime() + DAY);
  return new Date(at.getTime() + random.int(8 * 60, 18 * 60 - 1) * 60_000);
}

interface Behaviour {
  answer: number;
  accept: number;
  onTime: number;
  late: number;
}
// Healthy pairs keep about two promises in three: the early warnings' threshold (over 60% broken, the whole 95%
// interval beyond it) must not fire on a healthy region by chance, so the planted dyad stands out (issue 4, demo data).
const NORMAL: Behaviour = { answer: 0.92, accept: 0.85, onTime: 0.85, late: 0.1 };
const KEPT: Behaviour = { answer: 0.97, accept: 0.95, onTime: 0.92, late: 0.06 };
const BROKEN: Behaviour = { answer: 0.7, accept: 0.85, onTime: 0.1, late: 0.35 };

function planRequest(random: Random, now: Date, createdAt: Date, base: Omit<DemoRequest, keyof SupportFacts | 'responderPersonId' | 'kind' | 'summary'>, responder: string | null, behaviour: Behaviour): DemoRequest {
  const kind = random.pick(SUPPORT_KINDS);
  const request: DemoRequest = {
    ...base,
    kind,
    summary: random.pick(SUMMARIES[kind]),
    createdAt,
    neededBy: isoDate(new Date(createdAt.getTime() + random.int(5, 25) * DAY)),
    decision: null,
    respondedAt: null,
    promisedDate: null,
    declineReason: null,
    deliveredAt: null,
    responderPersonId: null,
  };
  if (!random.chance(behaviour.answer) || responder === null) return request;
  const respondedAt = addBusinessDays(createdAt, random.int(0, 3));
  if (respondedAt.getTime() > now.getTime()) return request;
  request.respondedAt = new Date(respondedAt.getTime() + random.int(0, 120) * 60_000);
  if (request.respondedAt.getTime() > now.getTime()) request.respondedAt = respondedAt;
  request.responderPersonId = responder;
  if (!random.chance(behaviour.accept)) {
    return { ...request, decision: 'declined', declineReason: random.pick(DECLINE_REASONS) };
  }
  const promised = new Date(request.respondedAt.getTime() + random.int(2, 14) * DAY);
  request.decision = 'accepted';
  request.promisedDate = isoDate(promised);
  const roll = random.next();
  const deliveredAt =
    roll < behaviour.onTime
      ? new Date(promised.getTime() - random.int(0, 2) * DAY)
      : roll < behaviour.onTime + behaviour.late
        ? new Date(promised.getTime() + random.int(2, 12) * DAY)
        : null;
  if (deliveredAt && deliveredAt.getTime() <= now.getTime() && deliveredAt.getTime() >= request.respondedAt.getTime()) request.deliveredAt = deliveredAt;
  return request;
}

export function planDemoSignals(options: { people: readonly Person[]; users: ReadonlyArray<{ userId: string; personId: string | null }>; random: Random; now: Date }): DemoSignals {
  const { people, random, now } = options;
  const active = people.filter((p) => p.active);
  const sales = active.filter((p) => p.function === 'sales' && p.level !== 'senior');
  const marketing = active.filter((p) => p.function === 'marketing' && p.level !== 'senior');
  if (sales.length === 0 || marketing.length === 0) return { requests: [], incidents: [], journal: [], plantedDyad: null };

  const start = now.getTime() - 365 * DAY;
  const lastQuarter = now.getTime() - BROKEN_PROMISES_DAYS_AGO * DAY;
  const requests: DemoRequest[] = [];
  const perMonth = Math.max(4, Math.round((sales.length + marketing.length) / 10));
  for (let month = 0; month < 12; month++) {
    for (let i = 0; i < perMonth; i++) {
      const createdAt = workMoment(start + month * 30.4 * DAY + random.int(0, 29) * DAY, random);
      if (createdAt.getTime() > now.getTime()) continue;
      const fromSales = random.chance(0.6);
      const requester = random.pick(fromSales ? sales : marketing);
      const otherSide = fromSales ? marketing : sales;
      const sameRegion = otherSide.filter((p) => p.region === requester.region);
      const addressee = random.pick(sameRegion.length > 0 ? sameRegion : otherSide);
      const toFunction = random.chance(0.15);
      const base = {
        requesterPersonId: requester.id,
        addresseePersonId: toFunction ? null : addressee.id,
        addresseeFunction: addressee.function as 'sales' | 'marketing',
        addresseeRegion: addressee.region,
      };
      requests.push(planRequest(random, now, createdAt, base, addressee.id, NORMAL));
    }
  }

  // The planted dyad: a middle-level seller and marketer in one region, reliable for nine months, then not.
  const planted = plantedPair(sales, marketing);
  const incidents: DemoIncident[] = [];
  if (planted) {
    const { s, m } = planted;
    // Two or three requests a week, so a four-week window holds enough of them for the monitor to judge the dyad.
    for (let week = 0; week < 52; week++) {
      for (let count = random.int(2, 3); count > 0; count--) {
        const createdAt = workMoment(start + week * 7 * DAY + random.int(0, 4) * DAY, random);
        if (createdAt.getTime() > now.getTime()) continue;
        const behaviour = createdAt.getTime() >= lastQuarter ? BROKEN : KEPT;
        requests.push(planRequest(random, now, createdAt, { requesterPersonId: s.id, addresseePersonId: m.id, addresseeFunction: 'marketing', addresseeRegion: m.region }, m.id, behaviour));
      }
    }
    const conflict = (daysAgo: number, kind: IncidentKind, severity: number, description: string, status: DemoIncident['status']) =>
      incidents.push({ kind, level: s.level, severity, description, occurredOn: isoDate(new Date(now.getTime() - daysAgo * DAY)), status, resolutionNote: status === 'open' ? '' : 'Raised in the monthly sales–marketing forum.', partyPersonIds: [s.id, m.id] });
    conflict(CONFLICT_DAYS_AGO, 'open_criticism', 2, `${s.name} criticised marketing's missed commitments in the regional pipeline call.`, 'in_progress');
    conflict(20, 'lobbying_leadership', 3, `${s.name} asked the VP Sales to pull the region out of the current campaign.`, 'open');
    conflict(6, 'refusal_to_execute', 3, 'The regional team stopped using the campaign materials with customers.', 'open');
    // The conflict that follows keeps going about weekly from its first incident (CONFLICT_DAYS_AGO) to now.
    for (const daysAgo of [38, 31, 15, 2]) conflict(daysAgo, random.pick(['open_criticism', 'undermining'] as const), 2, 'Another argument about the missed commitments in the regional meeting.', 'open');
  }
  // Background incidents between people who are not demo sign-ins: someone trying the demo as the seller should not
  // find themselves a party to a conflict the story does not tell.
  const signedIn = new Set(options.users.map((u) => u.personId));
  const bystanders = (list: readonly Person[]) => (list.some((p) => !signedIn.has(p.id)) ? list.filter((p) => !signedIn.has(p.id)) : list);
  for (let i = 0; i < 4; i++) {
    const a = random.pick(bystanders(sales));
    const b = random.pick(bystanders(marketing));
    incidents.push({
      kind: random.pick(['open_criticism', 'undermining'] as const),
      level: a.level,
      severity: random.int(1, 2),
      description: 'Disagreement about lead quality escalated in a team meeting.',
      occurredOn: isoDate(new Date(start + random.int(10, 250) * DAY)),
      status: 'resolved',
      resolutionNote: 'Talked it through; agreed a shared lead definition.',
      partyPersonIds: [a.id, b.id],
    });
  }

  return { requests: requests.sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime()), incidents, journal: planJournal(options), plantedDyad: planted ? { salesPersonId: planted.s.id, marketingPersonId: planted.m.id } : null };
}

/** When the planted dyad's promises stop being kept, and when the conflict that follows begins (days before now). */
export const BROKEN_PROMISES_DAYS_AGO = 91;
export const CONFLICT_DAYS_AGO = 45;

/** A middle-level seller and marketer of one region if there are any; else the closest pair there is (same level, then any). */
export function plantedPair(sales: readonly Person[], marketing: readonly Person[]): { s: Person; m: Person } | null {
  const tests: Array<(s: Person, m: Person) => boolean> = [
    (s, m) => s.level === 'middle' && m.level === 'middle' && s.region === m.region,
    (s, m) => s.level === 'middle' && m.level === 'middle',
    (s, m) => s.level === m.level,
    () => true,
  ];
  for (const test of tests) {
    for (const s of sales) {
      const m = marketing.find((candidate) => test(s, candidate));
      if (m) return { s, m };
    }
  }
  return null;
}

function planJournal({ people, users, now }: { people: readonly Person[]; users: ReadonlyArray<{ userId: string; personId: string | null }>; now: Date }): DemoJournalEntry[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const entries: DemoJournalEntry[] = [];
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  for (const user of users) {
    const person = user.personId ? byId.get(user.personId) : undefined;
    if (person?.function === 'sales') {
      entries.push(
        { authorUserId: user.userId, dysfunction: 'dysfunction.lack_of_collaboration', trigger: 'The case study marketing promised for my biggest account never came.', situational: 'Their campaign calendar matters more to them than my deals.', existential: 'In this firm I am on my own when it counts.', response: 'I wrote my own one-pager and stopped asking.', interpretationIds: ['interpretation.marketing_self_oriented', 'interpretation.role_conflict'], responseIds: ['response.lone_wolfism'], shared: true, createdAt: daysAgo(30) },
        { authorUserId: user.userId, dysfunction: 'dysfunction.communication_paucity', trigger: 'Found out about the new pricing from a customer.', situational: 'Nobody thought the field needed to know first.', existential: 'Sales is an afterthought here.', response: 'I ignore the launch e-mails now.', interpretationIds: ['interpretation.undervalued', 'interpretation.ostracized'], responseIds: ['response.active_ignorance'], shared: false, createdAt: daysAgo(75) },
      );
    } else if (person?.function === 'marketing') {
      entries.push(
        { authorUserId: user.userId, dysfunction: 'dysfunction.lack_of_collaboration', trigger: 'Sales skipped the campaign kick-off again.', situational: 'Planning with them feels pointless.', existential: 'I am steering without a rudder.', response: 'I now plan as if sales will not help.', interpretationIds: ['interpretation.exercise_in_futility', 'interpretation.rudderless'], responseIds: ['response.learned_skepticism'], shared: true, createdAt: daysAgo(21) },
        { authorUserId: user.userId, dysfunction: 'dysfunction.overt_conflict', trigger: 'A regional manager went to the VP to stop my campaign.', situational: 'They are targeting my programme on purpose.', existential: '', response: 'Spent the week defending the plan instead of running it.', interpretationIds: ['interpretation.intentionally_targeted'], responseIds: ['response.inefficient_effort_reallocation'], shared: false, createdAt: daysAgo(12) },
      );
    }
  }
  return entries;
}
