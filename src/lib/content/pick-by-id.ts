/** Entries in the order of `ids`; an id with no entry fails the build, naming the list it came from. */
export function pickById<T extends { id: string }>(ids: readonly string[], entries: readonly T[], listName: string): T[] {
  return ids.map((id) => {
    const entry = entries.find((e) => e.id === id);
    if (!entry) throw new Error(`${listName} names "${id}", but there is no such entry. Hint: use the file name without its extension, or remove it.`);
    return entry;
  });
}
