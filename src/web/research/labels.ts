import type { CodeKindValue, CodeView } from '../../shared/research';

export const CODE_KIND_ORDER: readonly CodeKindValue[] = ['aggregate', 'second_order', 'first_order', 'in_vivo'];

export const codeKindLabels: Record<CodeKindValue, string> = {
  in_vivo: 'In-vivo',
  first_order: '1st order',
  second_order: '2nd order',
  aggregate: 'Aggregate',
};

/** Distinct, mid-tone colours that stay readable as a tint behind dark text and as an underline. */
export const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#17becf',
  '#8c564b',
  '#e377c2',
  '#7f7f00',
  '#3b5bdb',
  '#c2255c',
  '#0b7285',
] as const;

function hash(text: string): number {
  let value = 0;
  for (let index = 0; index < text.length; index++) value = (value * 31 + text.charCodeAt(index)) | 0;
  return Math.abs(value);
}

/** A code's own colour, or a stable palette colour picked from its id. */
export function codeColor(code: Pick<CodeView, 'id' | 'color'> | undefined): string {
  if (!code) return '#6b7280';
  return code.color ?? PALETTE[hash(code.id) % PALETTE.length] ?? '#6b7280';
}

/** The colour as rgba with the given opacity, for tints behind text. */
export function tint(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return `rgba(107, 114, 128, ${alpha})`;
  const [, r, g, b] = match;
  return `rgba(${parseInt(r ?? '0', 16)}, ${parseInt(g ?? '0', 16)}, ${parseInt(b ?? '0', 16)}, ${alpha})`;
}

export function formatScore(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** The first characters of a passage, on one line. */
export function snippet(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
