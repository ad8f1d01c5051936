import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Every page of the peer library: articles under their category, flows under troubleshoot/. */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/docs' }),
  schema: z.object({ title: z.string(), description: z.string() }),
});

export const collections = { docs };
