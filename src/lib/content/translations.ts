import { parse } from 'yaml';
import { parseFlowFile } from '../flow/parse-flow.ts';
import { splitMdx } from './mdx-source.ts';
import { articleFingerprint, flowFingerprint, TRANSLATED_FROM } from './source-fingerprint.ts';

/** Where translations live: `src/content/articles/<lang>/…` and `src/flows/<lang>/…`. */
const TRANSLATION = /^(src\/content\/articles|src\/flows)\/([a-z]{2})\/(.+)$/;

/** The language and English original of a translation file, or undefined for an English file. */
export function translationOf(file: string): { locale: string; original: string } | undefined {
  const match = TRANSLATION.exec(file);
  if (!match) return undefined;
  const [, base, locale, rest] = match;
  // An English article sits one folder deep (its category); a language folder adds one more.
  if (base === 'src/content/articles' && (rest ?? '').split('/').length !== 2) return undefined;
  if (base === 'src/flows' && (rest ?? '').includes('/')) return undefined;
  return { locale: locale ?? '', original: `${base}/${rest}` };
}

/** The fingerprint of an English article or flow file, as the build computes it from the same words. */
export function fingerprintOf(file: string, text: string): string {
  if (file.endsWith('.yaml')) return flowFingerprint(parseFlowFile(text, file));
  const { frontmatter, body } = splitMdx(text);
  const data = (parse(frontmatter ?? '') ?? {}) as { title?: unknown; description?: unknown; keywords?: unknown };
  return articleFingerprint({
    title: String(data.title ?? ''),
    description: String(data.description ?? ''),
    keywords: Array.isArray(data.keywords) ? data.keywords : [],
    // The body as the build sees it: what follows the frontmatter, without the blank lines that keep line numbers.
    body: body.replace(/^\n+/, ''),
  });
}

/** The fingerprint a translation recorded, if any. */
export function recordedFingerprint(text: string): string | undefined {
  return new RegExp(`^${TRANSLATED_FROM}: *(["']?)([0-9a-f]{12})\\1 *$`, 'm').exec(text)?.[2];
}

/**
 * The translation with `translatedFrom: "<fingerprint>"` recorded (quoted, since a fingerprint of
 * only digits would otherwise read as a number): the line replaced where it is,
 * else added at the end of an article's frontmatter or after a flow's `id:` line.
 */
export function stampTranslation(file: string, text: string, fingerprint: string): string {
  const line = `${TRANSLATED_FROM}: "${fingerprint}"`;
  const existing = new RegExp(`^${TRANSLATED_FROM}:.*$`, 'm');
  if (existing.test(text)) return text.replace(existing, line);
  if (file.endsWith('.yaml')) return text.replace(/^(id: .*)$/m, `$1\n${line}`);
  return text.replace(/^(---\r?\n[\s\S]*?)(\r?\n---)/, `$1\n${line}$2`);
}
