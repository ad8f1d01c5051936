/**
 * What a page and the service worker say to each other: the page asks to save its language's
 * articles for offline reading, the worker answers on the message channel when they are saved.
 */
export interface SaveLanguageRequest {
  type: 'help-center:save-language';
  locale: string;
}

export interface LanguageSavedReply {
  type: 'help-center:language-saved';
  locale: string;
  /** Pages of this language now readable offline, out of `total`. */
  saved: number;
  total: number;
}

export function saveLanguageRequest(locale: string): SaveLanguageRequest {
  return { type: 'help-center:save-language', locale };
}

export function languageSavedReply(locale: string, saved: number, total: number): LanguageSavedReply {
  return { type: 'help-center:language-saved', locale, saved, total };
}

const hasType = (data: unknown, type: string): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && 'type' in data && data.type === type;

/** Messages come from any page of the origin: check the shape before trusting it. */
export function isSaveLanguageRequest(data: unknown): data is SaveLanguageRequest {
  return hasType(data, 'help-center:save-language') && typeof data['locale'] === 'string';
}

export function isLanguageSavedReply(data: unknown): data is LanguageSavedReply {
  return hasType(data, 'help-center:language-saved') && typeof data['locale'] === 'string' && typeof data['saved'] === 'number' && typeof data['total'] === 'number';
}
