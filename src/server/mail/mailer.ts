import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Resolves when the SMTP server accepted the message; rejects with the server's or the network's error. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** An SMTP mailer for `smtp://host:port` (or `smtps://`, credentials in the URL); null when mail is not configured. */
export function createMailer(settings: { smtpUrl: string | undefined; mailFrom: string | undefined }): Mailer | null {
  if (!settings.smtpUrl || !settings.mailFrom) return null;
  const transport = nodemailer.createTransport(settings.smtpUrl, { from: settings.mailFrom });
  return {
    async send(message) {
      await transport.sendMail({ from: settings.mailFrom, ...message });
    },
    close: () => transport.close(),
  };
}

/** Why mail is off, for the log line and the CLI. */
export const mailDisabledReason = (settings: { smtpUrl: string | undefined; mailFrom: string | undefined }) =>
  !settings.smtpUrl ? 'SMTP_URL is not set' : !settings.mailFrom ? 'MAIL_FROM is not set' : null;
