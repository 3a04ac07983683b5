import { z } from 'zod';
import { DYSFUNCTIONS } from '../domain/signals/progression';

/** Contracts of the progression (`progression.circular`) and propositions (DOMAIN.md §5) reads. */
export const PROGRESSION_WEEKS = { min: 24, max: 104, default: 52 } as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-01.');
export const dysfunction = z.enum(DYSFUNCTIONS);
export type DysfunctionName = z.infer<typeof dysfunction>;

export const progressionQuery = z.object({
  weeks: z.coerce.number().int().min(PROGRESSION_WEEKS.min).max(PROGRESSION_WEEKS.max).default(PROGRESSION_WEEKS.default),
  /** The day the analysis is made as of (default today, UTC); the last week analysed is the last full week before it. */
  asOf: isoDate.optional(),
});
export type ProgressionQuery = z.infer<typeof progressionQuery>;
export const progressionUnitParams = z.object({ unit: z.string().min(1).max(200) });

const interval = z.tuple([z.number(), z.number()]);

export const leadView = z.object({
  leader: dysfunction,
  follower: dysfunction,
  lag: z.number().int(),
  /** Null when a series does not move at all in these weeks (no correlation can be computed). */
  correlation: z.number().nullable(),
  pValue: z.number(),
  flagged: z.boolean(),
  interval: interval.nullable(),
  lagSupport: z.number().nullable(),
});

export const onsetView = z.object({
  dysfunction,
  week: z.string(),
  before: z.number(),
  after: z.number(),
  pValue: z.number(),
  interval: z.tuple([z.string(), z.string()]),
});

export const precedenceView = z.object({ earlier: dysfunction, later: dysfunction, probability: z.number(), weeksApart: z.number().int() });

export const earliestStatus = z.enum(['detected', 'none_detected', 'circular', 'methods_disagree']);
export const earliestView = z.object({
  status: earliestStatus,
  /** The earliest-moving dysfunction, or null (none detected, or the two methods name different ones). */
  dysfunction: dysfunction.nullable(),
  byCorrelation: dysfunction.nullable(),
  byOnset: dysfunction.nullable(),
});

export const unitStatus = z.enum(['analysed', 'suppressed', 'too_short']);

export const unitProgressionView = z.object({
  unit: z.string(),
  status: unitStatus,
  /** People in the unit; null when suppressed. */
  people: z.number().int().nullable(),
  suppressed: z.boolean(),
  /** What a reader should know: why a unit is not analysed, or the one-line reading of its result. */
  message: z.string(),
  /** Week labels (Mondays) and the three weekly scores; empty when suppressed. */
  weeks: z.array(z.string()),
  scores: z.object({ communication_paucity: z.array(z.number()), lack_of_collaboration: z.array(z.number()), overt_conflict: z.array(z.number()) }).nullable(),
  correlation: z.object({ leads: z.array(leadView), earliest: dysfunction.nullable(), circular: z.boolean(), method: z.string() }).nullable(),
  onsets: z.object({ onsets: z.array(onsetView), precedences: z.array(precedenceView), earliest: dysfunction.nullable(), method: z.string() }).nullable(),
  earliest: earliestView.nullable(),
});
export type UnitProgressionView = z.infer<typeof unitProgressionView>;

export const progressionView = z.object({
  asOf: z.string(),
  fromWeek: z.string(),
  toWeek: z.string(),
  weeks: z.number().int(),
  minimum: z.number().int(),
  units: z.array(unitProgressionView),
  method: z.string(),
  /** Milliseconds spent computing (0 when served from the cache). */
  computeMs: z.number(),
  cached: z.boolean(),
});
export type ProgressionView = z.infer<typeof progressionView>;

/** One unit in full: its analysis and the weekly indicators its scores come from. */
export const unitProgressionDetail = z.object({
  asOf: z.string(),
  minimum: z.number().int(),
  unit: unitProgressionView,
  indicators: z
    .object({
      crossContacts: z.array(z.number()),
      promisesClosed: z.array(z.number()),
      promisesBroken: z.array(z.number()),
      incidents: z.array(z.number()),
    })
    .nullable(),
});
export type UnitProgressionDetail = z.infer<typeof unitProgressionDetail>;

export const propositionsQuery = z.object({
  weeks: z.coerce.number().int().min(4).max(PROGRESSION_WEEKS.max).default(26),
  asOf: isoDate.optional(),
});
export type PropositionsQuery = z.infer<typeof propositionsQuery>;

export const verdict = z.enum(['agrees', 'contradicts', 'inconclusive', 'too_few']);

export const propositionTestView = z.object({
  /** The dysfunction's measure and the outcome's measure, in words. */
  dysfunctionMeasure: z.string(),
  outcomeMeasure: z.string(),
  outcomeSource: z.enum(['journal', 'buyin_pulses', 'support_requests']),
  n: z.number().int(),
  rho: z.number().nullable(),
  standardisedSlope: z.number().nullable(),
  interval: interval.nullable(),
  verdict,
  note: z.string(),
});

export const propositionView = z.object({
  id: z.string(),
  dysfunction: z.string(),
  side: z.enum(['sales', 'marketing']),
  outcome: z.string(),
  expected: z.enum(['positive', 'negative']),
  statement: z.string(),
  tests: z.array(propositionTestView),
  /** Set when no test had a single usable unit: what data would be needed. */
  dataNeeded: z.string().nullable(),
});
export type PropositionView = z.infer<typeof propositionView>;

export const propositionsView = z.object({
  exploratory: z.literal(true),
  caveat: z.string(),
  asOf: z.string(),
  fromWeek: z.string(),
  toWeek: z.string(),
  minimum: z.number().int(),
  /** Units with at least the reporting minimum of people, i.e. the units any pair may come from. */
  eligibleUnits: z.number().int(),
  propositions: z.array(propositionView),
});
export type PropositionsView = z.infer<typeof propositionsView>;
