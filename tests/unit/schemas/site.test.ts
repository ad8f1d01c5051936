import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '#src/schemas/site.ts';

const valid = {
  name: 'Help Center',
  baseUrl: 'https://help.test',
  support: { email: 'help@help.test', phone: '+1 555 0100', hours: 'Mon–Fri 8–18' },
  locales: ['en'],
};

describe('site configuration', () => {
  it('accepts a complete configuration', () => {
    expect(parseSiteConfig(valid).support.email).toBe('help@help.test');
  });

  it('fails with every wrong field named and what would fix it', () => {
    expect(() => parseSiteConfig({ ...valid, baseUrl: 'help.test', support: { ...valid.support, email: 'not-an-email' }, colour: 'blue' }))
      .toThrow(
        'src/config/site.ts has 3 problems:\n' +
          '  baseUrl: must be a full web address starting with https://.\n' +
          '  support.email: must be an email address such as help@your-company.com.\n' +
          '  (top level): Unrecognized key: "colour". Hint: remove it, or check its spelling.',
      );
  });
});
