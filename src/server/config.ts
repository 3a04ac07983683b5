import path from 'node:path';
import { z } from 'zod';

/** Configuration comes from environment variables, parsed once at start-up (see README "Configuration"). */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  SESSION_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  DEMO_PEOPLE: z.coerce.number().int().min(10).max(100_000).default(400),
  DEMO_SEED: z.coerce.number().int().default(7),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().optional(),
  PUBLIC_URL: z.string().url().optional(),
  WARNING_SCAN_INTERVAL_MINUTES: z.coerce.number().int().min(0).default(1440),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Secure cookies need HTTPS; `auto` turns them on when the request came over HTTPS. */
  cookieSecure: 'true' | 'false' | 'auto';
  sessionHours: number;
  demoPeople: number;
  demoSeed: number;
  /** Sign-in attempts per minute per client address and e-mail. */
  loginRateLimit: number;
  /** Where the warning digest is sent through (`smtp://host:port`); absent: no e-mail, with a log line saying so. */
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /** The app's address for links in e-mails; default the server's own (http://HOST:PORT). */
  publicUrl: string;
  /** Minutes between periodic early-warning scans and digests; 0 turns them off. The first runs one interval after start. */
  warningScanIntervalMinutes: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most tools (DATABASE_URL= npm start uses PGlite).
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Tandem's configuration is invalid — ${problems}. See README "Configuration".`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.COOKIE_SECURE,
    sessionHours: e.SESSION_HOURS,
    demoPeople: e.DEMO_PEOPLE,
    demoSeed: e.DEMO_SEED,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST === '0.0.0.0' ? 'localhost' : e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    warningScanIntervalMinutes: e.WARNING_SCAN_INTERVAL_MINUTES,
  };
}
