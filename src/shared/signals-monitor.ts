import { z } from 'zod';
import { SUPPORT_STATUSES } from '../domain/dysfunction/support-requests';
import { INDICATOR_POLARITY, MONITOR_INDICATORS } from '../domain/signals/monitor-heatmap';
import { rateCounts } from './dysfunction';
import { id, level } from './org';

/** Limits shared by the page and the API. */
export const monitorLimits = { trendWeeksMin: 4, trendWeeksMax: 52, trendWeeksDefault: 12, dyadWindowDays: 90, unitNameMax: 200 } as const;

const isoDate = z.iso.date();

export const monitorQuery = z.object({
  weeks: z.coerce
    .number()
    .int()
    .min(monitorLimits.trendWeeksMin)
    .max(monitorLimits.trendWeeksMax)
    .default(monitorLimits.trendWeeksDefault)
    .describe('Weeks in each trend line (4 to 52; default 12)'),
  unit: z.string().min(1).max(monitorLimits.unitNameMax).optional().describe('Only this unit (region, or "(none)")'),
  asOf: isoDate.optional().describe('Read the monitor as on this day (YYYY-MM-DD; default today, UTC)'),
});
export type MonitorQuery = z.infer<typeof monitorQuery>;
export const drillQuery = monitorQuery.omit({ unit: true });

export const indicatorId = z.enum(MONITOR_INDICATORS);
export type IndicatorId = z.infer<typeof indicatorId>;

const indicatorValue = z.object({
  current: z.number().nullable(),
  previous: z.number().nullable(),
  change: z.number().nullable(),
  direction: z.enum(['better', 'worse', 'same']).nullable(),
  trend: z.array(z.number().nullable()),
});
export type IndicatorValueView = z.infer<typeof indicatorValue>;

export const monitorGroup = z.object({
  unit: z.string().nullable(),
  level: level.nullable(),
  function: z.enum(['sales', 'marketing']).nullable(),
  /** Null when suppressed. */
  groupSize: z.number().int().nullable(),
  suppressed: z.boolean(),
  currentEvents: z.number().int().nullable(),
  indicators: z.record(indicatorId, indicatorValue).nullable(),
});
export type MonitorGroupView = z.infer<typeof monitorGroup>;

const weekRange = z.object({ fromWeek: z.string(), toWeek: z.string() });

export const monitorView = z.object({
  asOf: z.string(),
  /** The org's reporting minimum: groups below it are suppressed. */
  minimum: z.number().int(),
  /** False when the org has no interaction events at all (the page then says how to import them). */
  hasEvents: z.boolean(),
  unit: z.string().nullable(),
  windows: z.object({ current: weekRange, previous: weekRange, trendWeeks: z.array(z.string()) }),
  indicators: z.array(z.object({ id: indicatorId, polarity: z.enum(['higher', 'lower', 'balanced']) })),
  /** Everyone in view (the org, or the unit). */
  total: monitorGroup,
  /** Each level, both functions together. */
  levels: z.array(monitorGroup),
  /** Level × function. */
  cells: z.array(monitorGroup),
  /** Every unit, for the unit list (always the whole org). */
  units: z.array(monitorGroup),
});
export type MonitorView = z.infer<typeof monitorView>;

export const INDICATOR_LIST = MONITOR_INDICATORS.map((indicator) => ({ id: indicator, polarity: INDICATOR_POLARITY[indicator] }));

const direction = z.object({ events: z.number().int(), unanswered: z.number().int(), ratio: z.number().nullable() });
const personRef = z.object({ id: z.string(), name: z.string(), function: z.string(), level, unit: z.string() });
export type PersonRefView = z.infer<typeof personRef>;

export const dyadPaucity = z.object({
  daysSinceLastContact: z.number(),
  contactsPerWeek: z.number(),
  reciprocity: z.number(),
  salesInitiatedShare: z.number(),
  salesToMarketing: direction,
  marketingToSales: direction,
});

export const unitDyad = dyadPaucity.extend({ sales: personRef, marketing: personRef });
export type UnitDyadView = z.infer<typeof unitDyad>;

/** One person's cross-function contact over the drill-down window (days since last: null = none in the window). */
export const unitPerson = personRef.extend({
  daysSinceLastCrossContact: z.number().nullable(),
  crossContactsPerWeek: z.number(),
  outreach: direction,
});
export type UnitPersonView = z.infer<typeof unitPerson>;

export const unitDrillView = z.object({
  monitor: monitorView,
  windowDays: z.number().int(),
  /** The unit's salespeople and marketers, those without cross-function contact first, then the longest since. */
  people: z.array(unitPerson),
  /** Cross-function dyads with contact in the window where at least one side is in the unit, least contact first. */
  dyads: z.array(unitDyad),
});
export type UnitDrillView = z.infer<typeof unitDrillView>;

export const dyadParams = z.object({ salesPersonId: id, marketingPersonId: id });

export const dyadDrillView = z.object({
  asOf: z.string(),
  windowDays: z.number().int(),
  sales: personRef,
  marketing: personRef,
  weeks: z.array(
    z.object({
      weekStart: z.string(),
      salesToMarketing: z.number().int(),
      salesToMarketingUnanswered: z.number().int(),
      marketingToSales: z.number().int(),
      marketingToSalesUnanswered: z.number().int(),
    }),
  ),
  /** Null when the two had no cross-function contact in the window. */
  paucity: dyadPaucity.nullable(),
  support: z.object({
    requests: z.array(
      z.object({ id: z.string(), askedBy: z.enum(['sales', 'marketing']), kind: z.string(), summary: z.string(), createdAt: z.string(), status: z.enum(SUPPORT_STATUSES) }),
    ),
    /** Promise keeping of each side when the other asked. */
    salesAsked: rateCounts,
    marketingAsked: rateCounts,
  }),
});
export type DyadDrillView = z.infer<typeof dyadDrillView>;
