import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '#src/lib/site/parse-site-config.ts';

const valid = {
  name: { en: 'Help Center' },
  baseUrl: 'https://help.test',
  support: { email: 'help@help.test', phone: '+1 555 0100', hours: { en: 'Mon–Fri 8–18' } },
  locales: ['en'],
};

describe('site configuration', () => {
  it('accepts a complete configuration, publishing every language when none are listed', () => {
    expect(parseSiteConfig(valid).support.email).toBe('help@help.test');
    const everyLanguage = { ...valid, locales: undefined, name: { en: 'Help', ms: 'Bantuan', ru: 'Помощь' }, support: { ...valid.support, hours: { en: '8–18', ms: '8–18', ru: '8–18' } } };
    expect(parseSiteConfig(everyLanguage).locales).toEqual(['en', 'ms', 'ru']);
  });

  it('fails with every wrong field named and what would fix it', () => {
    expect(() => parseSiteConfig({ ...valid, baseUrl: 'help.test', support: { ...valid.support, email: 'not-an-email' }, colour: 'blue' }))
      .toThrow(
        'src/config/site.ts has 3 problems:\n' +
          '  src/config/site.ts baseUrl: "help.test": must be a full web address starting with https://. Hint: write it like this: baseUrl: \'https://help.example.org\'\n' +
          '  src/config/site.ts support.email: "not-an-email": must be an email address such as help@your-company.com. Hint: write it like this: email: \'help@your-company.com\'\n' +
          '  src/config/site.ts colour: "colour" is not a field of a site setting. Hint: A site setting can have: name, baseUrl, support, feedbackEndpoint, locales.',
      );
  });

  it('asks for the words readers see in every published language', () => {
    expect(() => parseSiteConfig({ ...valid, locales: ['en', 'ru'], name: { en: 'Help Center', ru: 'Центр помощи' } }))
      .toThrow('src/config/site.ts support.hours.ru: has no text in "ru", a published language. Hint: add it: hours: { en: \'…\', ru: \'…\' }.');
  });
});
