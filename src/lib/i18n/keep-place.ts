/**
 * Sections across languages: the same article keeps the same headings in the same order in every
 * language (the writing guide asks for it), so the n-th heading here is the n-th heading there.
 */

/** The place of a heading among the page's headings, or undefined for no section or an unknown one. */
export function headingIndex(ids: readonly string[], id: string): number | undefined {
  if (!id) return undefined;
  const index = ids.indexOf(id);
  return index === -1 ? undefined : index;
}

/** The id of the heading at that place here, if the page has that many. */
export function headingIdAt(ids: readonly string[], index: number): string | undefined {
  return Number.isInteger(index) && index >= 0 ? ids[index] : undefined;
}
