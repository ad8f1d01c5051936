import { describe, expect, it } from 'vitest';
import { fill, formatList, plural } from '#src/lib/i18n/format.ts';
import { ru } from '#src/i18n/ru.ts';
import { ms } from '#src/i18n/ms.ts';
import { en } from '#src/i18n/en.ts';

describe('counts in the reader\'s language', () => {
  it('uses every Russian plural form: 1, 2, 5, 11, 21, 22, 25 and a fraction', () => {
    const forms = ru.search.results;
    const said = (count: number) => plural(forms, count, 'ru', { query: 'принтер' });
    expect(said(1)).toBe('1 результат по запросу «принтер»');
    expect(said(2)).toBe('2 результата по запросу «принтер»');
    expect(said(5)).toBe('5 результатов по запросу «принтер»');
    expect(said(11)).toBe('11 результатов по запросу «принтер»');
    expect(said(21)).toBe('21 результат по запросу «принтер»');
    expect(said(22)).toBe('22 результата по запросу «принтер»');
    expect(said(25)).toBe('25 результатов по запросу «принтер»');
    expect(said(1.5)).toBe('1,5 результата по запросу «принтер»');
  });

  it('counts in English and Malay, with each language\'s digit grouping', () => {
    expect(plural(en.article.minutes, 1, 'en')).toBe('1 minute');
    expect(plural(en.article.minutes, 12, 'en')).toBe('12 minutes');
    expect(plural(ms.home.articleCount, 1200, 'ms')).toBe('1,200 artikel');
    expect(plural(ru.home.articleCount, 1200, 'ru')).toMatch(/^1\u00a0200 /);
  });

  it('joins lists the way each language does', () => {
    expect(formatList(['Windows', 'macOS', 'iOS'], 'en')).toBe('Windows, macOS, and iOS');
    expect(formatList(['Веб', 'iPhone и iPad', 'Android'], 'ru')).toBe('Веб, iPhone и iPad и Android');
    expect(formatList(['Windows', 'macOS'], 'ms')).toBe('Windows dan macOS');
  });

  it('fills placeholders with the value as given, never as a pattern', () => {
    expect(fill('Results for {query}', { query: '$& {query} <b>' })).toBe('Results for $& {query} <b>');
    expect(fill('{missing} stays', {})).toBe('{missing} stays');
  });
});
