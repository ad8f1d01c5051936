import { en, type Dictionary, type PluralForms } from './en.ts';
import { ms } from './ms.ts';
import { ru } from './ru.ts';
import { siteConfig } from '#src/config/site.ts';
import { langParams, localizePath, splitLocale } from '#src/lib/i18n/paths.ts';

/** Languages with a dictionary. The site config chooses which of them are published. */
export const dictionaries = { en, ms, ru } satisfies Record<string, Dictionary>;
export type Locale = keyof typeof dictionaries;
export const DEFAULT_LOCALE: Locale = 'en';

function isLocale(code: string): code is Locale {
  return Object.hasOwn(dictionaries, code);
}

/** The published languages, default first; a published language without a dictionary fails the build. */
export const LOCALES: readonly Locale[] = siteConfig.locales.map((code) => {
  if (!isLocale(code)) throw new Error(`src/config/site.ts → locales: "${code}" has no dictionary. Hint: add src/i18n/${code}.ts and list it in src/i18n/index.ts.`);
  return code;
});

/** The dictionary for a page's language. */
export function useTranslations(locale: Locale = DEFAULT_LOCALE): Dictionary {
  return dictionaries[locale];
}

/** The page's address in a language: `/articles/x/` → `/ms/articles/x/`. */
export function localize(path: string, locale: Locale): string {
  return localizePath(path, locale, DEFAULT_LOCALE);
}

/** The language of an address and the address in the default language. */
export function pageLocale(pathname: string): { locale: Locale; path: string } {
  const { locale, path } = splitLocale(pathname, LOCALES, DEFAULT_LOCALE);
  return { locale: isLocale(locale) ? locale : DEFAULT_LOCALE, path };
}

/** `getStaticPaths` params for a `[...lang]` route, one per published language. */
export function langPaths(): Array<{ params: { lang: string | undefined }; props: { locale: Locale } }> {
  return langParams(LOCALES, DEFAULT_LOCALE).map(({ lang }) => ({ params: { lang }, props: { locale: isLocale(lang ?? '') ? (lang as Locale) : DEFAULT_LOCALE } }));
}

/** Fills `{name}` placeholders in a dictionary string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A date as the page's language writes it, e.g. "23 November 2026". */
export function formatDate(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A number with the page's language's digit grouping. */
export function formatNumber(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** Picks the plural form the language needs for `count` ("1 article", "5 articles") and fills it. */
export function plural(forms: PluralForms, count: number, locale: Locale = DEFAULT_LOCALE): string {
  const rule = new Intl.PluralRules(locale).select(count);
  return fill(forms[rule] ?? forms.other, { count: formatNumber(count, locale) });
}
