import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { Parser } from 'htmlparser2';
import { en } from '../../src/i18n/en.ts';
import { ms, sameAsEnglish as msSame } from '../../src/i18n/ms.ts';
import { ru, sameAsEnglish as ruSame } from '../../src/i18n/ru.ts';

/**
 * No English interface text on a Malay or Russian page: every built page under /ms/ and /ru/ is read
 * from dist/ and each piece of text a reader sees or hears (text, and the alt, title, placeholder
 * and aria-label attributes) is compared with the English dictionary. Code, commands and quoted
 * labels (<code>, <kbd>, <pre>, <strong>) are left out: a Malay article may quote an English screen.
 * So is text marked as another language (`lang="en"`), such as "English" in the language menu.
 */
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const SKIPPED = new Set(['script', 'style', 'code', 'kbd', 'pre', 'strong', 'b', 'title']);
const SPOKEN_ATTRIBUTES = ['alt', 'title', 'placeholder', 'aria-label'];

/** Every string of a dictionary, by its key path (`search.placeholder`). */
function strings(dictionary: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof dictionary === 'string') found.set(prefix, dictionary);
  else if (typeof dictionary === 'object' && dictionary !== null) {
    for (const [key, value] of Object.entries(dictionary)) for (const [path, text] of strings(value, prefix ? `${prefix}.${key}` : key)) found.set(path, text);
  }
  return found;
}

/**
 * What would give English away: each English string the language translates, as the pieces between
 * its placeholders ("{count} results for “{query}”" → "results for “"), long enough to be telling.
 */
function englishPieces(translated: unknown, same: readonly string[]): Array<{ key: string; piece: string }> {
  const theirs = strings(translated);
  const pieces: Array<{ key: string; piece: string }> = [];
  for (const [key, text] of strings(en)) {
    if (same.includes(key) || theirs.get(key) === text) continue;
    for (const piece of text.split(/\{\w+\}/)) {
      const trimmed = piece.trim();
      if (/\p{L}{3,}/u.test(trimmed)) pieces.push({ key, piece: trimmed });
    }
  }
  return pieces;
}

/** The text a reader meets on a page in its own language: text nodes and spoken attributes, outside code and quoted labels. */
function readerText(html: string, language: string): string[] {
  const texts: string[] = [];
  let skipping = 0;
  const languages: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      languages.push(attributes['lang'] ?? languages.at(-1) ?? language);
      if (SKIPPED.has(name) || skipping > 0 || languages.at(-1) !== language) skipping += 1;
      if (skipping > 0) return;
      for (const attribute of SPOKEN_ATTRIBUTES) if (attributes[attribute]) texts.push(attributes[attribute]);
    },
    ontext(text) {
      if (skipping === 0 && text.trim() !== '') texts.push(text.replace(/\s+/g, ' ').trim());
    },
    onclosetag() {
      languages.pop();
      if (skipping > 0) skipping -= 1;
    },
  }, { decodeEntities: true });
  parser.end(html);
  return texts;
}

function pagesUnder(language: string): string[] {
  return readdirSync(join(DIST, language), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).map((file) => join(DIST, language, file));
}

for (const [language, dictionary, same] of [['ms', ms, msSame], ['ru', ru, ruSame]] as const) {
  test(`no English interface text on any ${language === 'ms' ? 'Malay' : 'Russian'} page`, () => {
    const pieces = englishPieces(dictionary, same);
    const pages = pagesUnder(language);
    expect(pages.length).toBeGreaterThan(200);
    const leaks = new Set<string>();
    for (const page of pages) {
      for (const text of readerText(readFileSync(page, 'utf8'), language)) {
        for (const { key, piece } of pieces) {
          // A piece of one word ("Copy", ", page") gives English away only as the whole text; a longer one anywhere in it.
          const words = piece.match(/\p{L}{3,}/gu) ?? [];
          if (words.length < 2 ? text.replace(/^\W+|\W+$/gu, '') === piece.replace(/^\W+|\W+$/gu, '') : text.includes(piece)) leaks.add(`${page.slice(DIST.length - 1)}: "${piece}" (en.${key}) in "${text.slice(0, 80)}"`);
        }
      }
    }
    expect([...leaks].slice(0, 30)).toEqual([]);
  });
}
