import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { openDatabase } from '../../server/app';
import { loadConfig } from '../../server/config';
import { AppError } from '../../server/errors';
import { ingestEvents } from '../../server/signals/ingest-events';
import { rebuildRollups } from '../../server/signals/rebuild-rollups';
import type { IngestReport } from '../../shared/signals';
import { cliContext } from '../org-context';
import { scanAfterCliIngest } from './signals-warnings';
import { fail, note, out } from '../output';

function printProblems(report: IngestReport): void {
  for (const r of report.rejections) note(`  line ${r.line}: ${r.message}`);
  if (report.rejected > report.rejections.length) note(`  … and ${report.rejected - report.rejections.length} more.`);
  if (report.unknownPeople.count > 0) {
    const first = report.unknownPeople.first.slice(0, 10).map((u) => `${u.ref} (line ${u.line})`);
    note(`  ${report.unknownPeople.count} events name people who are not in the organisation, first: ${first.join(', ')}.`);
  }
}

const summary = (r: IngestReport) => `${r.lines} lines: ${r.accepted} new events, ${r.duplicates} duplicates, ${r.rejected} rejected.`;

/** `tandem import events FILE`: registered under the existing `import` group. */
export function registerImportEventsCommand(imports: Command): void {
  imports
    .command('events')
    .argument('<file>', 'CSV (header row) or NDJSON file, one event per line; see docs/signals.md')
    .description('Ingest interaction events, streamed; idempotent on external_id')
    .option('--format <format>', 'csv or ndjson (default: from the file name, else csv)')
    .option('--on-error <mode>', 'abort: store nothing if any line is rejected; skip: store the good lines', 'abort')
    .option('--org <slug>', 'the organisation to import into (needed when there are several)')
    .action(async (file: string, options: { format?: string; onError: string; org?: string }) => {
      let db;
      try {
        if (!fs.existsSync(file)) throw new Error(`There is no file ${file}.`);
        const format = options.format ?? (/\.(nd)?jsonl?$/i.test(file) ? 'ndjson' : 'csv');
        if (format !== 'csv' && format !== 'ndjson') throw new Error(`--format must be csv or ndjson, not "${format}".`);
        if (options.onError !== 'abort' && options.onError !== 'skip') throw new Error(`--on-error must be abort or skip, not "${options.onError}".`);
        db = await openDatabase(loadConfig());
        const context = await cliContext(db, options.org);
        const started = Date.now();
        let shown = started;
        const report = await ingestEvents(context, {
          source: { kind: 'stream', input: fs.createReadStream(file, { highWaterMark: 1 << 20 }), format },
          onError: options.onError,
          now: new Date(),
          onProgress: (p) => {
            const now = Date.now();
            if (now - shown < 1000) return;
            shown = now;
            const rate = Math.round(p.lines / ((now - started) / 1000));
            // In skip mode every progress line is committed; in abort mode nothing is until the end.
            note(`${path.basename(file)}: ${p.lines} lines (${rate} lines/s), ${p.accepted} new, ${p.duplicates} duplicates, ${p.rejected} rejected${options.onError === 'skip' ? ' — committed' : ''}`);
          },
        });
        out(`Ingested ${summary(report)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        if (report.accepted > 0) await scanAfterCliIngest(db, context.actor.orgId);
        if (report.rejected > 0) {
          note('Rejected lines (skipped):');
          printProblems(report);
        }
      } catch (error) {
        if (error instanceof AppError && error.details && typeof error.details === 'object' && 'rejections' in error.details) {
          note(`tandem import events: ${error.message}`);
          printProblems(error.details as IngestReport);
          process.exitCode = 1;
        } else {
          fail('import events', error);
        }
      } finally {
        await db?.close();
      }
    });
}

/** `tandem events rebuild`. */
export function registerEventsCommand(program: Command): void {
  const events = program.command('events').description('Interaction events and their rollups');
  events
    .command('rebuild')
    .description('Recompute the pair-day and unit-week rollups from the raw events (recovery; after people move)')
    .option('--org <slug>', 'the organisation (needed when there are several)')
    .action(async (options: { org?: string }) => {
      let db;
      try {
        db = await openDatabase(loadConfig());
        const result = await rebuildRollups(await cliContext(db, options.org));
        out(`Rebuilt the rollups from ${result.events} events: ${result.pairRows} pair-day rows, ${result.unitRows} unit-week rows; ${result.corrected === 0 ? 'the stored rollups were right, nothing was written' : `${result.corrected} stored rows were corrected`} (${result.seconds.toFixed(1)} s).`);
      } catch (error) {
        fail('events rebuild', error);
      } finally {
        await db?.close();
      }
    });
}
