/**
 * Words with numbers, dates and lists in a reader's language: the one place the site and its
 * browser code fill placeholders, pick plural forms and join lists. Pure, so the search island can
 * import it without the dictionaries or the site settings.
 */

/** A message in every plural form a language may need; `other` is the fallback. */
export type PluralForms = { readonly zero?: string; readonly one?: string; readonly two?: string; readonly few?: string; readonly many?: string; readonly other: string };

/** Fills `{name}` placeholders; a value is inserted as given, never read as a pattern. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

/** One formatter per language and kind: building an Intl formatter costs far more than using one, and every page formats. */
const formatters = new Map<string, unknown>();
function cached<F>(key: string, make: () => F): F {
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as F;
}

/** A number with the language's digit grouping and decimal sign: "1 234,5" in Russian. */
export function formatNumber(value: number, locale: string): string {
  return cached(`number ${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** A date as the language writes it, e.g. "23 November 2026", "23 ноября 2026 г.". */
export function formatDate(date: Date, locale: string): string {
  return cached(`date ${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

/**
 * Picks the plural form the language needs for `count` ("1 результат", "2 результата", "5 результатов",
 * "1,5 результата") and fills `{count}` and any other placeholders.
 */
export function plural(forms: PluralForms, count: number, locale: string, values: Readonly<Record<string, string | number>> = {}): string {
  const rule = cached(`plural ${locale}`, () => new Intl.PluralRules(locale)).select(count);
  return fill(forms[rule] ?? forms.other, { ...values, count: formatNumber(count, locale) });
}

/** "Windows, macOS and iOS", "Windows, macOS и iOS": a list joined as the language joins one. */
export function formatList(items: readonly string[], locale: string): string {
  return cached(`list ${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}
