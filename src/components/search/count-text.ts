/**
 * "3 results for “printer”" in the page's language. A copy of the dictionary's plural rule in a few
 * lines, because importing `~/i18n` here would bring the site config and Zod into the browser.
 */
export function countText(forms: { one?: string; other: string }, count: number, locale: string, values: Record<string, string> = {}): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? forms.one ?? forms.other : forms.other;
  return fillText(form, { ...values, count: new Intl.NumberFormat(locale).format(count) });
}

/** Fills `{name}` placeholders; a value is inserted as given, never read as a pattern. */
export function fillText(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
