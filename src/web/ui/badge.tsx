import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'sales' | 'marketing' | 'other' | 'success' | 'warning' | 'danger' | 'info';

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
