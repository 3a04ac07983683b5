import type { PersonFunction } from '../../../domain/org/types';

export const LEVEL_LABELS = { senior: 'Senior', middle: 'Middle', frontline: 'Frontline' } as const;

/** Colours that stay apart for the common colour-vision deficiencies (blue / vermillion / grey). */
export const FUNCTION_STYLE: Record<PersonFunction, { label: string; color: string }> = {
  sales: { label: 'Sales', color: '#1f4fbf' },
  marketing: { label: 'Marketing', color: '#c2410c' },
  other: { label: 'Other functions', color: '#7b8594' },
};

export const WINDOW_CHOICES = [30, 60, 90, 180, 365] as const;

/** Normalised betweenness as a share of shortest paths, e.g. 0.184 → "18.4%". */
export const betweennessText = (value: number) => `${(value * 100).toFixed(1)}%`;
