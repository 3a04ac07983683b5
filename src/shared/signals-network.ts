import { z } from 'zod';
import { level, personFunction } from './org';

/** The two sides of the interface a network view can be narrowed to. */
export const networkFunction = z.enum(['sales', 'marketing']);
export type NetworkFunction = z.infer<typeof networkFunction>;

export const NETWORK_WINDOW_DAYS = { min: 14, max: 365, default: 90 } as const;

export const networkQuery = z.object({
  level: level.optional(),
  function: networkFunction.optional(),
  windowDays: z.coerce.number().int().min(NETWORK_WINDOW_DAYS.min).max(NETWORK_WINDOW_DAYS.max).default(NETWORK_WINDOW_DAYS.default),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-01.')
    .optional()
    .describe('The last day of the window (UTC); today when absent.'),
});
export type NetworkQuery = z.infer<typeof networkQuery>;

const personRef = z.object({ personId: z.string(), name: z.string(), function: personFunction, level });
export const networkBroker = personRef.extend({ betweenness: z.number() });

/** A group figure either shown or suppressed (fewer people than the reporting minimum, or hidden so it cannot be worked out). */
const suppressedGroup = z.object({ suppressed: z.literal(true) });

export const networkCommunity = z.discriminatedUnion('suppressed', [
  suppressedGroup.extend({ label: z.string() }),
  z.object({
    suppressed: z.literal(false),
    label: z.string(),
    /** True for the bucket that merges communities smaller than the minimum. */
    merged: z.boolean(),
    groupSize: z.number().int(),
    salesCount: z.number().int(),
    marketingCount: z.number().int(),
  }),
]);

export const networkFunctionGroup = z.discriminatedUnion('suppressed', [
  suppressedGroup.extend({ function: networkFunction }),
  z.object({ suppressed: z.literal(false), function: networkFunction, groupSize: z.number().int(), isolatedCount: z.number().int() }),
]);

export const networkLevelSummary = z.discriminatedUnion('suppressed', [
  suppressedGroup.extend({ level }),
  z.object({
    suppressed: z.literal(false),
    level,
    groupSize: z.number().int(),
    crossFunctionTies: z.number().int(),
    /** Cross-function ties over the possible sales × marketing pairs; null when a side is empty. */
    crossFunctionDensity: z.number().nullable(),
    isolatedCount: z.number().int(),
    modularity: z.number(),
    /** Louvain communities at the level, however small (the list below shows small ones only merged). */
    communityCount: z.number().int(),
    functions: z.array(networkFunctionGroup),
    communities: z.array(networkCommunity),
    brokers: z.array(networkBroker),
  }),
]);

export const networkNode = personRef.extend({
  unit: z.string(),
  betweenness: z.number(),
  /** The label of the person's community at their level; null when it is not shown on its own. */
  community: z.string().nullable(),
  /** No cross-function tie at any level. */
  isolated: z.boolean(),
  degree: z.number().int(),
});

export const networkEdge = z.object({ a: z.string(), b: z.string(), strength: z.number(), crossFunction: z.boolean() });

export const networkView = z.object({
  asOf: z.string(),
  windowDays: z.number().int(),
  level: level.nullable(),
  function: networkFunction.nullable(),
  /** The org's reporting minimum: groups of fewer people are suppressed. */
  minimum: z.number().int(),
  /** Any interaction in the window at all (false → import events first). */
  hasEvents: z.boolean(),
  tieCount: z.number().int(),
  betweenness: z.object({ exact: z.boolean(), epsilon: z.number().nullable(), delta: z.number().nullable() }),
  levels: z.array(networkLevelSummary),
  nodes: z.array(networkNode),
  edges: z.array(networkEdge),
  /** People matching the filters; when above `limits.networkNodesMax` only the most strongly tied are drawn. */
  matchingPeople: z.number().int(),
  truncated: z.boolean(),
  nodeCap: z.number().int(),
  brokers: z.array(networkBroker),
  isolated: z.array(personRef.extend({ unit: z.string() })),
});
export type NetworkView = z.infer<typeof networkView>;
export type NetworkNode = z.infer<typeof networkNode>;
export type NetworkLevelSummary = z.infer<typeof networkLevelSummary>;
