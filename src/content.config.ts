import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { flowLoader } from './data/flow-loader.ts';

/**
 * The file name is the article's id and URL: `networking/flush-dns.mdx` → `flush-dns`, served at
 * `/articles/flush-dns/`. A translation keeps the name under its language: `ms/networking/flush-dns.mdx` → `ms/flush-dns`.
 */
function articleId({ entry }: { entry: string }): string {
  const parts = entry.replace(/\.mdx$/, '').split('/');
  const slug = parts.at(-1) ?? entry;
  return parts.length > 2 ? `${parts[0]}/${slug}` : slug;
}

/**
 * No schema here on purpose: the content layer would stop `astro dev` on one article's mistake. The
 * data layer (src/data/articles.ts) checks every entry with the article schema instead, so the build
 * still fails listing every problem with its line, and `astro dev` shows them on that article's page only.
 */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/articles', generateId: articleId }),
});

/** Troubleshooting flows: `src/flows/<id>.yaml`, parsed and validated by the flow loader. */
const flows = defineCollection({ loader: flowLoader() });

export const collections = { articles, flows };
