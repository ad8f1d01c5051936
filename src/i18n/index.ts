import { en, type Dictionary } from './en.ts';

/** Languages with a dictionary. The site config chooses which of them are published. */
export const dictionaries = { en } satisfies Record<string, Dictionary>;
export type Locale = keyof typeof dictionaries;
export const DEFAULT_LOCALE: Locale = 'en';

/** The dictionary for a page's language. */
export function useTranslations(locale: Locale = DEFAULT_LOCALE): Dictionary {
  return dictionaries[locale];
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
export function plural(forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }, count: number, locale: Locale = DEFAULT_LOCALE): string {
  const rule = new Intl.PluralRules(locale).select(count);
  return fill(forms[rule] ?? forms.other, { count: formatNumber(count, locale) });
}
