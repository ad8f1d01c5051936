/**
 * Where each language lives: the default language at the root, the others under /<code>/.
 * Pure functions over a list of locale codes, so they can be tested without the site config.
 */

/** The page's address in another language: `/articles/x/` → `/ms/articles/x/`. */
export function localizePath(path: string, locale: string, defaultLocale: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === defaultLocale ? clean : `/${locale}${clean}`;
}

/** The language a path belongs to and the path without its language prefix. */
export function splitLocale(pathname: string, locales: readonly string[], defaultLocale: string): { locale: string; path: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  if (match && match[1] !== defaultLocale && locales.includes(match[1] ?? '')) return { locale: match[1] ?? defaultLocale, path: match[2] ?? '/' };
  return { locale: defaultLocale, path: pathname };
}

/** `getStaticPaths` params for a `[...lang]` route: no prefix for the default language. */
export function langParams(locales: readonly string[], defaultLocale: string): Array<{ lang: string | undefined }> {
  return locales.map((locale) => ({ lang: locale === defaultLocale ? undefined : locale }));
}
