import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';
import { flowLoader } from './data/flow-loader.ts';

/** The file name is the article's id and URL: `networking/flush-dns.mdx` → `/articles/flush-dns/`. */
function articleId({ entry }: { entry: string }): string {
  return entry.replace(/\.mdx$/, '').split('/').pop() ?? entry;
}

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/articles', generateId: articleId }),
  schema: ArticleSchema,
});

/** Troubleshooting flows: `src/flows/<id>.yaml`, parsed and validated by the flow loader. */
const flows = defineCollection({ loader: flowLoader() });

export const collections = { articles, flows };
