import { parseSiteConfig } from '../lib/site/parse-site-config.ts';
import type { SupportedLocale } from '../schemas/site.ts';

/**
 * The help desk's settings. Change them here; the build checks every field. What readers see is
 * written in each published language.
 * `feedbackEndpoint` may also be set with the FEEDBACK_ENDPOINT environment variable at build time.
 */
export const siteConfig = parseSiteConfig({
  name: { en: 'Help Center', ms: 'Pusat Bantuan', ru: 'Центр помощи' },
  baseUrl: process.env['SITE_URL'] ?? 'http://localhost:4321',
  support: {
    email: 'help@helpdesk.invalid',
    phone: '+1 555 0100',
    hours: {
      en: 'Monday to Friday, 8:00 to 18:00',
      ms: 'Isnin hingga Jumaat, 8:00 hingga 18:00',
      ru: 'С понедельника по пятницу, с 8:00 до 18:00',
    },
  },
  feedbackEndpoint: process.env['FEEDBACK_ENDPOINT'] || undefined,
});

/** The settings' words in a reader's language (every published language has them: the build checks). */
export function siteText(locale: SupportedLocale): { name: string; hours: string } {
  return { name: siteConfig.name[locale] ?? '', hours: siteConfig.support.hours[locale] ?? '' };
}
