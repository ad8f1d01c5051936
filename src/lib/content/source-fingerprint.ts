import { createHash } from 'node:crypto';
import type { Flow } from '../../schemas/flow.ts';

/**
 * What a translation was made from: a short hash of the English page's words. A translation records
 * it (`translatedFrom:`, written by `npm run translated`); when the English changes, the hashes
 * differ and the translated page says so. Only what a translator translates counts, so moving a
 * review date or adding a related article leaves translations current.
 */
const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

const normalized = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

/** An article's fingerprint: its title, description, keywords and body. */
export function articleFingerprint(article: { title: string; description: string; keywords: readonly unknown[]; body: string }): string {
  return hash(JSON.stringify([article.title, article.description, article.keywords.map(String), normalized(article.body)]));
}

/** A troubleshooter's fingerprint: its words and its shape (a new node is new work for a translator), not its review date. */
export function flowFingerprint(flow: Flow): string {
  const { reviewBy: _reviewBy, translatedFrom: _translatedFrom, ...translated } = flow;
  return hash(JSON.stringify(translated));
}

/** The frontmatter or YAML line that records a fingerprint. */
export const TRANSLATED_FROM = 'translatedFrom';
