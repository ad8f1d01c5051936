import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '#src/lib/problems/problem.ts';
import { findUntranslatedStrings, lineOfKey } from '../../../tools/check/untranslated-strings.ts';
import { en } from '../../fixtures/check/valid-site/src/i18n/en.ts';
import { ms, sameAsEnglish } from '../../fixtures/check/untranslated-strings/src/i18n/ms.ts';
import { FIXTURES } from './fixture-project.ts';

const FILE = 'src/i18n/ms.ts';
const source = readFileSync(join(FIXTURES, 'untranslated-strings', FILE), 'utf8');

describe('interface strings in other languages', () => {
  it('reports missing, empty and still-English strings, but not those marked the same as English', () => {
    const problems = findUntranslatedStrings(en, { file: FILE, lang: 'ms', strings: ms, sameAsEnglish, source }).map(formatProblem);
    expect(problems).toEqual([
      `${FILE}:5 site.home: is still the English text "Home". Hint: translate it; if it really is the same in ms (a product name, for example), add 'site.home' to export const sameAsEnglish in this file.`,
      `${FILE}:5 site.skipToContent: is empty: the English is "Skip to main content". Hint: write the translation between the quotes.`,
      `${FILE} search.results.one: is missing: the English is "{count} result". Hint: add search.results.one to the ms dictionary, translated.`,
    ]);
  });

  it('passes a complete translation', () => {
    const complete = { site: { home: 'Laman utama', skipToContent: 'Langkau ke kandungan utama' }, platforms: { windows: 'Windows', macos: 'macOS' }, search: { results: { one: '{count} hasil', other: '{count} hasil' } } };
    expect(findUntranslatedStrings(en, { file: FILE, lang: 'ms', strings: complete, sameAsEnglish, source: '' })).toEqual([]);
  });

  it('finds the line of a nested key', () => {
    expect(lineOfKey(source, ['search', 'results', 'other'])).toBe(7);
    expect(lineOfKey(source, ['search', 'results', 'few'])).toBeUndefined();
  });
});
