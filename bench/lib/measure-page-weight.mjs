// What one page costs a reader: every response it loads, by kind, raw and gzip-compressed (as a
// CDN would serve it; `astro preview` sends files uncompressed). Inline scripts count as JavaScript.
// What a service worker downloads for its offline cache is counted apart: it is not the page's
// own weight, but a first visit pays it too.
import { gzipSync } from 'node:zlib';

const KINDS = { document: 'html', script: 'js', stylesheet: 'css', font: 'font', image: 'image' };

const gzipBytes = (buffer) => gzipSync(buffer, { level: 6 }).length;

const EMPTY = Buffer.alloc(0);

/** The body of a finished request, or nothing once the context is gone (late requests). */
async function bodyOf(request) {
  try {
    const response = await request.response();
    return response ? await response.body() : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** Loads `url` in a fresh context and weighs every response by kind: { js: { raw, gzip, files }, ... }. */
export async function measurePageWeight(browser, url) {
  const context = await browser.newContext();
  try {
    const responses = [];
    let collecting = true;
    context.on('requestfinished', (request) => {
      if (!collecting) return;
      const kind = request.serviceWorker() ? 'serviceWorker' : (KINDS[request.resourceType()] ?? 'other');
      responses.push(bodyOf(request).then((body) => ({ kind, body })));
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    collecting = false;
    const inlineScripts = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')]
      .filter((script) => !/json/.test(script.type))
      .map((script) => script.textContent ?? ''));
    const weight = {};
    const add = (kind, body, files) => {
      weight[kind] ??= { raw: 0, gzip: 0, files: 0 };
      weight[kind].raw += body.length;
      weight[kind].gzip += body.length > 0 ? gzipBytes(body) : 0;
      weight[kind].files += files;
    };
    for (const { kind, body } of await Promise.all(responses)) add(kind, body, 1);
    if (inlineScripts.length > 0) add('js', Buffer.from(inlineScripts.join('\n')), 0);
    weight.total = Object.entries(weight).filter(([kind]) => kind !== 'serviceWorker').map(([, part]) => part).reduce(
      (sum, part) => ({ raw: sum.raw + part.raw, gzip: sum.gzip + part.gzip, files: sum.files + part.files }),
      { raw: 0, gzip: 0, files: 0 },
    );
    weight.inlineScripts = inlineScripts.length;
    return weight;
  } finally {
    await context.close();
  }
}
