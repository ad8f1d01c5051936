import { z } from 'astro/zod';
import { CATEGORY_IDS, PLATFORM_IDS } from './taxonomy.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id in lowercase words joined by hyphens, e.g. "flush-dns"');
/** A version as written after the product's name: `11 24H2`, `15 Sequoia`, or a bare number such as `26`. */
const version = z.union([z.string().min(1), z.number().transform(String)]);
const versions = z.union([version.transform((v) => [v]), z.array(version).min(1)]);

/**
 * Versions the steps were checked on, by platform (product names are added when shown: `windows: 11 24H2`
 * reads "Windows 11 24H2"), plus `apps` for apps whose own version matters. Never prose, so every language
 * can show it.
 */
export const VerifiedOnSchema = z.partialRecord(z.enum([...PLATFORM_IDS, 'apps']), versions);

const date = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD, e.g. 2026-11-23' });

/** Frontmatter of a help article (`src/content/articles/<category>/<slug>.mdx`). */
export const ArticleSchema = z.strictObject({
  /** The task or problem in the reader's words, in sentence case. */
  title: z.string().min(1, 'must not be empty').max(90, 'must be at most 90 characters: say the task in a few words'),
  /** One sentence, shown in search results and link previews. */
  description: z.string().min(1, 'must not be empty').max(160, 'must be at most 160 characters: one short sentence'),
  /** The section of the help center; must match the folder the file is in. */
  category: z.enum(CATEGORY_IDS),
  /** Systems the steps cover. */
  platforms: z.array(z.enum(PLATFORM_IDS)).min(1, 'must list at least one platform'),
  /** Topic words in lowercase; each tag gets a page. */
  tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9 -]*$/, 'must be lowercase words, e.g. "disk space"')).default([]),
  /** Date of the last real change; when absent, the date of the file's last commit is shown. */
  updated: date.optional(),
  /** Minutes a typical reader needs. */
  estimatedMinutes: z.number({ error: 'must be a whole number of minutes, e.g. 5' }).int('must be a whole number of minutes').min(1).max(240),
  /** Who the article is for: everyone, or help-desk agents only. */
  audience: z.enum(['everyone', 'agents']).default('everyone'),
  /** Ids of related articles. */
  related: z.array(id).default([]),
  /** Ids of troubleshooting flows for this problem. */
  flows: z.array(id).default([]),
  /** Other words readers search with ("wireless" for Wi-Fi). */
  keywords: z.array(z.union([z.string().min(1), z.number().transform(String)])).default([]),
  /** Old URLs of this article that must keep working. */
  aliases: z.array(z.string().regex(/^\/[a-z0-9/_-]*\/$/, 'must be a site path starting and ending with "/", e.g. /articles/old-name/')).default([]),
  /** Versions the steps were checked on, by platform: `{ windows: [11 24H2, 11 25H2], macos: 15 Sequoia }`. */
  verifiedOn: VerifiedOnSchema.optional(),
  /** Date by which a writer should check the article again. */
  reviewBy: date.optional(),
  /** Leaves the article out of the published site. */
  draft: z.boolean().default(false),
  /** In a translation only: the English version it was made from, written by `npm run translated`. */
  translatedFrom: z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character fingerprint npm run translated writes').optional(),
});

export type Article = z.infer<typeof ArticleSchema>;
export type ArticleInput = z.input<typeof ArticleSchema>;
export type VerifiedOn = z.infer<typeof VerifiedOnSchema>;
