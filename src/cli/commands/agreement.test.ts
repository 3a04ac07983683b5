import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerAgreementCommand, runAgreement } from './agreement';

/** Krippendorff (2011), section C, as a coding sheet with a header row of unit ids. */
const KRIPPENDORFF_CSV = [
  'coder,u1,u2,u3,u4,u5,u6,u7,u8,u9,u10,u11,u12',
  'A,1,2,3,3,2,1,4,1,2,,,',
  'B,1,2,3,3,2,2,4,1,2,5,,3',
  'C,,3,3,3,2,3,4,2,2,5,1,',
  'D,1,2,3,3,2,4,4,1,2,5,1,',
].join('\n');

function valueOf(csv: string, options: Parameters<typeof runAgreement>[1]): number | null {
  const run = runAgreement(csv, options);
  if (!run.ok) throw new Error(run.message);
  return run.result.value;
}

function messageOf(csv: string, options: Parameters<typeof runAgreement>[1]): string {
  const run = runAgreement(csv, options);
  if (run.ok) throw new Error('expected the run to fail');
  return run.message;
}

describe('runAgreement', () => {
  it('computes Krippendorff’s alpha at each level from a coding sheet with missing cells', () => {
    expect(valueOf(KRIPPENDORFF_CSV, { metric: 'krippendorff' })).toBeCloseTo(0.743, 3);
    expect(valueOf(KRIPPENDORFF_CSV, { metric: 'krippendorff', level: 'ordinal' })).toBeCloseTo(0.815, 3);
    expect(valueOf(KRIPPENDORFF_CSV, { metric: 'krippendorff', level: 'interval' })).toBeCloseTo(0.849, 3);
    expect(valueOf(KRIPPENDORFF_CSV, { metric: 'krippendorff', level: 'ratio' })).toBeCloseTo(0.797, 3);
  });

  it('returns the metric, value, units used and coders', () => {
    const run = runAgreement(KRIPPENDORFF_CSV, { metric: 'fleiss' });
    expect(run.ok && run.result).toMatchObject({ metric: 'fleiss', n: 8, coders: 4, details: { droppedUnits: 4 } });
  });

  it('detects a header row by an empty first cell or the word "coder", and reads files without one', () => {
    const body = 'ann,a,b,a\nbob,a,b,b';
    expect(runAgreement(body, { metric: 'percent' })).toMatchObject({ ok: true, result: { n: 3, value: 2 / 3 } });
    expect(runAgreement(`,1,2,3\n${body}`, { metric: 'percent' })).toMatchObject({ ok: true, result: { n: 3 } });
    expect(runAgreement(`Coder,1,2,3\n${body}`, { metric: 'percent' })).toMatchObject({ ok: true, result: { n: 3 } });
  });

  it('handles a byte-order mark, quoted cells, blank lines and spaces around labels', () => {
    const csv = '\uFEFFcoder,u1,u2\r\nann, "a, b" ,c\r\n\r\nbob,"a, b",c\r\n';
    expect(valueOf(csv, { metric: 'percent' })).toBe(1);
  });

  it('passes the category order to weighted kappa', () => {
    // Natural order would be high, low, medium; the given order puts medium between low and high.
    const csv = 'ann,low,medium,high,low,high\nbob,medium,medium,high,low,medium';
    const natural = valueOf(csv, { metric: 'cohen', weights: 'linear' });
    const ordered = valueOf(csv, { metric: 'cohen', weights: 'linear', categories: 'low, medium ,high' });
    expect(ordered).not.toBeCloseTo(natural as number, 3);
    expect(runAgreement(csv, { metric: 'cohen', categories: 'low,medium,high' })).toMatchObject({ ok: true, result: { k: 3 } });
  });

  it('passes k and the threshold to PRL', () => {
    const run = runAgreement('ann,a,b,a,b\nbob,a,b,a,a', { metric: 'prl', k: '4', threshold: '0.9' });
    // P_o = 0.75, k = 4: sqrt((0.75 − 0.25) × 4/3) = 0.8165, below the 0.9 threshold.
    expect(run).toMatchObject({ ok: true, result: { k: 4, details: { meetsThreshold: false, method: 'two-coders' } } });
    expect(run.ok && run.result.value).toBeCloseTo(Math.sqrt(2 / 3), 12);
  });

  it('refuses a single coder', () => {
    expect(messageOf('coder,u1,u2\nann,a,b', { metric: 'percent' })).toMatch(/at least two coders; got 1 \("ann"\)/);
  });

  it('refuses ragged rows and names the line', () => {
    expect(messageOf('coder,u1,u2,u3\nann,a,b,c\nbob,a,b', { metric: 'percent' })).toMatch(
      /line 3 \(coder "bob"\) has 2 units but the header has 3/,
    );
    expect(messageOf('ann,a,b,c\nbob,a,b', { metric: 'percent' })).toMatch(/but the first coder's row has 3/);
  });

  it('refuses a missing or unknown metric and lists the choices', () => {
    expect(messageOf(KRIPPENDORFF_CSV, {})).toMatch(/--metric is required; choose one of percent, holsti, cohen/);
    expect(messageOf(KRIPPENDORFF_CSV, { metric: 'scott' })).toMatch(/unknown metric "scott"/);
  });

  it('refuses options that do not fit the metric or are malformed', () => {
    expect(messageOf(KRIPPENDORFF_CSV, { metric: 'cohen', level: 'ordinal' })).toMatch(/--level applies only to --metric krippendorff/);
    expect(messageOf(KRIPPENDORFF_CSV, { metric: 'cohen', weights: 'cubic' })).toMatch(/--weights must be one of none, linear, quadratic/);
    expect(messageOf(KRIPPENDORFF_CSV, { metric: 'prl', k: 'three' })).toMatch(/--k must be a whole number/);
    expect(messageOf(KRIPPENDORFF_CSV, { metric: 'prl', threshold: '70' })).toMatch(/between 0 and 1/);
    expect(messageOf(KRIPPENDORFF_CSV, { metric: 'percent', categories: '1,,2' })).toMatch(/empty entry/);
  });

  it('reports labels outside the given categories, and text labels at the interval level', () => {
    expect(messageOf(KRIPPENDORFF_CSV, { metric: 'percent', categories: '1,2,3' })).toMatch(/not among the given categories/);
    expect(messageOf('ann,x,y\nbob,x,x', { metric: 'krippendorff', level: 'interval' })).toMatch(/needs numeric codes/);
  });

  it('reports an empty file and broken CSV on one line', () => {
    expect(messageOf('', { metric: 'percent' })).toMatch(/no rows/);
    const broken = messageOf('ann,"a,b\nbob,a,b', { metric: 'percent' });
    expect(broken).toMatch(/not valid CSV/);
    expect(broken).not.toMatch(/\n/);
  });
});

describe('tandem agreement', () => {
  let directory: string;
  let stdout: string[];
  let stderr: string[];

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'tandem-agreement-'));
    stdout = [];
    stderr = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
    process.exitCode = undefined;
  });

  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(directory, { recursive: true, force: true });
    process.exitCode = undefined;
  });

  async function run(...args: string[]): Promise<void> {
    const program = new Command().exitOverride();
    registerAgreementCommand(program);
    await program.parseAsync(['agreement', ...args], { from: 'user' });
  }

  it('prints one JSON line with the metric and its value', async () => {
    const file = join(directory, 'codes.csv');
    writeFileSync(file, KRIPPENDORFF_CSV);
    await run('--metric', 'krippendorff', '--level', 'interval', file);
    expect(stdout).toHaveLength(1);
    const line = stdout[0] as string;
    expect(line.endsWith('\n')).toBe(true);
    const result = JSON.parse(line) as { metric: string; value: number; level: string };
    expect(result.metric).toBe('krippendorff');
    expect(result.level).toBe('interval');
    expect(result.value).toBeCloseTo(0.849, 3);
    expect(process.exitCode).toBeUndefined();
  });

  it('exits with 2 and one stderr line when the file cannot be read', async () => {
    await run('--metric', 'percent', join(directory, 'missing.csv'));
    expect(stderr).toEqual([`tandem agreement: cannot read ${join(directory, 'missing.csv')}: there is no such file\n`]);
    expect(process.exitCode).toBe(2);
    expect(stdout).toEqual([]);
  });

  it('exits with 2 and one stderr line for bad data', async () => {
    const file = join(directory, 'one-coder.csv');
    writeFileSync(file, 'coder,u1,u2\nann,a,b\n');
    await run('--metric', 'cohen', file);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^tandem agreement: Agreement needs at least two coders/);
    expect(process.exitCode).toBe(2);
  });

  it('exits with 2 when no file is given', async () => {
    await run('--metric', 'percent');
    expect(stderr[0]).toMatch(/^tandem agreement: give the CSV file to read/);
    expect(process.exitCode).toBe(2);
  });
});
