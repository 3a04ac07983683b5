import { FUNCTIONS, LEVELS, type Level, type PersonFunction } from '../../domain/org/types';
import { Badge } from '../ui/badge';

export const functionLabels: Record<PersonFunction, string> = {
  sales: 'Sales',
  marketing: 'Marketing',
  other: 'Other',
};

export const levelLabels: Record<Level, string> = {
  senior: 'Senior',
  middle: 'Middle',
  frontline: 'Frontline',
};

export function FunctionBadge({ value }: { value: PersonFunction }) {
  return <Badge tone={value}>{functionLabels[value]}</Badge>;
}

export function LevelBadge({ value }: { value: Level }) {
  return <Badge tone="neutral">{levelLabels[value]}</Badge>;
}

/** The options of a function or level filter: "all" first, then each value by its label. */
export function FilterOptions({ of, allLabel }: { of: 'function' | 'level'; allLabel: string }) {
  const values = of === 'function' ? FUNCTIONS : LEVELS;
  const labels: Record<string, string> = of === 'function' ? functionLabels : levelLabels;
  return (
    <>
      <option value="">{allLabel}</option>
      {values.map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}
