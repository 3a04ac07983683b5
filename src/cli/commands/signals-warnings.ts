import type { Command } from 'commander';
import { openDatabase } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { Database } from '../../server/db/create-db';
import { lastScanAtOf } from '../../server/signals/warnings/read-warnings';
import { scanWarnings } from '../../server/signals/warnings/scan-warnings';
import { digestFor, INGEST_SCAN_SPACING_MS } from '../../server/signals/warnings/warning-schedule';
import { cliContext } from '../org-context';
import { fail, note, out } from '../output';

/** After `tandem import events` committed something: scan, unless the org was scanned less than a minute ago. */
export async function scanAfterCliIngest(db: Database, orgId: string): Promise<void> {
  const last = await lastScanAtOf(db, orgId);
  if (last !== null && Date.now() - last.getTime() < INGEST_SCAN_SPACING_MS) {
    note('Early warnings: scanned less than a minute ago; the next import or the periodic scan will include these events.');
    return;
  }
  const result = await scanWarnings({ db, actor: { userId: null, orgId, role: 'admin', personId: null } }, new Date());
  note(`Early warnings: ${result.found} found, ${result.new} new.`);
}

/** `tandem signals scan [--org SLUG] [--digest]`. */
export function registerSignalsCommands(program: Command): void {
  const signals = program.command('signals').description('Early warnings on the interaction signals');
  signals
    .command('scan')
    .description('Scan for early warnings now (notifies leaders and analysts in the app); --digest also e-mails the digest')
    .option('--org <slug>', 'the organisation (needed when there are several)')
    .option('--digest', 'e-mail each leader and analyst their warnings not sent yet (needs SMTP_URL and MAIL_FROM)')
    .action(async (options: { org?: string; digest?: boolean }) => {
      let db;
      try {
        const config = loadConfig();
        db = await openDatabase(config);
        const context = await cliContext(db, options.org);
        const now = new Date();
        const result = await scanWarnings(context, now);
        out(`Early warnings: ${result.found} found, ${result.new} new, ${result.updated} updated; ${result.notified} in-app notifications.`);
        if (!options.digest) return;
        const digest = await digestFor(db, context.actor.orgId, config, now);
        if ('skipped' in digest) {
          out(digest.skipped);
          return;
        }
        out(`Digest: ${digest.sent.length} e-mailed (${digest.sent.map((s) => `${s.email}: ${s.warnings}`).join(', ') || 'nothing new'}).`);
        for (const failure of digest.failed) note(`Digest to ${failure.email} failed (its ${failure.warnings} warnings stay unsent for the next digest): ${failure.error}`);
        if (digest.failed.length > 0) process.exitCode = 1;
      } catch (error) {
        fail('signals scan', error);
      } finally {
        await db?.close();
      }
    });
}
