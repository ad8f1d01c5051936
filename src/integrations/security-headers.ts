import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspFromHtml, headersFile, mergeCsp, nginxHeaders } from '../lib/security/headers.ts';

/**
 * Writes `dist/_headers` after the build with the same Content-Security-Policy the pages carry in
 * their <meta> tags, plus the headers only a server can send (framing, sniffing, referrer).
 * A page without a CSP fails the build: it would be the one page an injected script could run on.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'help-center:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html'));
        const policies: string[] = [];
        const missing: string[] = [];
        for (const page of pages) {
          const found = cspFromHtml(await readFile(path.join(site, page), 'utf8'));
          if (found.length === 0) missing.push(page);
          policies.push(...found);
        }
        if (missing.length > 0) throw new Error(`Security headers: these pages have no Content-Security-Policy:\n  ${missing.join('\n  ')}`);
        const policy = mergeCsp(policies);
        await writeFile(path.join(site, '_headers'), headersFile(policy));
        await writeFile(path.join(site, '_nginx-headers.conf'), nginxHeaders(policy));
        logger.info(`_headers and _nginx-headers.conf written from the CSP of ${pages.length} pages`);
      },
    },
  };
}
