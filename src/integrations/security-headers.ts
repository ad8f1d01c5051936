import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspFromHtml, headersFile, mergeCsp, nginxHeaders } from '#src/lib/security/headers.ts';

/**
 * A page's <head>: the policy is there, and a large library's pages add up to a gigabyte of HTML
 * that need not be read to the end. Read synchronously, as the folders are listed: for thousands of
 * small reads Node's asynchronous calls cost several times the reading, and nothing else runs meanwhile.
 */
function readHead(file: string): string {
  const handle = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const buffer = Buffer.alloc(16_384);
      const bytesRead = readSync(handle, buffer);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      // Looks across the chunk boundary too: "</head>" may be split between two reads.
      const tail = Buffer.concat(chunks.slice(-2)).toString('utf8');
      if (tail.includes('</head>')) break;
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(handle);
  }
}

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
        const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        const found = pages.map((page) => cspFromHtml(readHead(path.join(site, page))));
        const policies = found.flat();
        const missing = pages.filter((_page, i) => found[i]?.length === 0);
        if (missing.length > 0) throw new Error(`Security headers: these pages have no Content-Security-Policy:\n  ${missing.join('\n  ')}`);
        const policy = mergeCsp(policies);
        await writeFile(path.join(site, '_headers'), headersFile(policy));
        await writeFile(path.join(site, '_nginx-headers.conf'), nginxHeaders(policy));
        logger.info(`_headers and _nginx-headers.conf written from the CSP of ${pages.length} pages`);
      },
    },
  };
}
