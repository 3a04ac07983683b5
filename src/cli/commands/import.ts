import fs from 'node:fs';
import type { Command } from 'commander';
import { openDatabase } from '../../server/app';
import { loadConfig } from '../../server/config';
import { AppError } from '../../server/errors';
import { importPeople } from '../../server/people-import/import-people';
import type { ImportReport } from '../../shared/people-import';
import { cliContext } from '../org-context';
import { fail, note, out } from '../output';

function printIssues(report: ImportReport): void {
  for (const issue of report.errors) note(`  ${issue.row ? `row ${issue.row}: ` : ''}${issue.message}`);
  if (report.errorCount > report.errors.length) note(`  … and ${report.errorCount - report.errors.length} more.`);
}

export function registerImportCommand(program: Command): void {
  const imports = program.command('import').description('Import data from files');
  imports
    .command('people')
    .argument('<file>', 'CSV file with a header row (see docs/import.md for the columns)')
    .description('Import or update people from an HRIS CSV export; all or nothing')
    .option('--dry-run', 'check the file and print what would change; write nothing')
    .option('--org <slug>', 'the organisation to import into (needed when there are several)')
    .action(async (file: string, options: { dryRun?: boolean; org?: string }) => {
      let db;
      try {
        if (!fs.existsSync(file)) throw new Error(`There is no file ${file}.`);
        db = await openDatabase(loadConfig());
        const context = await cliContext(db, options.org);
        let lastShown = 0;
        const report = await importPeople(context, {
          csv: fs.createReadStream(file),
          dryRun: options.dryRun === true,
          source: file,
          onProgress: (stage, done, total) => {
            if (stage === 'writing' && (done - lastShown >= 5000 || done === total)) {
              lastShown = done;
              note(`writing people: ${done}/${total}`);
            }
          },
        });
        const verb = report.written ? 'Imported' : 'Would import';
        out(`${verb} ${report.totalRows} rows: ${report.creates} new, ${report.updates} updated.${report.written ? '' : ' (dry run: nothing written)'}`);
        if (report.errorCount > 0) {
          note(`The file has ${report.errorCount} problems; nothing would be imported:`);
          printIssues(report);
          process.exitCode = 1;
        }
      } catch (error) {
        if (error instanceof AppError && error.details) {
          note(`tandem import people: ${error.message}`);
          printIssues(error.details as ImportReport);
          process.exitCode = 1;
        } else {
          fail('import people', error);
        }
      } finally {
        await db?.close();
      }
    });
}
