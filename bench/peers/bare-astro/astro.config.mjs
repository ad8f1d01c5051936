// The bare peer: Astro and MDX with nothing else, to show what the help center adds on top.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  trailingSlash: 'always',
  // Its own cache: node_modules in each benchmark copy is a link shared by every size.
  cacheDir: './.bench-cache',
});
