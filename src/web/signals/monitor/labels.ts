import type { CSSProperties } from 'react';
import type { IndicatorId } from '../../../shared/signals-monitor';

export const INDICATOR_LABELS: Record<IndicatorId, { short: string; long: string }> = {
  outreachPerPerson: { short: 'Outreach / person / wk', long: 'Cross-function contacts the group started, per person per week' },
  inboundPerPerson: { short: 'Inbound / person / wk', long: 'Cross-function contacts the group received, per person per week' },
  unansweredOutreachShare: { short: 'Outreach unanswered', long: 'Share of the group’s outreach the other function never answered' },
  unansweredInboundShare: { short: 'Inbound unanswered', long: 'Share of what the other function sent that this group never answered' },
  outreachResponseHours: { short: 'Reply time to them', long: 'Mean hours until the other function answered the group’s outreach' },
  inboundResponseHours: { short: 'Their reply time', long: 'Mean hours until the group answered the other function' },
  initiationShare: { short: 'Initiation share', long: 'Share of the group’s cross-function contacts that it started (50% = balanced)' },
};

const isShare = (id: IndicatorId) => id === 'unansweredOutreachShare' || id === 'unansweredInboundShare' || id === 'initiationShare';
const isHours = (id: IndicatorId) => id === 'outreachResponseHours' || id === 'inboundResponseHours';

export function formatIndicator(id: IndicatorId, value: number | null): string {
  if (value === null) return '—';
  if (isShare(id)) return `${Math.round(value * 100)}%`;
  if (isHours(id)) return `${value < 10 ? value.toFixed(1) : Math.round(value)} h`;
  return value.toFixed(2);
}

export function formatChange(id: IndicatorId, change: number | null): string {
  if (change === null) return '';
  const size = Math.abs(change);
  const text = isShare(id) ? `${Math.round(size * 100)} pts` : isHours(id) ? `${size.toFixed(1)} h` : size.toFixed(2);
  // What rounds to zero reads as no change, never as "−0".
  const sign = /[1-9]/.test(text) ? (change > 0 ? '+' : '−') : '±';
  return `${sign}${text}`;
}

/**
 * Badness in [0, 1] by the indicator's polarity, relative to the spread of the column (0 = best shown, 1 = worst),
 * as a background from blue (good) to orange (bad). The number is always printed beside it.
 */
export function heatStyle(badness: number | null): CSSProperties | undefined {
  if (badness === null) return undefined;
  const t = Math.max(0, Math.min(1, badness));
  const hue = Math.round(210 - t * 185); // 210 = blue, 25 = orange
  return { background: `hsl(${hue} 75% 92%)`, color: '#1c2330' };
}

export function badnessScale(polarity: 'higher' | 'lower' | 'balanced', values: ReadonlyArray<number | null>) {
  const oriented = (value: number) => (polarity === 'higher' ? -value : polarity === 'lower' ? value : Math.abs(value - 0.5));
  const known = values.filter((v): v is number => v !== null).map(oriented);
  const min = Math.min(...known);
  const max = Math.max(...known);
  return (value: number | null) => (value === null || known.length === 0 ? null : max === min ? 0.5 : (oriented(value) - min) / (max - min));
}

export const DIRECTION_TEXT = { better: 'better', worse: 'worse', same: 'about the same' } as const;

export const fewerThan = (minimum: number) => `fewer than ${minimum}`;
