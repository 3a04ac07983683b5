import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { agreementDataFromMatrix } from '../../domain/research/agreement-data';
import { AgreementInputError } from '../../domain/research/agreement-error';
import { KAPPA_WEIGHTS } from '../../domain/research/cohen-kappa';
import type { AgreementMetric, AgreementOptions, AgreementResult } from '../../domain/research/compute-agreement';
import { AGREEMENT_METRICS, computeAgreement } from '../../domain/research/compute-agreement';
import { MEASUREMENT_LEVELS } from '../../domain/research/krippendorff-alpha';
import { fail, out } from '../output';

/** The command's options as commander hands them over: strings, not yet checked. */
export interface AgreementCommandOptions {
  metric?: string;
  level?: string;
  weights?: string;
  categories?: string;
  k?: string;
  threshold?: string;
}

export type AgreementRun = { ok: true; result: AgreementResult } | { ok: false; message: string };

/** Bad input (data or options) exits with 2; 1 is left for unexpected failures. */
const BAD_INPUT_EXIT_CODE = 2;

/**
 * Computes the statistic for a coding sheet given as CSV text: one row per coder, the coder's name in the first
 * column, then one column per unit; an empty cell means the coder did not code that unit. A first row whose first
 * cell is empty or "coder" is a header of unit ids and is skipped. Pure apart from parsing: never throws for bad
 * input, it returns `{ ok: false, message }` with a one-line message saying what to fix.
 */
export function runAgreement(csvText: string, options: AgreementCommandOptions): AgreementRun {
  try {
    const agreementOptions = parseOptions(options);
    const { coders, matrix } = readCodingSheet(csvText);
    const data = agreementDataFromMatrix(coders, matrix);
    return { ok: true, result: computeAgreement(data, agreementOptions) };
  } catch (error) {
    if (error instanceof AgreementInputError) return { ok: false, message: oneLine(error.message) };
    throw error;
  }
}

export function registerAgreementCommand(program: Command): void {
  program
    .command('agreement')
    .description('Inter-coder agreement of a coding sheet; prints one JSON line with the metric and its value')
    .argument('[file]', 'CSV file: one row per coder (name first), one column per unit, empty cell = not coded')
    .option('--metric <metric>', AGREEMENT_METRICS.join('|'))
    .option('--level <level>', `Krippendorff's alpha: ${MEASUREMENT_LEVELS.join('|')} (default nominal)`)
    .option('--weights <weights>', `Cohen's kappa: ${KAPPA_WEIGHTS.join('|')} (default none)`)
    .option('--categories <list>', 'category order, comma-separated, e.g. low,medium,high (default: natural order)')
    .option('--k <n>', 'brennan-prediger and prl: number of categories available (default: number of categories)')
    .option('--threshold <value>', 'prl: cut-off for meetsThreshold (default 0.70)')
    .action(async (file: string | undefined, options: AgreementCommandOptions) => {
      if (file === undefined) {
        const usage = 'give the CSV file to read, e.g. tandem agreement --metric krippendorff codes.csv';
        fail('agreement', usage, BAD_INPUT_EXIT_CODE);
        return;
      }
      let csvText: string;
      try {
        csvText = await readFile(file, 'utf8');
      } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        const reason = missing ? 'there is no such file' : (error as Error).message;
        fail('agreement', `cannot read ${file}: ${oneLine(reason)}`, BAD_INPUT_EXIT_CODE);
        return;
      }
      try {
        const run = runAgreement(csvText, options);
        if (run.ok) out(JSON.stringify(run.result));
        else fail('agreement', run.message, BAD_INPUT_EXIT_CODE);
      } catch (error) {
        fail('agreement', `unexpected error: ${oneLine(error instanceof Error ? error.message : String(error))}`);
      }
    });
}

