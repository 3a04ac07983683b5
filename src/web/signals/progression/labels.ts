import type { DysfunctionName, ProgressionView } from '../../../shared/signals-progression';
import type { BadgeTone } from '../../ui/badge';

export const DYSFUNCTION_LABELS: Record<DysfunctionName, string> = {
  communication_paucity: 'Communication paucity',
  lack_of_collaboration: 'Lack of collaboration',
  overt_conflict: 'Overt conflict',
};

/** Each dysfunction's line: a colour and a dash and marker of its own, so the chart never relies on colour alone. */
export const DYSFUNCTION_STYLE: Record<DysfunctionName, { color: string; dash: 'solid' | 'dashed' | 'dotted'; symbol: string }> = {
  communication_paucity: { color: '#1f4fbf', dash: 'solid', symbol: 'circle' },
  lack_of_collaboration: { color: '#b45309', dash: 'dashed', symbol: 'triangle' },
  overt_conflict: { color: '#b91c1c', dash: 'dotted', symbol: 'rect' },
};

type Earliest = NonNullable<ProgressionView['units'][number]['earliest']>;

export function earliestBadge(earliest: Earliest | null): { label: string; tone: BadgeTone } {
  if (earliest === null) return { label: 'Not analysed', tone: 'neutral' };
  switch (earliest.status) {
    case 'detected':
      return { label: `First: ${DYSFUNCTION_LABELS[earliest.dysfunction as DysfunctionName]}`, tone: 'warning' };
    case 'circular':
      return { label: `Circular, first: ${DYSFUNCTION_LABELS[earliest.dysfunction as DysfunctionName]}`, tone: 'danger' };
    case 'methods_disagree':
      return { label: 'Methods disagree', tone: 'info' };
    default:
      return { label: 'None detected', tone: 'success' };
  }
}

export const fixed = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));
export const pValue = (value: number) => (value < 0.001 ? '< 0.001' : value.toFixed(3));
