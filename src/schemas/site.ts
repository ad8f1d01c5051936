import { z } from 'astro/zod';

/** Languages the help center has dictionaries and content folders for: the one list of them. */
export const SUPPORTED_LOCALES = ['en', 'ms', 'ru'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const httpsOrLocalUrl = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' });

/** Words readers see, written once per language: `{ en: 'Help Center', ms: 'Pusat Bantuan' }`. */
export const LocalizedTextSchema = z.partialRecord(z.enum(SUPPORTED_LOCALES), z.string().min(1, 'must not be empty'));

/** The help center's own settings: one file, checked when the site is built. */
export const SiteConfigSchema = z.strictObject({
  /** Name shown in the header, the title bar and link previews, in each published language. */
  name: LocalizedTextSchema,
  /** Public address the site is served from, used for canonical links and the sitemap. */
  baseUrl: httpsOrLocalUrl,
  /** How readers reach a person when self-help is not enough. */
  support: z.strictObject({
    /** Help-desk email address; escalations and feedback without an endpoint go here. */
    email: z.email({ error: 'must be an email address such as help@your-company.com' }),
    /** Phone number as readers should dial it. */
    phone: z.string().min(3, 'must be a phone number'),
    /** Opening hours in plain words, in each published language. */
    hours: LocalizedTextSchema,
    /** Web form where readers open a ticket; without one, the site's contact page is used. */
    ticketUrl: httpsOrLocalUrl.optional(),
  }),
  /**
   * Where feedback votes and flow events are sent with navigator.sendBeacon; none sends nothing.
   * A path such as /api/events (the collector behind the same host) or a full address.
   */
  feedbackEndpoint: z.union([httpsOrLocalUrl, z.string().regex(/^\/[^\s]*$/)], { error: 'must be a path such as /api/events or a full web address' }).optional(),
  /** Languages the site is published in, default first; every language with a dictionary when left out. */
  locales: z.array(z.enum(SUPPORTED_LOCALES)).min(1).default([...SUPPORTED_LOCALES]),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;
export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
