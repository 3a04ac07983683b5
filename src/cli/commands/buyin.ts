import { Option, type Command } from 'commander';
import { reportCsv } from '../../domain/buyin/report';
import { id } from '../../shared/org';
import { openDatabase } from '../../server/app';
import { getBuyinReport } from '../../server/buyin/report-get';
import { loadConfig } from '../../server/config';
import type { Database } from '../../server/db/create-db';
import { cliContext } from '../org-context';
import { fail } from '../output';

export interface BuyinReportOptions {
  initiative?: string;
  all?: boolean;
  format: 'json' | 'csv';
  org?: string;
}

/**
 * The buy-in report as text: per initiative and (level, function) cell of its latest pulse — level, function, n,
 * suppressed, and the mean of each component, belief and readiness (no values when suppressed). JSON is one object
 * `{ rows: [...] }`; CSV has a header row.
 */
export async function buyinReportText(db: Database, options: BuyinReportOptions): Promise<string> {
  if (!options.initiative === !options.all) throw new Error('Choose the initiatives: --initiative ID for one, or --all.');
  if (options.initiative && !id.safeParse(options.initiative).success) throw new Error(`"${options.initiative}" is not an initiative id (a UUID).`);
  const report = await getBuyinReport(await cliContext(db, options.org), { initiativeId: options.initiative });
  return options.format === 'csv' ? reportCsv(report.rows) : `${JSON.stringify(report, null, 2)}\n`;
}

export function registerBuyinCommands(program: Command): void {
  program
    .command('buyin')
    .description('Initiatives and sales buy-in')
    .command('report')
    .description('Buy-in per initiative × (level, function) of its latest pulse; cells under the reporting minimum are suppressed')
    .option('--initiative <id>', 'one initiative')
    .option('--all', 'every initiative')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('--org <slug>', 'the organisation (when there are several)')
    .action(async (options: BuyinReportOptions) => {
      let db: Database | undefined;
      try {
        if (!options.initiative === !options.all) throw new Error('Choose the initiatives: --initiative ID for one, or --all.');
        db = await openDatabase(loadConfig());
        process.stdout.write(await buyinReportText(db, options));
      } catch (error) {
        fail('buyin report', error);
      } finally {
        await db?.close();
      }
    });
}
