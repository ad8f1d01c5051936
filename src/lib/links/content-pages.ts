/**
 * Where each article and troubleshooter file is served, in every language: the one mapping the
 * build's link check, `npm run check` and the URL manifest share.
 */

/** A page and the content file it shows: its translation, else the English original. */
export interface ContentPage {
  address: string;
  file: string;
}

/**
 * `src/content/articles/networking/flush-dns.mdx` is `flush-dns` at `/articles/flush-dns/`; a
 * translation `…/articles/ms/networking/flush-dns.mdx` keeps the id and is served at `/ms/articles/flush-dns/`.
 */
export function articleLocation(file: string): { id: string; folder: string; page: string; language: string | undefined } {
  const parts = file.replace(/^(?:.*\/)?src\/content\/articles\//, '').split('/');
  const id = (parts.at(-1) ?? file).replace(/\.mdx$/, '');
  const language = parts.length > 2 ? parts[0] : undefined;
  return { id, folder: parts.at(-2) ?? '', page: `${language ? `/${language}` : ''}/articles/${id}/`, language };
}

/** `src/flows/no-internet.yaml` is `no-internet` at `/troubleshoot/no-internet/`; `src/flows/ms/…` at `/ms/troubleshoot/…`. */
export function flowLocation(file: string): { id: string; page: string; language: string | undefined } {
  const parts = file.replace(/^(?:.*\/)?src\/flows\//, '').split('/');
  const id = (parts.at(-1) ?? file).replace(/\.ya?ml$/, '');
  const language = parts.length > 1 ? parts[0] : undefined;
  return { id, page: `${language ? `/${language}` : ''}/troubleshoot/${id}/`, language };
}

/** Every language's page for each English original, showing the translation where there is one. */
function pagesIn(
  files: readonly string[],
  locate: (file: string) => { id: string; language: string | undefined },
  address: (id: string, prefix: string) => string,
  locales: readonly string[],
  defaultLocale: string,
): ContentPage[] {
  const translations = new Map<string, string>();
  const originals: Array<{ id: string; file: string }> = [];
  for (const file of files) {
    const { id, language } = locate(file);
    if (language === undefined) originals.push({ id, file });
    else translations.set(`${language}/${id}`, file);
  }
  return originals.flatMap(({ id, file }) => locales.map((locale) => ({
    address: address(id, locale === defaultLocale ? '' : `/${locale}`),
    file: (locale === defaultLocale ? undefined : translations.get(`${locale}/${id}`)) ?? file,
  })));
}

export function articlePages(files: readonly string[], locales: readonly string[], defaultLocale: string): ContentPage[] {
  return pagesIn(files, articleLocation, (id, prefix) => `${prefix}/articles/${id}/`, locales, defaultLocale);
}

export function flowPages(files: readonly string[], locales: readonly string[], defaultLocale: string): ContentPage[] {
  return pagesIn(files, flowLocation, (id, prefix) => `${prefix}/troubleshoot/${id}/`, locales, defaultLocale);
}
