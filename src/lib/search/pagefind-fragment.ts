/**
 * Reads the text of the pages Pagefind indexed from its fragment files, so the vocabulary used for
 * spelling correction holds exactly the words search can find.
 */

const SIGNATURE = 'pagefind_dcd';

interface FragmentLike {
  content: string;
  meta?: Record<string, string>;
}

function isFragment(value: unknown): value is FragmentLike {
  return typeof value === 'object' && value !== null && 'content' in value && typeof value.content === 'string';
}

/**
 * The indexed text (content and metadata values, less the fields in `unscored`) of one decompressed fragment file: one page, or
 * several when Pagefind bundles fragments together. Throws when the file is not what Pagefind 1.x
 * writes, so a format change fails the build instead of shipping an empty vocabulary.
 */
export function fragmentTexts(decompressed: Uint8Array, file: string, unscored: readonly string[] = []): string[] {
  const text = new TextDecoder().decode(decompressed);
  if (!text.startsWith(SIGNATURE)) {
    throw new Error(`${file} does not start with Pagefind's "${SIGNATURE}" signature: has Pagefind's fragment format changed?`);
  }
  const data: unknown = JSON.parse(text.slice(SIGNATURE.length));
  const fragments = isFragment(data) ? [data] : Object.values(data ?? {}).filter(isFragment);
  if (fragments.length === 0) throw new Error(`${file} holds no page text that this build understands.`);
  return fragments.flatMap((fragment) => [
    fragment.content,
    ...Object.entries(fragment.meta ?? {}).filter(([field]) => !unscored.includes(field)).map(([, value]) => value),
  ]);
}
