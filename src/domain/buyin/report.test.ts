import { describe, expect, it } from 'vitest';
import { reportCsv, reportRows } from './report';

const cells = [
  { level: 'frontline' as const, function: 'sales' as const, n: 12, suppressed: false, means: { objectivity: 3.5, sensitivity: 3, involvement: 2.5, positioning: 4, belief: 3.25, readiness: 3 } },
  { level: 'senior' as const, function: 'sales' as const, n: null, suppressed: true, means: null },
];

describe('buy-in report rows', () => {
  it('gives one row per (level, function) cell with n and every mean, and no values when suppressed', () => {
    const rows = reportRows([{ id: 'i1', title: 'Launch, "Q3"', pulseId: 'p1', cells }]);
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.level === 'frontline' && r.function === 'sales')).toMatchObject({ n: 12, suppressed: false, belief: 3.25, involvement: 2.5 });
    expect(rows.find((r) => r.level === 'senior' && r.function === 'sales')).toMatchObject({ n: null, suppressed: true, belief: null, objectivity: null });
  });

  it('reports an initiative without a pulse as suppressed cells with no pulse id', () => {
    const rows = reportRows([{ id: 'i2', title: 'Draft', pulseId: null, cells: [] }]);
    expect(rows.every((r) => r.suppressed && r.n === null && r.pulseId === null)).toBe(true);
  });

  it('writes CSV with the issue columns, quoting titles and leaving suppressed values empty', () => {
    const csv = reportCsv(reportRows([{ id: 'i1', title: 'Launch, "Q3"', pulseId: 'p1', cells }]));
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('initiativeId,initiativeTitle,pulseId,level,function,n,suppressed,objectivity,sensitivity,involvement,positioning,belief,readiness');
    expect(lines).toContain('i1,"Launch, ""Q3""",p1,frontline,sales,12,false,3.5,3,2.5,4,3.25,3');
    expect(lines).toContain('i1,"Launch, ""Q3""",p1,senior,sales,,true,,,,,,');
  });
});
