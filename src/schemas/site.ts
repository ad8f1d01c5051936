import { z } from 'astro/zod';

/** Languages the help center has dictionaries and content folders for. */
export const SUPPORTED_LOCALES = ['en', 'ms', 'ru'] as const;

const httpsOrLocalUrl = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' });

/** The help center's own settings: one file, checked when the site is built. */
export const SiteConfigSchema = z.strictObject({
  /** Name shown in the header, the title bar and link previews. */
  name: z.string().min(1, 'must not be empty'),
  /** Public address the site is served from, used for canonical links and the sitemap. */
  baseUrl: httpsOrLocalUrl,
  /** How readers reach a person when self-help is not enough. */
  support: z.strictObject({
    /** Help-desk email address; escalations and feedback without an endpoint go here. */
    email: z.email({ error: 'must be an email address such as help@your-company.com' }),
    /** Phone number as readers should dial it. */
    phone: z.string().min(3, 'must be a phone number'),
    /** Opening hours in plain words. */
    hours: z.string().min(1, 'must say when the help desk is open'),
    /** Web form where readers open a ticket; without one, the site's contact page is used. */
    ticketUrl: httpsOrLocalUrl.optional(),
  }),
  /**
   * Where feedback votes and flow events are sent with navigator.sendBeacon; none sends nothing.
   * A path such as /api/events (the collector behind the same host) or a full address.
   */
  feedbackEndpoint: z.union([httpsOrLocalUrl, z.string().regex(/^\/[^\s]*$/)], { error: 'must be a path such as /api/events or a full web address' }).optional(),
  /** Languages the site is published in; the first is the default and is served at the root. */
  locales: z.array(z.enum(SUPPORTED_LOCALES, { error: `must be one of ${SUPPORTED_LOCALES.join(', ')}` })).min(1),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;
export type SiteConfigInput = z.input<typeof SiteConfigSchema>;

/** Parses the site settings, or throws one message naming every wrong field and how to fix it. */
export function parseSiteConfig(input: unknown, file = 'src/config/site.ts'): SiteConfig {
  const result = SiteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(top level)';
    const hint = issue.code === 'unrecognized_keys' ? ' Hint: remove it, or check its spelling.' : '';
    return `  ${field}: ${issue.message}.${hint}`;
  });
  throw new Error(`${file} has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}:\n${lines.join('\n')}`);
}
