import { localizePath, splitLocale } from '#src/lib/i18n/paths.ts';

/**
 * The address a page is saved under: without its query or fragment, because a flow keeps its
 * answers and the search page its query there, and the page itself is the same for every answer.
 */
export function pageAddress(url: string | URL): string {
  const address = new URL(url);
  address.search = '';
  address.hash = '';
  return address.href;
}

/** The built file behind a page address: `/troubleshoot/x/?a=b` → `/troubleshoot/x/index.html`. */
export function builtFileFor(url: string | URL): string {
  const file = new URL(pageAddress(url));
  if (file.pathname.endsWith('/')) file.pathname += 'index.html';
  return file.href;
}

/** The offline page in the language of an address: `/ms/tags/x/` → `/ms/offline/index.html`. */
export function offlinePageFor(url: string | URL, locales: readonly string[], defaultLocale: string): string {
  const address = new URL(url);
  const { locale } = splitLocale(address.pathname, locales, defaultLocale);
  return new URL(localizePath('/offline/index.html', locale, defaultLocale), address.origin).href;
}
