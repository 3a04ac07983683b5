import type { WarningView } from '../../../shared/signals-warnings';
import type { Database } from '../../db/create-db';
import type { Mailer, MailMessage } from '../../mail/mailer';
import { findOrg } from '../../org/orgs-repository';
import { listUsers } from '../../users/users-repository';
import { presentContextOf } from './read-warnings';
import { WARNING_RECIPIENT_ROLES } from './scan-warnings';
import { presentWarning } from './warning-presenter';
import { recordMails, unmailedWarnings } from './warnings-repository';

export interface DigestReport {
  sent: Array<{ email: string; warnings: number }>;
  failed: Array<{ email: string; warnings: number; error: string }>;
}

/**
 * E-mails each active leader and analyst the open warnings they have not been sent yet. A warning is recorded as
 * sent to a user only after the SMTP server accepted that user's message, so a failure leaves it for the next digest.
 * No transaction is held open while talking to the SMTP server.
 */
export async function sendWarningDigests(options: { db: Database; orgId: string; mailer: Mailer; publicUrl: string; now: Date }): Promise<DigestReport> {
  const { db, orgId, mailer, now } = options;
  const pending = await db.withOrg(orgId, async (tx) => {
    const org = await findOrg(tx, orgId);
    const context = await presentContextOf(tx, orgId);
    const users = (await listUsers(tx, orgId)).filter((user) => user.active && (WARNING_RECIPIENT_ROLES as readonly string[]).includes(user.role));
    const result = [];
    for (const user of users) {
      const rows = await unmailedWarnings(tx, orgId, user.id);
      if (rows.length > 0) result.push({ user, views: rows.map((row) => presentWarning(row, context)) });
    }
    return { orgName: org?.name ?? 'your organisation', result };
  });
  const report: DigestReport = { sent: [], failed: [] };
  for (const { user, views } of pending.result) {
    try {
      await mailer.send(digestMessage(user.email, pending.orgName, views, options.publicUrl));
    } catch (error) {
      report.failed.push({ email: user.email, warnings: views.length, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    await db.withOrg(orgId, (tx) => recordMails(tx, orgId, user.id, views.map((view) => view.id), now));
    report.sent.push({ email: user.email, warnings: views.length });
  }
  return report;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export function digestMessage(to: string, orgName: string, views: readonly WarningView[], publicUrl: string): MailMessage {
  const link = (view: WarningView) => `${publicUrl}/signals/warnings?id=${view.id}`;
  const subject = `Tandem: ${views.length} new early warning${views.length === 1 ? '' : 's'} for ${orgName}`;
  const text = [
    `${views.length} new early warning${views.length === 1 ? '' : 's'} in ${orgName}:`,
    '',
    ...views.flatMap((view) => [`- ${view.sentence}`, `  ${link(view)}`]),
    '',
    `All warnings: ${publicUrl}/signals/warnings`,
  ].join('\n');
  const html = [
    `<p>${views.length} new early warning${views.length === 1 ? '' : 's'} in ${escapeHtml(orgName)}:</p>`,
    '<ul>',
    ...views.map((view) => `<li>${escapeHtml(view.sentence)} — <a href="${escapeHtml(link(view))}">open</a></li>`),
    '</ul>',
    `<p><a href="${escapeHtml(`${publicUrl}/signals/warnings`)}">All warnings</a></p>`,
  ].join('\n');
  return { to, subject, text, html };
}
