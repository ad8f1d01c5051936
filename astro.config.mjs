// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { hastPlugins, mdastPlugins } from '#src/lib/markdown/article-pipeline.ts';
import { recordAnchors } from '#src/lib/links/anchor-registry.ts';
import { siteConfig } from '#src/config/site.ts';
import { searchIndex } from '#src/integrations/pagefind.ts';
import { realWords } from '#src/integrations/real-words.ts';
import { securityHeaders } from '#src/integrations/security-headers.ts';
import { siteLinks } from '#src/integrations/site-links.ts';
import { serviceWorker } from '#src/integrations/service-worker.ts';
import { freshContentInDev } from '#src/integrations/fresh-content-in-dev.ts';

const search = searchIndex();

export default defineConfig({
  site: siteConfig.baseUrl,
  trailingSlash: 'always',
  integrations: [
    // optimize: an article's plain Markdown (everything but the writer's components) is rendered as one
    // HTML string instead of one JSX call per element; articles pass no replacements for HTML elements.
    mdx({ optimize: true }),
    // The search index is built by Pagefind's own process while the next steps run: it starts first
    // and is waited for before the service worker, which lists its files.
    search.start,
    // A broken link stops the build here, before the slower steps.
    siteLinks(),
    sitemap({ filter: (page) => !/\/(writers|offline)\//.test(page) }),
    realWords(siteConfig.locales),
    securityHeaders(),
    search.done,
    serviceWorker(),
    freshContentInDev(),
  ],
  markdown: {
    // Prism colours tokens with classes; Shiki's inline styles would break the strict CSP.
    syntaxHighlight: 'prism',
    processor: satteri({
      mdastPlugins,
      // Heading and step ids, external links, and the ids and links each article ends up with, recorded for the build's link check.
      hastPlugins: hastPlugins(recordAnchors),
      // Straight quotes: they read the same as curly ones and are what readers type into search.
      features: { smartPunctuation: false },
    }),
  },
  security: {
    // Astro hashes every script and style it emits into a per-page <meta> policy; the rest is denied.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        `connect-src 'self'${siteConfig.feedbackEndpoint?.startsWith('http') ? ` ${new URL(siteConfig.feedbackEndpoint).origin}` : ''}`,
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs this one permission and nothing broader.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  build: {
    // Renders a few pages at once: while one waits (its file being written, a slot rendering), the
    // next one renders, instead of the single thread sitting idle. The pages come out the same.
    concurrency: 8,
  },
  server: { port: 4321 },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive, and the bundler warns,
        // once per article, that it cannot keep it there: harmless, and hundreds of boxed warnings
        // would bury the messages a writer needs. Every other warning still shows.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
