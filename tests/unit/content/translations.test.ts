import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fingerprintOf, recordedFingerprint, stampTranslation, translationOf } from '#src/lib/content/translations.ts';
import { checkTranslations } from '../../../tools/check/translations.ts';

const ENGLISH = `---
title: Flush the DNS cache
description: Clear the saved list of website addresses.
keywords: [dns, 169.254]
reviewBy: 2027-05-20
---

Open **Command Prompt**.
`;
const TRANSLATION = `---
title: Очистите кэш DNS
description: Очистите сохранённый список адресов сайтов.
reviewBy: 2027-05-20
---

Откройте **Командную строку**.
`;
const EN_FILE = 'src/content/articles/networking/flush-dns.mdx';
const RU_FILE = 'src/content/articles/ru/networking/flush-dns.mdx';

describe('which English version a translation was made from', () => {
  it('knows a translation by its language folder, and its English original', () => {
    expect(translationOf(RU_FILE)).toEqual({ locale: 'ru', original: EN_FILE });
    expect(translationOf('src/flows/ms/no-internet.yaml')).toEqual({ locale: 'ms', original: 'src/flows/no-internet.yaml' });
    expect(translationOf(EN_FILE)).toBeUndefined();
    expect(translationOf('src/flows/no-internet.yaml')).toBeUndefined();
  });

  it('records the English fingerprint in the translation, once, where a writer sees it', () => {
    const stamped = stampTranslation(RU_FILE, TRANSLATION, fingerprintOf(EN_FILE, ENGLISH));
    expect(recordedFingerprint(stamped)).toBe(fingerprintOf(EN_FILE, ENGLISH));
    expect(stamped.split('\n').slice(0, 6).join('\n')).toContain(`translatedFrom: "${fingerprintOf(EN_FILE, ENGLISH)}"\n---`);
    expect(stampTranslation(RU_FILE, stamped, 'aaaaaaaaaaaa').match(/translatedFrom/g)).toHaveLength(1);
  });

  it('records a fingerprint of only digits as text, so the page still builds', () => {
    const stamped = stampTranslation(RU_FILE, TRANSLATION, '911925567925');
    expect(recordedFingerprint(stamped)).toBe('911925567925');
    const frontmatter = parse(stamped.split('---')[1] ?? '') as { translatedFrom: unknown };
    expect(frontmatter.translatedFrom).toBe('911925567925');
  });

  it('changes when the words change, not when a review date moves', () => {
    const before = fingerprintOf(EN_FILE, ENGLISH);
    expect(fingerprintOf(EN_FILE, ENGLISH.replace('2027-05-20', '2027-11-20'))).toBe(before);
    expect(fingerprintOf(EN_FILE, ENGLISH.replace('Open **Command Prompt**.', 'Open **Terminal**.'))).not.toBe(before);
  });

  it('npm run check wants the record, and lists a translation made from an older English version', () => {
    const current = stampTranslation(RU_FILE, TRANSLATION, fingerprintOf(EN_FILE, ENGLISH));
    const changed = ENGLISH.replace('Open **Command Prompt**.', 'Open **Terminal**.');
    const none = checkTranslations([{ file: EN_FILE, text: ENGLISH }, { file: RU_FILE, text: TRANSLATION }], ['ru']);
    expect(none.problems.map((p) => `${p.severity} ${p.message}`)).toEqual(['error does not record which English version it was translated from, so readers would never learn when the English changes.']);
    expect(checkTranslations([{ file: EN_FILE, text: ENGLISH }, { file: RU_FILE, text: current }], ['ru']).problems).toEqual([]);
    const stale = checkTranslations([{ file: EN_FILE, text: changed }, { file: RU_FILE, text: current }], ['ru']);
    expect(stale.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(stale.coverage).toEqual([{ locale: 'ru', articles: { translated: 1, of: 1 }, flows: { translated: 0, of: 0 }, stale: 1 }]);
  });
});

describe('this help center is whole in every language', () => {
  const english = (dir: string, extension: string) =>
    readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith(extension) && !translationOf(`${dir}/${file}`) && !/^[a-z]{2}\//.test(file));
  const articles = english('src/content/articles', '.mdx');
  const flows = english('src/flows', '.yaml');

  it.each(['ms', 'ru'])('every article and troubleshooter has a %s translation that records its English version', (locale) => {
    const missing = [
      ...articles.filter((file) => !exists(`src/content/articles/${locale}/${file}`)),
      ...flows.filter((file) => !exists(`src/flows/${locale}/${file}`)),
    ];
    expect(missing).toEqual([]);
    const unrecorded = [...articles.map((file) => `src/content/articles/${locale}/${file}`), ...flows.map((file) => `src/flows/${locale}/${file}`)]
      .filter((file) => exists(file) && !recordedFingerprint(readFileSync(file, 'utf8')));
    expect(unrecorded).toEqual([]);
  });
});

function exists(file: string): boolean {
  try { readFileSync(file); return true; } catch { return false; }
}
