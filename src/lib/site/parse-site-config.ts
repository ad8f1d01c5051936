import { SiteConfigSchema, type LocalizedText, type SiteConfig } from '../../schemas/site.ts';
import { countOf, locate, ProblemsError, type PathProblem } from '../problems/problem.ts';
import { problemsFromZod, type Vocabulary } from '../problems/zod-problems.ts';

const EXAMPLES: Record<string, string> = {
  name: "name: { en: 'Help Center', ms: 'Pusat Bantuan', ru: 'Центр помощи' }",
  baseUrl: "baseUrl: 'https://help.example.org'",
  email: "email: 'help@your-company.com'",
  phone: "phone: '+1 555 0100'",
  hours: "hours: { en: 'Monday to Friday, 8:00 to 18:00', ms: 'Isnin hingga Jumaat, 8:00 hingga 18:00' }",
  ticketUrl: "ticketUrl: 'https://tickets.your-company.com/new'",
  feedbackEndpoint: "feedbackEndpoint: '/api/events'",
  locales: "locales: ['en', 'ms', 'ru']",
};

const SITE_VOCABULARY: Vocabulary = {
  objectAt: (path) => {
    if (path[0] === 'support' && path.length === 1) return { name: 'support block', fields: Object.keys(SiteConfigSchema.shape.support.shape) };
    if (path.at(-1) === 'name' || path.at(-1) === 'hours') return { name: 'list of languages', fields: ['en', 'ms', 'ru'] };
    return { name: 'site setting', fields: Object.keys(SiteConfigSchema.shape) };
  },
  exampleFor: (path) => EXAMPLES[String(path.find((key) => typeof key === 'string' && key in EXAMPLES))],
  nounFor: (path) => (path.includes('locales') || path.includes('name') || path.includes('hours') ? 'language' : undefined),
  readMore: 'see the comments in src/config/site.ts.',
};

/** Every published language needs the words readers see in it. */
function missingTranslations(config: SiteConfig): PathProblem[] {
  const texts: Array<[readonly PropertyKey[], LocalizedText]> = [[['name'], config.name], [['support', 'hours'], config.support.hours]];
  return texts.flatMap(([path, text]) => config.locales.filter((locale) => !text[locale]).map((locale) => ({
    path: [...path, locale],
    message: `has no text in "${locale}", a published language.`,
    hint: `add it: ${String(path.at(-1))}: { ${config.locales.map((l) => `${l}: '…'`).join(', ')} }.`,
  })));
}

/** Parses the site settings, or throws one message naming every wrong field and how to fix it. */
export function parseSiteConfig(input: unknown, file = 'src/config/site.ts'): SiteConfig {
  const result = SiteConfigSchema.safeParse(input);
  const problems = result.success ? missingTranslations(result.data) : problemsFromZod(result.error.issues, input, SITE_VOCABULARY);
  if (problems.length > 0 || !result.success) throw new ProblemsError(`${file} has ${countOf(problems.length, 'problem')}:`, locate(problems, file));
  return result.data;
}
