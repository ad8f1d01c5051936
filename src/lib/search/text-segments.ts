import { normalizeWord } from './words.ts';

/** A run of text, marked when it matched the query. Rendered as text nodes and <mark> elements. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

function pushSegment(segments: TextSegment[], text: string, marked: boolean): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last && last.marked === marked) last.text += text;
  else segments.push({ text, marked });
}

/**
 * Reads Pagefind's excerpt HTML, whose only tags are <mark> around matching words. Exactly `<mark>`
 * and `</mark>` are understood; anything else that looks like a tag stays literal text, so nothing
 * from the page or the query can ever become markup.
 */
export function parseExcerpt(html: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') marked = true;
    else if (tag === '</mark>') marked = false;
    else pushSegment(segments, decodeEntities(part), marked);
  }
  return segments;
}

/** Marks the words of plain `text` that start with one of the query words (for descriptions). */
export function highlightWords(text: string, queryWords: readonly string[]): TextSegment[] {
  const wanted = queryWords.map(normalizeWord).filter((word) => word.length >= 2);
  const segments: TextSegment[] = [];
  let position = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    const word = normalizeWord(match[0]);
    if (!wanted.some((query) => word.startsWith(query))) continue;
    pushSegment(segments, text.slice(position, match.index), false);
    pushSegment(segments, match[0], true);
    position = match.index + match[0].length;
  }
  pushSegment(segments, text.slice(position), false);
  return segments;
}
