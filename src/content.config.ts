import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';
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

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/articles', generateId: articleId }),
  schema: ArticleSchema,
});

/** Troubleshooting flows: `src/flows/<id>.yaml`, parsed and validated by the flow loader. */
const flows = defineCollection({ loader: flowLoader() });

export const collections = { articles, flows };
