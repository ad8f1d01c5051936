import { error, warning, type Problem } from '#src/lib/problems/problem.ts';
import { fingerprintOf, recordedFingerprint, translationOf } from '#src/lib/content/translations.ts';
import type { SourceFile } from './check-article.ts';

/** How much of the library one language has, for writers: "ms: 95 of 95 articles, 21 of 21 troubleshooters". */
export interface Coverage {
  locale: string;
  articles: { translated: number; of: number };
  flows: { translated: number; of: number };
  stale: number;
}

export interface TranslationCheck {
  problems: Problem[];
  coverage: Coverage[];
}

/**
 * Every translation records the English version it was made from: one without a record cannot tell
 * its reader when it falls behind (an error, with the command that writes it); one made from an older
 * English version is listed (a warning: the page still helps, and says so to its reader).
 */
export function checkTranslations(sources: readonly SourceFile[], locales: readonly string[]): TranslationCheck {
  const byFile = new Map(sources.map((source) => [source.file, source.text]));
  const fingerprints = new Map<string, string | undefined>();
  const fingerprint = (original: string) => {
    if (!fingerprints.has(original)) {
      const text = byFile.get(original);
      // A broken English file is reported on its own; its translations can't be compared until it is fixed.
      try { fingerprints.set(original, text === undefined ? undefined : fingerprintOf(original, text)); } catch { fingerprints.set(original, undefined); }
    }
    return fingerprints.get(original);
  };
  const problems: Problem[] = [];
  const stale = new Map<string, number>();
  for (const { file, text } of sources) {
    const translation = translationOf(file);
    if (!translation) continue;
    const recorded = recordedFingerprint(text);
    const current = fingerprint(translation.original);
    const hint = `when it says what ${translation.original} says, run npm run translated -- ${file}`;
    if (!recorded) problems.push(error({ file, field: 'translatedFrom', message: 'does not record which English version it was translated from, so readers would never learn when the English changes.', hint: `${hint}.` }));
    else if (current && recorded !== current) {
      stale.set(translation.locale, (stale.get(translation.locale) ?? 0) + 1);
      problems.push(warning({ file, field: 'translatedFrom', message: `was translated from an older version of ${translation.original}; its readers see a note that the English has changed.`, hint: `git log -p ${translation.original} shows what changed; bring this page up to date, then ${hint}.` }));
    }
  }
  const originals = (extension: string) => sources.filter(({ file }) => file.endsWith(extension) && !translationOf(file)).map(({ file }) => file);
  const translatedIn = (locale: string, files: readonly string[]) => files.filter((original) => byFile.has(original.replace(/^(src\/content\/articles|src\/flows)\//, `$1/${locale}/`))).length;
  // A library with no translation yet gets no coverage lines: there is nothing to measure.
  const anyTranslation = sources.some(({ file }) => translationOf(file));
  const coverage = !anyTranslation ? [] : locales.map((locale) => ({
    locale,
    articles: { translated: translatedIn(locale, originals('.mdx')), of: originals('.mdx').length },
    flows: { translated: translatedIn(locale, originals('.yaml')), of: originals('.yaml').length },
    stale: stale.get(locale) ?? 0,
  }));
  return { problems, coverage };
}
