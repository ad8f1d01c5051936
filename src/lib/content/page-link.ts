/** A link to an article or troubleshooter as a list shows it, in the reader's language. */
export interface PageLink {
  href: string;
  title: string;
  description?: string;
  /** False when the page is shown in English because it has no translation yet. */
  translated?: boolean;
}
