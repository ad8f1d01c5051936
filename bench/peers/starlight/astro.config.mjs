// The Starlight peer: the library as a documentation site with Starlight's defaults (Pagefind built in).
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// One link per category, written with the library. Starlight's default sidebar lists every page on
// every page, which at 5,000 pages makes each page carry 5,000 links; the help center has no such list.
const sidebarFile = new URL('./sidebar.json', import.meta.url);
const sidebar = existsSync(sidebarFile) ? JSON.parse(readFileSync(sidebarFile, 'utf8')) : [];

export default defineConfig({
  integrations: [starlight({ title: 'Help Center (Starlight peer)', sidebar })],
  // Its own cache: node_modules in each benchmark copy is a link shared by every size.
  cacheDir: './.bench-cache',
});
