import { en, type Dictionary } from './en.ts';
import { ms } from './ms.ts';
import { ru } from './ru.ts';
import { siteConfig } from '#src/config/site.ts';
import type { SupportedLocale } from '#src/schemas/site.ts';
import { langParams, localizePath, splitLocale } from '#src/lib/i18n/paths.ts';

/** A dictionary for every supported language: a language without one is a type error. */
export const dictionaries: Record<SupportedLocale, Dictionary> = { en, ms, ru };
export type Locale = SupportedLocale;
export const DEFAULT_LOCALE: Locale = 'en';

function isLocale(code: string): code is Locale {
  return Object.hasOwn(dictionaries, code);
}

/** The published languages, default first, as the site settings list them. */
export const LOCALES: readonly Locale[] = siteConfig.locales;

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

export { fill, formatDate, formatList, formatNumber, plural } from '#src/lib/i18n/format.ts';