function parseOptions(options: AgreementCommandOptions): AgreementOptions {
  const metric = options.metric?.trim();
  if (metric === undefined || metric === '') {
    throw invalid(`--metric is required; choose one of ${AGREEMENT_METRICS.join(', ')}.`);
  }
  if (!(AGREEMENT_METRICS as readonly string[]).includes(metric)) {
    throw invalid(`unknown metric "${metric}"; choose one of ${AGREEMENT_METRICS.join(', ')}.`);
  }
  const result: AgreementOptions = { metric: metric as AgreementMetric };
  if (options.level !== undefined) {
    onlyFor(metric, ['krippendorff'], '--level');
    result.level = choice(options.level, MEASUREMENT_LEVELS, '--level');
  }
  if (options.weights !== undefined) {
    onlyFor(metric, ['cohen'], '--weights');
    result.weights = choice(options.weights, KAPPA_WEIGHTS, '--weights');
  }
  if (options.k !== undefined) {
    onlyFor(metric, ['brennan-prediger', 'prl'], '--k');
    const k = Number(options.k.trim());
    if (!/^\d+$/.test(options.k.trim()) || k < 2) {
      throw invalid(`--k must be a whole number of categories, at least 2; got "${options.k}".`);
    }
    result.k = k;
  }
  if (options.threshold !== undefined) {
    onlyFor(metric, ['prl'], '--threshold');
    const threshold = Number(options.threshold.trim());
    if (options.threshold.trim() === '' || !(threshold >= 0 && threshold <= 1)) {
      throw invalid(`--threshold must be a number between 0 and 1; got "${options.threshold}".`);
    }
    result.threshold = threshold;
  }
  if (options.categories !== undefined) {
    const categories = options.categories.split(',').map((label) => label.trim());
    if (categories.some((label) => label === '')) {
      throw invalid(`--categories has an empty entry ("${options.categories}"); list labels separated by single commas.`);
    }
    result.categories = categories;
  }
  return result;
}

/** Reads the CSV into coder names and a coders × units matrix of labels (null for an empty cell). */
function readCodingSheet(csvText: string): { coders: string[]; matrix: Array<Array<string | null>> } {
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(csvText, {
      bom: true,
      info: true,
      trim: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    throw invalid(`the file is not valid CSV (${error instanceof Error ? error.message : String(error)}).`);
  }
  const first = rows[0];
  if (first === undefined) throw invalid('the file has no rows; give one row per coder.');
  const firstCell = (first.record[0] ?? '').toLowerCase();
  const header = firstCell === '' || firstCell === 'coder' ? first : undefined;
  const coderRows = header === undefined ? rows : rows.slice(1);
  const expectedLength = (header ?? coderRows[0])?.record.length;

  const coders: string[] = [];
  const matrix: Array<Array<string | null>> = [];
  for (const { record, info } of coderRows) {
    const name = record[0] ?? '';
    if (name === '') throw invalid(`line ${info.lines} has no coder name in its first column.`);
    if (record.length !== expectedLength) {
      const units = (expectedLength ?? 1) - 1;
      const against = header === undefined ? `the first coder's row has ${units}` : `the header has ${units}`;
      throw new AgreementInputError(
        'RAGGED_ROWS',
        `line ${info.lines} (coder "${name}") has ${record.length - 1} units but ${against}; ` +
          'every row needs one cell per unit (leave a cell empty when the coder did not code that unit).',
      );
    }
    coders.push(name);
    matrix.push(record.slice(1).map((cell) => (cell === '' ? null : cell)));
  }
  return { coders, matrix };
}

function onlyFor(metric: string, metrics: readonly string[], option: string): void {
  if (!metrics.includes(metric)) throw invalid(`${option} applies only to --metric ${metrics.join(' or ')}, not ${metric}.`);
}

function choice<T extends string>(value: string, choices: readonly T[], option: string): T {
  const trimmed = value.trim();
  if (!(choices as readonly string[]).includes(trimmed)) {
    throw invalid(`${option} must be one of ${choices.join(', ')}; got "${value}".`);
  }
  return trimmed as T;
}

function invalid(message: string): AgreementInputError {
  return new AgreementInputError('INVALID_OPTION', message);
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
