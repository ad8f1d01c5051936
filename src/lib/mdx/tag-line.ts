import { componentTags } from './component-tags.ts';

/** `text` as a regular expression that matches it literally. */
const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The line of a component's tag in an MDX file, for a problem in its props: the first `<Name` whose
 * `prop="value"` is the wrong value, else the only `<Name` in the file; undefined when the text
 * cannot tell which tag it is (several, none with the value as written, or a tag split over lines).
 */
export function tagLine(source: string, component: string, prop?: string, value?: unknown): number | undefined {
  const lines = source.split('\n');
  const tags = componentTags(source).filter(({ name }) => name === component).map(({ line }) => line);
  if (prop !== undefined && typeof value === 'string') {
    const attribute = new RegExp(`(^|\\s)${literally(prop)}=(["'])${literally(value)}\\2`);
    const matching = tags.find((line) => attribute.test(lines[line - 1] ?? ''));
    if (matching !== undefined) return matching;
  }
  return tags.length === 1 ? tags[0] : undefined;
}
