import { describe, expect, it } from 'vitest';
import { isLanguageSavedReply, isSaveLanguageRequest, languageSavedReply, saveLanguageRequest } from '#src/lib/offline/messages.ts';

describe('page and worker messages', () => {
  it('recognises the messages it builds', () => {
    expect(isSaveLanguageRequest(saveLanguageRequest('ru'))).toBe(true);
    expect(isLanguageSavedReply(languageSavedReply('ru', 40, 46))).toBe(true);
  });

  it('ignores anything else another script on the origin might post', () => {
    for (const data of [null, 'save', { type: 'help-center:save-language' }, { type: 'help-center:save-language', locale: 3 }, { type: 'SKIP_WAITING' }]) {
      expect(isSaveLanguageRequest(data)).toBe(false);
    }
    expect(isLanguageSavedReply({ type: 'help-center:language-saved', locale: 'en', saved: 1 })).toBe(false);
    expect(isLanguageSavedReply(saveLanguageRequest('en'))).toBe(false);
  });
});
