import type { z } from 'zod';
import { initiativeDetail } from '../../shared/buyin';
import type { Tx } from '../db/create-db';
import { notFound } from '../errors';
import type { FeedbackRow } from './feedback-repository';
import { loadInitiativePageRows } from './initiative-page-repository';
import { findInitiative, findPersonRefs, type InitiativeRow } from './initiatives-repository';
import type { TestMarketRow } from './involvement-repository';
import { feedbackPeople, personOrPlaceholder, presentEvidence, presentFlex, presentHistory, type PeopleById } from './presenters';
import { resultsPublished } from '../../domain/buyin/publication';
import { loadInitiativeBuyinRows } from './initiative-results';
import type { PulseRow } from './pulse-repository';

type Detail = z.infer<typeof initiativeDetail>;

/** The sections that depend on neither the reader nor the time: presented once per revision, checked by their contract. */
export type FixedSections = Pick<Detail, 'history' | 'evidence' | 'advisoryBoard' | 'advisoryInputs' | 'workingSessions' | 'flexRequests' | 'blessings' | 'results' | 'determinants'>;

const fixedContract = initiativeDetail.pick({
  history: true,
  evidence: true,
  advisoryBoard: true,
  advisoryInputs: true,
  workingSessions: true,
  flexRequests: true,
  blessings: true,
  results: true,
  determinants: true,
});

/**
 * One revision of an initiative's page, the same for every reader: raw rows for what depends on the reader or on
 * `now` (feedback authors and loop ages, test-market and pulse status, next stages, health, checklist), and the rest
 * already presented. Readers must not mutate it.
 */
export interface PageEntry {
  row: InitiativeRow;
  people: PeopleById;
  feedback: FeedbackRow[];
  testMarkets: TestMarketRow[];
  pulses: PulseRow[];
  evidenceCount: number;
  involvementCount: number;
  absorptionOverridden: boolean;
  /** How many of its pulses had published results when it was read: a pulse reaching its closing time changes that. */
  publishedPulses: number;
  /** Mean overall belief of the latest published pulse; null when none or below the minimum. */
  latestBelief: number | null;
  fixed: FixedSections;
  /** JSON of `fixed` without its braces, made on first use. */
  fixedJson?: string;
}

/** Reads and presents one revision of the page (a cache miss): a fixed number of queries whatever its size. */
export async function loadPageEntry(tx: Tx, orgId: string, initiativeId: string, reportingMinimum: number, now: Date): Promise<PageEntry> {
  const row = await findInitiative(tx, orgId, initiativeId);
  if (!row) throw notFound('That initiative');
  const page = await loadInitiativePageRows(tx, orgId, initiativeId);
  const { history, evidence, members, inputs, sessions, testMarkets, flex } = page;
  const feedback = page.feedback.map((f) => ({ ...f, initiativeTitle: row.title, initiativeOwnerId: row.ownerPersonId }));
  const people = await findPersonRefs(tx, orgId, [
    row.ownerPersonId,
    ...members.map((m) => m.personId),
    ...sessions.flatMap((s) => s.attendeeIds),
    ...feedbackPeople(feedback),
    ...flex.flatMap((f) => [f.requestedByPersonId, f.decidedByPersonId]),
  ]);
  const buyin = await loadInitiativeBuyinRows(tx, orgId, initiativeId, reportingMinimum, now);
  const memberPerson = new Map(members.map((m) => [m.id, m.personId]));
  const fixed = fixedContract.parse({
    history: history.map(presentHistory),
    evidence: evidence.map(presentEvidence),
    advisoryBoard: members.map((m) => ({ id: m.id, person: personOrPlaceholder(people, m.personId), note: m.note, addedAt: m.addedAt.toISOString() })),
    advisoryInputs: inputs.map((i) => ({ id: i.id, memberId: i.memberId, person: personOrPlaceholder(people, memberPerson.get(i.memberId) ?? ''), text: i.text, at: i.at.toISOString() })),
    workingSessions: sessions.map((s) => ({ id: s.id, title: s.title, date: s.date, notes: s.notes, outcomes: s.outcomes, attendees: s.attendeeIds.map((id) => personOrPlaceholder(people, id)) })),
    flexRequests: flex.map((f) => presentFlex(f, people)),
    blessings: buyin.blessings,
    results: buyin.results,
    determinants: buyin.determinants,
  });
  return {
    row,
    people,
    feedback,
    testMarkets,
    pulses: buyin.pulses,
    evidenceCount: evidence.length,
    involvementCount: members.length + inputs.length + sessions.length,
    absorptionOverridden: history.some((h) => h.kind === 'override'),
    publishedPulses: countPublished(buyin.pulses, now),
    latestBelief: buyin.latestBelief,
    fixed,
  };
}

/** Pulses whose results are published at `now`; an entry read earlier is stale once this differs from its own count. */
export const countPublished = (pulses: readonly PulseRow[], now: Date) => pulses.filter((p) => resultsPublished(p, now)).length;
