import { z } from 'zod';
import { INCIDENT_KINDS, INCIDENT_STATUSES } from '../domain/dysfunction/incidents';
import { RATE_DIMENSIONS } from '../domain/dysfunction/promise-rates';
import { SUPPORT_KINDS, SUPPORT_STATUSES } from '../domain/dysfunction/support-requests';
import { DYSFUNCTIONS, INTERPRETATIONS, RESPONSES, SIDES } from '../domain/dysfunction/vocabulary';
import { FUNCTIONS, LEVELS } from '../domain/org/types';
import { limits } from './limits';

/** Contracts of the signals API: support requests (`/api/support-requests`), incidents (`/api/incidents`), journal (`/api/journal`). */
export const dysfunctionLimits = {
  /** Any one free-text field of a journal entry, an incident or a request's details. */
  textMaxLength: 10_000,
  summaryMaxLength: 200,
  reasonMaxLength: 2_000,
  partiesMax: 10,
  interpretationsMax: 4,
  responsesMax: 3,
} as const;

const id = z.string().uuid();
const isoDate = z.iso.date();
const side = z.enum(SIDES);
const level = z.enum(LEVELS);
const personFunction = z.enum(FUNCTIONS);
const region = z.string().trim().min(1).max(limits.nameMaxLength);
const longText = z.string().max(dysfunctionLimits.textMaxLength);
const requiredText = z.string().trim().min(1, 'This cannot be empty.').max(dysfunctionLimits.textMaxLength);

export const personRef = z.object({ id: z.string(), name: z.string(), function: personFunction, level, region: z.string().nullable() });
export type PersonRef = z.infer<typeof personRef>;

// Support requests ---------------------------------------------------------------------------------------------------
export const supportKind = z.enum(SUPPORT_KINDS);
export const supportStatus = z.enum(SUPPORT_STATUSES);

export const createSupportRequestInput = z
  .object({
    kind: supportKind,
    /** A person in the other function… */
    addresseePersonId: id.optional(),
    /** …or the other function as a whole, optionally in one region. */
    addresseeFunction: side.optional(),
    addresseeRegion: region.nullish(),
    summary: z.string().trim().min(1, 'Say what you need.').max(dysfunctionLimits.summaryMaxLength),
    details: longText.default(''),
    neededBy: isoDate,
  })
  .refine((input) => (input.addresseePersonId ? !input.addresseeFunction : !!input.addresseeFunction), {
    message: 'Address the request to one person or to a function, not both and not neither.',
    path: ['addresseePersonId'],
  });
export type CreateSupportRequestInput = z.infer<typeof createSupportRequestInput>;

export const answerSupportRequestInput = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accepted'), promisedDate: isoDate }),
  z.object({ decision: z.literal('declined'), reason: z.string().max(dysfunctionLimits.reasonMaxLength) }),
]);
export type AnswerSupportRequestInput = z.infer<typeof answerSupportRequestInput>;

export const recordDeliveryInput = z.object({
  /** When it was delivered; now when absent. */
  deliveredAt: z.iso.datetime({ offset: true }).optional(),
  note: z.string().max(dysfunctionLimits.reasonMaxLength).optional(),
});

export const timelineEvent = z.object({
  at: z.string(),
  kind: z.enum(['asked', 'accepted', 'declined', 'ignored', 'delivered', 'promise_due', 'needed_by']),
  text: z.string(),
  derived: z.boolean(),
});

export const supportRequestView = z.object({
  id: z.string(),
  kind: supportKind,
  summary: z.string(),
  details: z.string(),
  neededBy: z.string(),
  createdAt: z.string(),
  requester: personRef,
  addressee: z.object({ person: personRef.nullable(), function: personFunction, region: z.string().nullable() }),
  responder: personRef.nullable(),
  decision: z.enum(['accepted', 'declined']).nullable(),
  respondedAt: z.string().nullable(),
  promisedDate: z.string().nullable(),
  declineReason: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  deliveryNote: z.string().nullable(),
  status: supportStatus,
  /** Whole days since it was asked. */
  ageDays: z.number().int(),
  responseDueAt: z.string(),
  myRole: z.enum(['requester', 'addressee', 'observer']),
  canAnswer: z.boolean(),
  canRecordDelivery: z.boolean(),
  timeline: z.array(timelineEvent),
});
export type SupportRequestView = z.infer<typeof supportRequestView>;

export const supportListQuery = z.object({ box: z.enum(['asked', 'to_answer']).default('asked') });
export const supportList = z.object({ items: z.array(supportRequestView), slaDays: z.number().int() });
export type SupportList = z.infer<typeof supportList>;

