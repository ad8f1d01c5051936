import { describe, expect, it } from 'vitest';
import { loadSettings } from '../settings.ts';

describe('collector settings', () => {
  it('start from safe defaults: port 8787 on loopback, the dev site, SQLite under data/, no report', () => {
    expect(loadSettings({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      siteOrigin: 'http://localhost:4321',
      storage: { kind: 'sqlite', file: 'data/feedback.sqlite' },
      reportToken: undefined,
      commentRetentionDays: 90,
      rateLimitPerMinute: 120,
      trustProxy: false,
    });
  });

  it('choose PostgreSQL for a postgres:// DATABASE_URL and another SQLite file for file:', () => {
    expect(loadSettings({ DATABASE_URL: 'postgres://collector:secret@db.internal:5432/feedback' }).storage).toEqual({ kind: 'postgres', url: 'postgres://collector:secret@db.internal:5432/feedback' });
    expect(loadSettings({ DATABASE_URL: 'file:/var/lib/collector/feedback.sqlite' }).storage).toEqual({ kind: 'sqlite', file: '/var/lib/collector/feedback.sqlite' });
    expect(loadSettings({ DATABASE_URL: 'file:///srv/feedback.sqlite' }).storage).toEqual({ kind: 'sqlite', file: '/srv/feedback.sqlite' });
  });

  it('read numbers and the site origin from text, and treat empty variables as unset', () => {
    const settings = loadSettings({ PORT: '9000', SITE_ORIGIN: 'https://help.example.org/', COMMENT_RETENTION_DAYS: '30', RATE_LIMIT_PER_MINUTE: '', REPORT_TOKEN: 'a-long-enough-token-123' });
    expect(settings).toMatchObject({ port: 9000, siteOrigin: 'https://help.example.org', commentRetentionDays: 30, rateLimitPerMinute: 120, reportToken: 'a-long-enough-token-123' });
  });

  it('refuse to start with one message naming every wrong variable', () => {
    expect(() => loadSettings({ PORT: 'eighty', SITE_ORIGIN: 'https://help.example.org/articles', DATABASE_URL: 'mysql://db/feedback', REPORT_TOKEN: 'short', COMMENT_RETENTION_DAYS: '0' })).toThrow(
      [
        'The collector cannot start: 5 settings are wrong.',
        '  PORT must be a whole number from 0 to 65535.',
        '  SITE_ORIGIN must be an origin only (scheme, host and port), with no path, such as https://help.example.org.',
        '  DATABASE_URL must start with postgres:// (PostgreSQL) or file: (an SQLite file); leave it unset for data/feedback.sqlite.',
        '  REPORT_TOKEN must be at least 16 characters; make one with `openssl rand -hex 24`.',
        '  COMMENT_RETENTION_DAYS must be a whole number from 1 to 3650.',
      ].join('\n'),
    );
  });
});
