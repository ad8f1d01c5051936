import { parseSiteConfig } from '#src/schemas/site.ts';

/**
 * The help desk's settings. Change them here; the build checks every field.
 * `feedbackEndpoint` may also be set with the FEEDBACK_ENDPOINT environment variable at build time.
 */
export const siteConfig = parseSiteConfig({
  name: 'Help Center',
  baseUrl: process.env['SITE_URL'] ?? 'http://localhost:4321',
  support: {
    email: 'help@helpdesk.invalid',
    phone: '+1 555 0100',
    hours: 'Monday to Friday, 8:00 to 18:00',
  },
  feedbackEndpoint: process.env['FEEDBACK_ENDPOINT'] || undefined,
  locales: ['en', 'ms', 'ru'],
});
