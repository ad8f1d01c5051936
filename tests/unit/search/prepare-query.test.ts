import { describe, expect, it } from 'vitest';
import { prepareQuery } from '#src/lib/search/prepare-query.ts';
import { stopWordsFor } from '#src/lib/search/stop-words.ts';

describe('prepareQuery: what is left of a question once the stop words are gone', () => {
  it('drops the words every page has, keeping the reader’s order', () => {
    const prepared = prepareQuery('Why is my computer so slow?', 'en');
    expect(prepared.words).toEqual(['computer', 'slow']);
    expect(prepared.dropped).toEqual(['why', 'is', 'my', 'so']);
    expect(prepared.phrase).toEqual(['why', 'is', 'my', 'computer', 'so', 'slow']);
  });

  it('keeps negations, because "no sound" is not "sound"', () => {
    expect(prepareQuery('no sound', 'en').words).toEqual(['no', 'sound']);
    expect(prepareQuery("printer won't print", 'en').words).toEqual(['printer', "won't", 'print']);
  });

  it('keeps the words when every one of them is a stop word', () => {
    expect(prepareQuery('how to', 'en').words).toEqual(['how', 'to']);
  });

  it('returns nothing to search for when there are no words', () => {
    expect(prepareQuery('  ?! ', 'en').words).toEqual([]);
  });

  it('drops Malay and Russian filler words and keeps their negations', () => {
    expect(prepareQuery('macam mana nak tukar kata laluan saya', 'ms').words).toEqual(['tukar', 'kata', 'laluan']);
    expect(prepareQuery('wifi tak boleh connect', 'ms').words).toEqual(['wifi', 'tak', 'connect']);
    expect(prepareQuery('Как сделать скриншот на компьютере', 'ru').words).toEqual(['сделать', 'скриншот', 'компьютере']);
    expect(prepareQuery('у меня не работает звук', 'ru').words).toEqual(['не', 'работает', 'звук']);
    expect(prepareQuery('принтер ещё не печатает', 'ru')).toMatchObject({ words: ['принтер', 'не', 'печатает'], dropped: ['ещё'] });
  });

  it('drops nothing in a language that has no stop word list', () => {
    expect(stopWordsFor('fr').size).toBe(0);
    expect(prepareQuery('my wifi', 'fr').words).toEqual(['my', 'wifi']);
  });
});
