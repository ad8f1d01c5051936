import { defineCollection } from 'astro:content';
import { articleLoader } from './data/article-loader.ts';
import { flowLoader } from './data/flow-loader.ts';

/**
 * No schema here on purpose: the content layer would stop `astro dev` on one article's mistake. The
 * data layer (src/data/articles.ts) checks every entry with the article schema instead, so the build
 * still fails listing every problem with its line, and `astro dev` shows them on that article's page only.
 */
const articles = defineCollection({
  loader: articleLoader(),
});

/** Troubleshooting flows: `src/flows/<id>.yaml`, parsed and validated by the flow loader. */
const flows = defineCollection({ loader: flowLoader() });

export const collections = { articles, flows };
