import { z } from 'zod';
import { INDICATORS } from '../domain/signals/indicator-series';
import { id, level, personFunction } from './org';

const INDICATOR_IDS = Object.keys(INDICATORS) as [keyof typeof INDICATORS, ...Array<keyof typeof INDICATORS>];
export const warningIndicator = z.enum(INDICATOR_IDS);
export const warningScope = z.enum(['unit', 'unit_level', 'level', 'dyad']);
export const warningStatus = z.enum(['open', 'acknowledged']);

export const warningListQuery = z.object({
  status: warningStatus.optional(),
  level: level.optional(),
  indicator: warningIndicator.optional(),
  scope: warningScope.optional(),
});
export type WarningListQuery = z.infer<typeof warningListQuery>;

export const warningIdParams = z.object({ id });
export const acknowledgeInput = z.object({ note: z.string().trim().max(2000).optional() });

const week = z.string();
export const warningEvidence = z.object({
  week,
  recentWeeks: z.tuple([week, week]),
  baselineWeeks: z.tuple([week, week]).nullable(),
  recentValue: z.number(),
  baselineValue: z.number().nullable(),
  recentEvents: z.number(),
  baselineEvents: z.number().nullable(),
  z: z.number().nullable(),
  threshold: z.number().nullable(),
});

const personRef = z.object({ id: z.string(), name: z.string() });

export const warningView = z.object({
  id: z.string(),
  type: z.enum(['break', 'threshold']),
  indicator: warningIndicator,
  label: z.string(),
  scope: warningScope,
  unit: z.string().nullable(),
  level: level.nullable(),
  function: personFunction.nullable(),
  dyad: z.object({ sales: personRef, marketing: personRef }).nullable(),
  firstWeek: week,
  lastWeek: week,
  detectedAt: z.string(),
  status: warningStatus,
  acknowledged: z.object({ at: z.string(), byUserId: z.string().nullable(), note: z.string().nullable() }).nullable(),
  /** True when the group is smaller than the org's reporting minimum: no figures, no sentence with figures. */
  suppressed: z.boolean(),
  groupSize: z.number().int().nullable(),
  /** Null when suppressed. */
  evidence: warningEvidence.nullable(),
  /** A plain-language sentence with the figures (or, suppressed, without them). */
  sentence: z.string(),
  links: z.object({
    /** The page with the rows behind it (unit drill-down with the week range, dyad page, or the level's monitor). */
    page: z.string(),
    /** The API rows behind it. */
    api: z.string(),
  }),
  /** Weekly values from the baseline's start to the last flagged week (null when suppressed). */
  series: z.array(z.object({ week, value: z.number().nullable(), events: z.number() })).nullable(),
});
export type WarningView = z.infer<typeof warningView>;

export const warningList = z.object({ items: z.array(warningView), lastScanAt: z.string().nullable() });
export type WarningList = z.infer<typeof warningList>;

export const scanResult = z.object({ found: z.number().int(), new: z.number().int(), updated: z.number().int(), notified: z.number().int() });
export type ScanResult = z.infer<typeof scanResult>;
