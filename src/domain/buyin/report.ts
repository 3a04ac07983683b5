import { FUNCTIONS, LEVELS, type Level, type PersonFunction } from '../org/types';
import { COMPONENT_MEASURES } from './pulse-items';

/**
 * Rows of `tandem buyin report` and GET /api/buyin/report: one per initiative × (level, function) cell of its latest
 * initiative pulse. A suppressed cell (or an initiative without a pulse) has no n and no values.
 */
export const REPORT_MEASURES = [...COMPONENT_MEASURES, 'belief', 'readiness'] as const;
type ReportMeasure = (typeof REPORT_MEASURES)[number];

export type ReportRow = {
  initiativeId: string;
  initiativeTitle: string;
  pulseId: string | null;
  level: Level;
  function: PersonFunction;
  n: number | null;
  suppressed: boolean;
} & Record<ReportMeasure, number | null>;

export interface ReportCell {
  level: Level;
  function: PersonFunction;
  n: number | null;
  suppressed: boolean;
  means: Readonly<Record<string, number | null>> | null;
}

export interface ReportInitiative {
  id: string;
  title: string;
  pulseId: string | null;
  cells: readonly ReportCell[];
}

export function reportRows(initiatives: readonly ReportInitiative[]): ReportRow[] {
  return initiatives.flatMap((initiative) =>
    LEVELS.flatMap((level) =>
      FUNCTIONS.map((fn) => {
        const cell = initiative.cells.find((c) => c.level === level && c.function === fn);
        const shown = cell && !cell.suppressed && cell.means ? cell : null;
        const values = Object.fromEntries(REPORT_MEASURES.map((m) => [m, shown?.means?.[m] ?? null])) as Record<ReportMeasure, number | null>;
        return {
          initiativeId: initiative.id,
          initiativeTitle: initiative.title,
          pulseId: initiative.pulseId,
          level,
          function: fn,
          n: shown ? shown.n : null,
          suppressed: !shown,
          ...values,
        };
      }),
    ),
  );
}

export const REPORT_COLUMNS = ['initiativeId', 'initiativeTitle', 'pulseId', 'level', 'function', 'n', 'suppressed', ...REPORT_MEASURES] as const;

/** RFC 4180 CSV with a header row; suppressed cells leave every value empty. */
export function reportCsv(rows: readonly ReportRow[]): string {
  const quote = (value: unknown) => {
    if (value === null || value === undefined) return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [REPORT_COLUMNS.join(','), ...rows.map((row) => REPORT_COLUMNS.map((column) => quote(row[column])).join(','))].join('\n') + '\n';
}
