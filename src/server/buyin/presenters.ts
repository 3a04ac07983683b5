import type { z } from 'zod';
import type { evidenceItem, FeedbackItem, flexRequest, historyEntry, PersonRef, testMarket } from '../../shared/buyin';
import { loopStatus } from '../../domain/buyin/feedback-loop';
import type { FeedbackRow } from './feedback-repository';
import type { FlexRow } from './flex-repository';
import type { HistoryRow, PersonRefRow } from './initiatives-repository';
import type { EvidenceRow, TestMarketRow } from './involvement-repository';

export type PeopleById = ReadonlyMap<string, PersonRefRow>;

export function presentPerson(row: PersonRefRow): PersonRef {
  return { id: row.id, name: row.name, function: row.function, level: row.level, region: row.region };
}

/** A person who has since left the directory still shows, by id. */
export function personOrPlaceholder(people: PeopleById, id: string): PersonRef {
  const row = people.get(id);
  return row ? presentPerson(row) : { id, name: 'Former colleague', function: 'other', level: 'frontline', region: null };
}

const personOrNull = (people: PeopleById, id: string | null) => (id ? personOrPlaceholder(people, id) : null);

/** Feedback as the viewer may see it: an anonymous author is hidden from everyone but the author. */
export function presentFeedback(row: FeedbackRow, viewerPersonId: string | null, people: PeopleById, now: Date): FeedbackItem {
  const isMine = viewerPersonId !== null && row.authorPersonId === viewerPersonId;
  const loop = loopStatus({ createdAt: row.createdAt, respondedAt: row.response?.at ?? null }, now);
  return {
    id: row.id,
    initiativeId: row.initiativeId,
    initiativeTitle: row.initiativeTitle,
    kind: row.kind,
    text: row.text,
    author: row.anonymous && !isMine ? null : personOrPlaceholder(people, row.authorPersonId),
    isMine,
    stageAtCreation: row.stageAtCreation,
    createdAt: row.createdAt.toISOString(),
    loop: { status: loop.status, ageBusinessDays: loop.ageBusinessDays, dueAt: loop.dueAt.toISOString(), overdue: loop.overdue },
    response: row.response
      ? { decision: row.response.decision, reason: row.response.reason, by: personOrNull(people, row.response.byPersonId), at: row.response.at.toISOString() }
      : null,
  };
}

/** The people a feedback list refers to (authors, responders), without revealing anything by itself. */
export const feedbackPeople = (rows: readonly FeedbackRow[]) => rows.flatMap((r) => [r.authorPersonId, r.response?.byPersonId ?? null]);

export function presentFlex(row: FlexRow, people: PeopleById): z.infer<typeof flexRequest> {
  return {
    id: row.id,
    region: row.region,
    aspect: row.aspect,
    request: row.request,
    requestedBy: personOrPlaceholder(people, row.requestedByPersonId),
    requestedAt: row.requestedAt.toISOString(),
    status: row.status,
    decision:
      row.status === 'pending' || !row.decidedAt
        ? null
        : {
            reason: row.reason ?? '',
            salesCommits: row.salesCommits ?? '',
            marketingCommits: row.marketingCommits ?? '',
            by: personOrNull(people, row.decidedByPersonId),
            at: row.decidedAt.toISOString(),
          },
  };
}

export function presentEvidence(row: EvidenceRow): z.infer<typeof evidenceItem> {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    url: row.url,
    note: row.note,
    fileName: row.fileName,
    fileBytes: row.fileBytes,
    addedBy: row.addedByName,
    addedAt: row.addedAt.toISOString(),
  };
}

/** planned before its first day, running through its last day, finished after (UTC dates). */
export function presentTestMarket(row: TestMarketRow, now: Date): z.infer<typeof testMarket> {
  const today = now.toISOString().slice(0, 10);
  const status = today < row.startDate ? 'planned' : today > row.endDate ? 'finished' : 'running';
  return { id: row.id, regions: row.regions, startDate: row.startDate, endDate: row.endDate, results: row.results, changes: row.changes, status };
}

export function presentHistory(row: HistoryRow): z.infer<typeof historyEntry> {
  return { at: row.at.toISOString(), by: row.byName, kind: row.kind, from: row.fromStage, to: row.toStage, note: row.note };
}
