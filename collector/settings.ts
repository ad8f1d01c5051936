import { z } from 'astro/zod';

/** Where events are kept: the embedded SQLite file, or a PostgreSQL server shared by several instances. */
export type StorageSettings = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

const DEFAULT_SQLITE_FILE = 'data/feedback.sqlite';

const wholeNumber = (name: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number from ${min} to ${max}` })
    .int({ error: `${name} must be a whole number from ${min} to ${max}` })
    .min(min, { error: `${name} must be a whole number from ${min} to ${max}` })
    .max(max, { error: `${name} must be a whole number from ${min} to ${max}` })
    .default(fallback);

/** The collector's environment variables, each with the message shown when it is wrong. */
const EnvironmentSchema = z.object({
  /** TCP port to listen on; 0 picks a free one (tests). */
  PORT: wholeNumber('PORT', 0, 65_535, 8787),
  /** Address to listen on. Loopback by default: put a reverse proxy in front, or set 0.0.0.0 deliberately. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** The help center's origin, the only one allowed to send events. */
  SITE_ORIGIN: z
    .url({ protocol: /^https?$/, error: 'SITE_ORIGIN must be the site\'s origin, such as https://help.example.org' })
    .refine((value) => new URL(value).origin === value.replace(/\/$/, ''), { error: 'SITE_ORIGIN must be an origin only (scheme, host and port), with no path, such as https://help.example.org' })
    .transform((value) => new URL(value).origin)
    .default('http://localhost:4321'),
  /** postgres://… for PostgreSQL; file:/path/to/feedback.sqlite for another SQLite file; unset for data/feedback.sqlite. */
  DATABASE_URL: z
    .string()
    .regex(/^(postgres|postgresql|file):/, { error: 'DATABASE_URL must start with postgres:// (PostgreSQL) or file: (an SQLite file); leave it unset for data/feedback.sqlite' })
    .optional(),
  /** Secret that opens the report; without it the report is switched off. */
  REPORT_TOKEN: z.string().min(16, { error: 'REPORT_TOKEN must be at least 16 characters; make one with `openssl rand -hex 24`' }).optional(),
  /** Days comments are kept before they are deleted. */
  COMMENT_RETENTION_DAYS: wholeNumber('COMMENT_RETENTION_DAYS', 1, 3650, 90),
  /** Events one address may send per minute (a token bucket: that many at once, refilled evenly). */
  RATE_LIMIT_PER_MINUTE: wholeNumber('RATE_LIMIT_PER_MINUTE', 1, 100_000_000, 120),
  /** "true" behind a reverse proxy or load balancer: rate-limit by the address it puts last in X-Forwarded-For. */
  TRUST_PROXY: z.enum(['true', 'false'], { error: 'TRUST_PROXY must be true or false' }).default('false'),
});

export interface CollectorSettings {
  port: number;
  host: string;
  siteOrigin: string;
  storage: StorageSettings;
  /** Undefined: the report is switched off. */
  reportToken: string | undefined;
  commentRetentionDays: number;
  rateLimitPerMinute: number;
  trustProxy: boolean;
}

function storageFrom(databaseUrl: string | undefined): StorageSettings {
  if (!databaseUrl) return { kind: 'sqlite', file: DEFAULT_SQLITE_FILE };
  if (databaseUrl.startsWith('file:')) return { kind: 'sqlite', file: databaseUrl.startsWith('file://') ? new URL(databaseUrl).pathname : databaseUrl.slice('file:'.length) };
  return { kind: 'postgres', url: databaseUrl };
}

/**
 * Reads the settings from environment variables, or throws one message naming every wrong
 * variable. Empty variables count as unset, as `PORT= npm run collector` means.
 */
export function loadSettings(environment: Record<string, string | undefined>): CollectorSettings {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const result = EnvironmentSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.message}.`);
    throw new Error(`The collector cannot start: ${lines.length === 1 ? 'a setting is' : `${lines.length} settings are`} wrong.\n${lines.join('\n')}`);
  }
  const env = result.data;
  return {
    port: env.PORT,
    host: env.HOST,
    siteOrigin: env.SITE_ORIGIN,
    storage: storageFrom(env.DATABASE_URL),
    reportToken: env.REPORT_TOKEN,
    commentRetentionDays: env.COMMENT_RETENTION_DAYS,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    trustProxy: env.TRUST_PROXY === 'true',
  };
}
