import net from 'node:net';

export interface CaughtMail {
  from: string;
  to: string[];
  /** The raw message (headers and body) as received, dot-stuffing undone. */
  data: string;
  /** The message with quoted-printable soft line breaks and =XX escapes undone, for checking the body's text. */
  decoded: string;
  subject: string;
}

export interface SmtpCatcher {
  url: string;
  mails: CaughtMail[];
  /** When set, the server refuses every message at DATA's end with this 5xx reply. */
  refuseWith: string | null;
  close(): Promise<void>;
}

/**
 * A tiny local SMTP server for tests (RFC 5321 subset: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT, no TLS, no
 * auth): it keeps what it receives so a test can check recipients, subject and body.
 */
export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  const sockets = new Set<net.Socket>();
  const catcher: SmtpCatcher = { url: '', mails: [], refuseWith: null, close: async () => {} };
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let envelope: { from: string; to: string[] } = { from: '', to: [] };
    let data: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 catcher ESMTP ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line !== '.') {
            data.push(line.startsWith('..') ? line.slice(1) : line);
            continue;
          }
          inData = false;
          if (catcher.refuseWith) {
            reply(catcher.refuseWith);
          } else {
            const raw = data.join('\r\n');
            catcher.mails.push({ ...envelope, data: raw, decoded: decodeQuotedPrintable(raw), subject: /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? '' });
            reply('250 OK: queued');
          }
          envelope = { from: '', to: [] };
          data = [];
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') {
          reply('250-catcher');
          reply('250 8BITMIME');
        } else if (verb === 'HELO') reply('250 catcher');
        else if (verb === 'MAIL') {
          envelope.from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          reply('250 OK');
        } else if (verb === 'RCPT') {
          envelope.to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 OK');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'RSET') {
          envelope = { from: '', to: [] };
          reply('250 OK');
        } else if (verb === 'NOOP') reply('250 OK');
        else if (verb === 'QUIT') {
          reply('221 Bye');
          socket.end();
        } else reply('502 Command not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  catcher.url = `smtp://127.0.0.1:${port}`;
  catcher.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return catcher;
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