export const ratesQuery = z.object({ since: isoDate.optional(), until: isoDate.optional() });
export const rateCounts = z.object({
  requests: z.number().int(),
  declined: z.number().int(),
  ignored: z.number().int(),
  awaiting: z.number().int(),
  promised: z.number().int(),
  keptOnTime: z.number().int(),
  deliveredLate: z.number().int(),
  overdue: z.number().int(),
  keepingRate: z.number().nullable(),
  responseRate: z.number().nullable(),
});
export const ratesView = z.object({
  minimum: z.number().int(),
  slaDays: z.number().int(),
  tables: z.array(
    z.object({
      dimension: z.enum(RATE_DIMENSIONS),
      total: rateCounts.nullable(),
      groups: z.array(z.object({ group: z.string(), people: z.number().int().nullable(), suppressed: z.boolean(), counts: rateCounts.nullable() })),
    }),
  ),
});
export type RatesView = z.infer<typeof ratesView>;

// Incidents ----------------------------------------------------------------------------------------------------------
export const incidentKind = z.enum(INCIDENT_KINDS);
export const incidentStatus = z.enum(INCIDENT_STATUSES);

export const partyInput = z
  .object({ personId: id.optional(), function: personFunction.optional(), level: level.optional(), region: region.nullish() })
  .refine((party) => (party.personId ? !party.function && !party.level && !party.region : !!party.function), {
    message: 'Name a party either as a person or as a function (with an optional level and region).',
  });

export const createIncidentInput = z.object({
  kind: incidentKind,
  level,
  severity: z.number().int().min(1).max(4),
  description: requiredText,
  occurredOn: isoDate,
  parties: z.array(partyInput).min(1, 'Name at least one party.').max(dysfunctionLimits.partiesMax),
});
export type CreateIncidentInput = z.infer<typeof createIncidentInput>;

export const updateIncidentInput = z.object({ status: incidentStatus, resolutionNote: longText.default('') });

export const incidentView = z.object({
  id: z.string(),
  kind: incidentKind,
  level,
  severity: z.number().int(),
  description: z.string(),
  occurredOn: z.string(),
  status: incidentStatus,
  resolutionNote: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  parties: z.array(z.object({ person: personRef.nullable(), function: personFunction, level: level.nullable(), region: z.string().nullable() })),
  reportedByMe: z.boolean(),
  /** Present only for the reporter themself and for admins. */
  reporter: z.object({ id: z.string(), name: z.string() }).optional(),
});
export type IncidentView = z.infer<typeof incidentView>;

export const incidentQuery = z.object({ level: level.optional(), kind: incidentKind.optional(), status: incidentStatus.optional() });
export const incidentList = z.object({ items: z.array(incidentView) });
export type IncidentList = z.infer<typeof incidentList>;

// Journal ------------------------------------------------------------------------------------------------------------
export const dysfunctionId = z.enum(DYSFUNCTIONS);
const unique = <T>(list: T[]) => new Set(list).size === list.length;

export const journalEntryInput = z.object({
  dysfunction: dysfunctionId,
  trigger: requiredText,
  situational: longText.default(''),
  existential: longText.default(''),
  response: longText.default(''),
  interpretationIds: z.array(z.enum(INTERPRETATIONS)).max(dysfunctionLimits.interpretationsMax).refine(unique, 'Each interpretation once.').default([]),
  responseIds: z.array(z.enum(RESPONSES)).max(dysfunctionLimits.responsesMax).refine(unique, 'Each response once.').default([]),
  shared: z.boolean().default(false),
});
export type JournalEntryInput = z.infer<typeof journalEntryInput>;

export const journalEntryView = z.object({
  id: z.string(),
  dysfunction: dysfunctionId,
  trigger: z.string(),
  situational: z.string(),
  existential: z.string(),
  response: z.string(),
  interpretationIds: z.array(z.enum(INTERPRETATIONS)),
  responseIds: z.array(z.enum(RESPONSES)),
  shared: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JournalEntryView = z.infer<typeof journalEntryView>;
export const journalEntryList = z.object({ items: z.array(journalEntryView) });

/** A shared entry as analysts see it: no author, no exact date, only the side and the month. */
export const sharedEntryView = journalEntryView.omit({ shared: true, createdAt: true, updatedAt: true }).extend({ side: side.nullable(), month: z.string() });
export type SharedEntryView = z.infer<typeof sharedEntryView>;
export const sharedEntryList = z.object({ items: z.array(sharedEntryView) });

const aggregateCell = z.object({ function: side.nullable(), level: level.nullable(), entries: z.number().int().nullable(), suppressed: z.boolean() });
export const aggregateQuery = z.object({ function: side.optional(), level: level.optional(), dysfunction: dysfunctionId.optional() });
export const aggregateView = z.object({
  minimum: z.number().int(),
  rows: z.array(z.object({ dysfunction: dysfunctionId, tag: z.string(), expectedSide: side.nullable(), cells: z.array(aggregateCell) })),
});
export type AggregateView = z.infer<typeof aggregateView>;

export const dyadQuery = z.object({ dysfunction: dysfunctionId, level });
export const dyadViewResult = z.object({
  minimum: z.number().int(),
  dysfunction: dysfunctionId,
  level,
  rows: z.array(z.object({ tag: z.string(), expectedSide: side.nullable(), sales: aggregateCell, marketing: aggregateCell })),
});
export type DyadViewResult = z.infer<typeof dyadViewResult>;
