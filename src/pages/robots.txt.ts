import type { APIRoute } from 'astro';
import { siteConfig } from '#src/config/site.ts';

/** robots.txt with an absolute sitemap address, as the format requires. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap-index.xml', siteConfig.baseUrl).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
