import { describe, expect, it } from 'vitest';
import { cspFromHtml, headersFile, mergeCsp } from '#src/lib/security/headers.ts';

describe('security headers for static hosts', () => {
  it('reads the policy Astro put in a page, quotes decoded', () => {
    const html = '<meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;sha256-a&#39;; style-src &#39;self&#39;">';
    expect(cspFromHtml(html)).toEqual(["script-src 'self' 'sha256-a'; style-src 'self'"]);
  });

  it('allows each page\'s hashes and nothing more', () => {
    expect(mergeCsp(["script-src 'self' 'sha256-a'; style-src 'self'", "script-src 'self' 'sha256-b'; img-src 'self' data:"]))
      .toBe("script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; img-src 'self' data:");
  });

  it('forbids framing and caches hashed assets for a year', () => {
    const file = headersFile("default-src 'self'");
    expect(file).toContain("Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
    expect(file).toContain('X-Content-Type-Options: nosniff');
    expect(file).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });
});

describe('nginx headers', () => {
  it('sends the same headers on every response, errors included', async () => {
    const { nginxHeaders } = await import('#src/lib/security/headers.ts');
    const conf = nginxHeaders("default-src 'self'");
    expect(conf).toContain(`add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;`);
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });
});
