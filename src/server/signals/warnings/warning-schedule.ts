import type { Config } from '../../config';
import type { Database } from '../../db/create-db';
import { createMailer, mailDisabledReason } from '../../mail/mailer';
import { listOrgs } from '../../org/list-orgs';
import { scanOrgWarnings } from './scan-warnings';
import { sendWarningDigests, type DigestReport } from './send-digests';

/** Scans after ingests run at most this often per org; a later ingest within the minute is covered by a deferred scan. */
export const INGEST_SCAN_SPACING_MS = 60_000;

/** The server's logger (pino-shaped: an object of fields, then the message). */
type Log = Record<'info' | 'warn' | 'error', (fields: object, message: string) => void>;

/** One digest round for an org; a clear reason instead of an error when mail is not configured. */
export async function digestFor(db: Database, orgId: string, config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>, now: Date): Promise<DigestReport | { skipped: string }> {
  const mailer = createMailer(config);
  if (mailer === null) return { skipped: `No warning digest was e-mailed: ${mailDisabledReason(config)} (see docs/signals-warnings.md).` };
  try {
    return await sendWarningDigests({ db, orgId, mailer, publicUrl: config.publicUrl, now });
  } finally {
    mailer.close();
  }
}

export interface WarningScheduler {
  /** Called after a committed ingest: scans the org off the request's path, at most once a minute. */
  afterIngest(orgId: string): void;
  /** Stops the timers and waits for running scans. */
  close(): Promise<void>;
}

export function createWarningScheduler(options: { db: Database; config: Config; log: Log }): WarningScheduler {
  const { db, config, log } = options;
  const lastRun = new Map<string, number>();
  const deferred = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<unknown>>();
  let closed = false;

  const track = (work: Promise<unknown>) => {
    const tracked = work.catch((error: unknown) => log.error({ err: error }, 'early-warning scan failed')).finally(() => running.delete(tracked));
    running.add(tracked);
  };

  const scanNow = (orgId: string) => {
    lastRun.set(orgId, Date.now());
    track(scanOrgWarnings(db, orgId, new Date()).then((result) => log.info({ orgId, ...result }, 'early-warning scan after ingest')));
  };

  const periodic = async () => {
    for (const org of await listOrgs(db)) {
      if (closed) return;
      const now = new Date();
      const result = await scanOrgWarnings(db, org.orgId, now);
      const digest = await digestFor(db, org.orgId, config, now);
      if ('skipped' in digest) log.info({ org: org.slug }, digest.skipped);
      else for (const failure of digest.failed) log.error({ org: org.slug, to: failure.email }, `warning digest not sent (kept for the next one): ${failure.error}`);
      log.info({ org: org.slug, ...result }, 'periodic early-warning scan');
    }
  };
  const interval = config.warningScanIntervalMinutes > 0 ? setInterval(() => track(periodic()), config.warningScanIntervalMinutes * 60_000) : null;
  interval?.unref();

  return {
    afterIngest(orgId) {
      if (closed || deferred.has(orgId)) return;
      const wait = (lastRun.get(orgId) ?? 0) + INGEST_SCAN_SPACING_MS - Date.now();
      if (wait <= 0) return scanNow(orgId);
      const timer = setTimeout(() => {
        deferred.delete(orgId);
        scanNow(orgId);
      }, wait);
      timer.unref();
      deferred.set(orgId, timer);
    },
    async close() {
      closed = true;
      if (interval) clearInterval(interval);
      for (const timer of deferred.values()) clearTimeout(timer);
      deferred.clear();
      await Promise.all([...running]);
    },
  };
}
