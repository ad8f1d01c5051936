/** The contact page's address with the page a reader comes from, for readers without JavaScript or storage. */
export function contactPath(contactPage: string, fromPage: string): string {
  return `${contactPage}?from=${encodeURIComponent(fromPage)}`;
}

/** The `from` page of a contact address, when it is one of this site's paths; anything else is ignored. */
export function fromPage(search: string): string | undefined {
  const from = new URLSearchParams(search).get('from');
  return from && /^\/(?!\/)[^\s]{0,500}$/.test(from) ? from : undefined;
}
