import type { Level, PersonFunction } from '../../domain/org/types';
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
