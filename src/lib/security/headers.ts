/**
 * The HTTP headers every page is served with, built from the Content-Security-Policy that Astro
 * writes into each page's <meta> tag. A headers file cannot vary by page, so it allows the union
 * of every page's hashes: still no inline script or style that was not hashed at build time.
 */

/** Directive name → sources, from one CSP string. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

/** One policy allowing everything any of the given policies allows, directives in first-seen order. */
export function mergeCsp(policies: readonly string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of parseCsp(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Directives a <meta> CSP cannot carry; only a real header can forbid framing. */
const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/** Headers for every page, one place for both output formats below. */
function pageHeaders(policy: string): Array<[string, string]> {
  return [
    ['Content-Security-Policy', `${policy}; ${HEADER_ONLY_DIRECTIVES}`],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** The `_headers` file (Netlify, Cloudflare Pages and others read this format). */
export function headersFile(policy: string): string {
  return [
    '/*',
    ...pageHeaders(policy).map(([name, value]) => `  ${name}: ${value}`),
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/** The same headers as nginx directives, for `include` in a server block (see docs/deploy.md). */
export function nginxHeaders(policy: string): string {
  return `${pageHeaders(policy).map(([name, value]) => `add_header ${name} "${value}" always;`).join('\n')}\n`;
}

/** The CSP content of every `<meta http-equiv="content-security-policy">` in an HTML page. */
export function cspFromHtml(html: string): string[] {
  return [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map((m) => (m[1] ?? '').replaceAll('&#39;', "'"));
}
