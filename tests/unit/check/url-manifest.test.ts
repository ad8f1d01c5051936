import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRemovedUrls } from '#src/lib/links/compare-url-manifests.ts';
import { flowStepUrls } from '#src/lib/flow/step-urls.ts';
import { splitMdx } from '#src/lib/content/mdx-source.ts';
import { siteFromSources } from '#src/lib/links/site-model.ts';
import { articleAnchors } from '#src/lib/markdown/article-anchors.ts';
import { formatProblem } from '#src/lib/problems/problem.ts';
import { buildUrlManifest, kindOfPage, parseUrlManifest, serializeUrlManifest, type UrlManifest } from '#src/lib/links/url-manifest.ts';
import { parseFlowFile } from '#src/lib/flow/parse-flow.ts';
import { FIXTURES } from './fixture-project.ts';

/** A fixture's manifest, or the valid site's when the fixture doesn't change it. */
function manifest(fixture: string, file: 'urls.json' | 'built/url-manifest.json'): UrlManifest {
  const path = [join(FIXTURES, fixture, file), join(FIXTURES, 'valid-site', file)].find((candidate) => existsSync(candidate)) ?? '';
  const parsed = parseUrlManifest(readFileSync(path, 'utf8'));
  if (!parsed) throw new Error(`${path} is not a URL manifest`);
  return parsed;
}

/** The problems `npm run check` prints for a fixture, one line each. */
const compare = (fixture: string) =>
  findRemovedUrls(manifest(fixture, 'urls.json'), manifest(fixture, 'built/url-manifest.json')).map((problem) => `${problem.severity}: ${formatProblem(problem)}`);

const ACCEPT = 'If it should really be gone, run npm run urls:accept and say why in your commit.';

describe('comparing the committed urls.json with the build', () => {
  it('finds nothing when every address is still there', () => {
    expect(compare('valid-site')).toEqual([]);
  });

  it('fails for an article that is gone without an alias, naming the address, and not again for its sections', () => {
    expect(compare('removed-url-without-alias')).toEqual([
      `error: urls.json: /articles/reset-modem/ was published before, but the built site no longer has it and no alias redirects it. Hint: if you renamed or moved the article, add aliases: [/articles/reset-modem/] to it; if you merged or deleted it, add that alias to the article that replaces it. ${ACCEPT}`,
    ]);
  });

  it('passes an article renamed with an alias, and finds its sections on the new page', () => {
    expect(compare('renamed-article-with-alias')).toEqual([]);
  });

  it('fails for an alias that was taken away', () => {
    expect(compare('removed-alias')).toEqual([
      `error: urls.json: /articles/reboot-router/ used to redirect to /articles/restart-router/, but no article lists it in aliases: any more. Hint: add /articles/reboot-router/ back to the aliases: of the article it belongs to. ${ACCEPT}`,
    ]);
  });

  it('fails once for a renamed answer, counting the longer step links that went with it', () => {
    expect(compare('removed-flow-step')).toEqual([
      `error: urls.json: /troubleshoot/no-internet/?other-devices=no and 2 longer step links through it no longer lead to a step: "other-devices" no longer has the answer "no" at that point. Hint: if you reworded that answer, keep its links by giving it id: no; if you renamed the node, give it back the id other-devices. ${ACCEPT}`,
    ]);
  });

  it('only warns for a reworded heading, once for the heading and its steps', () => {
    expect(compare('removed-heading')).toEqual([
      `warning: urls.json: /articles/restart-router/#restart-the-router and 2 step links under it no longer lead to a section: the heading or step with the id "restart-the-router" is gone, so the link opens the top of the page. Hint: if you reworded a heading, agents' links to it now land at the top: keep the old wording if you can. ${ACCEPT}`,
    ]);
  });

  it('accepts new addresses without a word', () => {
    const built = manifest('valid-site', 'built/url-manifest.json');
    const older = { ...built, articles: ['/articles/connect-wifi/'], tags: [], flowSteps: built.flowSteps.slice(0, 2) };
    expect(findRemovedUrls(older, built)).toEqual([]);
  });

  it('reports a removed flow once, not once per step', () => {
    const committed = manifest('valid-site', 'urls.json');
    const built = { ...committed, flows: [], flowSteps: [] };
    expect(findRemovedUrls(committed, built).map((problem) => problem.message)).toEqual([
      '/troubleshoot/no-internet/ was published before, but the built site no longer has it and no alias redirects it.',
    ]);
  });

  it('tells what to do when a tag page disappears', () => {
    const committed = manifest('valid-site', 'urls.json');
    const [problem] = findRemovedUrls(committed, { ...committed, tags: ['/tags/wifi/'] });
    expect(problem?.hint).toBe(`keep the tag on at least one article, or add /tags/router/ to the aliases: of the article that covers it now. ${ACCEPT}`);
  });
});

describe('building the manifest from the content', () => {
  it('lists every page by kind, the sections the Markdown gives articles, redirects and every reachable flow step', () => {
    const root = join(FIXTURES, 'valid-site');
    const articleFile = (id: string) => `src/content/articles/networking/${id}.mdx`;
    const articles = ['connect-wifi', 'restart-router'].map((id) => ({ address: `/articles/${id}/`, file: articleFile(id) }));
    const flow = parseFlowFile(readFileSync(join(root, 'src/flows/no-internet.yaml'), 'utf8'), 'src/flows/no-internet.yaml');
    const site = siteFromSources({
      pages: ['/', '/networking/', '/tags/router/', '/tags/wifi/', '/troubleshoot/no-internet/', ...articles.map((article) => article.address)],
      files: ['/favicon.svg'],
      articles,
      anchorsOf: (file) => articleAnchors(file, splitMdx(readFileSync(join(root, file), 'utf8')).body),
      flows: [{ address: '/troubleshoot/no-internet/', nodeIds: Object.keys(flow.nodes) }],
      redirects: { '/articles/reboot-router/': '/articles/restart-router/' },
    });
    const built = buildUrlManifest(site, flowStepUrls('/troubleshoot/no-internet/', flow));
    expect(serializeUrlManifest(built)).toBe(readFileSync(join(root, 'built/url-manifest.json'), 'utf8'));
    expect(built.flowSteps).toEqual([
      '/troubleshoot/no-internet/?other-devices=no',
      '/troubleshoot/no-internet/?other-devices=no&restart-router=no',
      '/troubleshoot/no-internet/?other-devices=no&restart-router=yes',
      '/troubleshoot/no-internet/?other-devices=yes',
      '/troubleshoot/no-internet/?other-devices=yes&reconnect=no',
      '/troubleshoot/no-internet/?other-devices=yes&reconnect=yes',
    ]);
  });

  it('sorts addresses in other languages with their kind, and tells a category from a language', () => {
    expect(kindOfPage('/ms/articles/flush-dns/')).toBe('articles');
    expect(kindOfPage('/ms/troubleshoot/no-internet/')).toBe('flows');
    expect(kindOfPage('/os/')).toBe('categories');
    expect(kindOfPage('/ms/os/')).toBe('categories');
    expect(kindOfPage('/ms/')).toBe('pages');
    expect(kindOfPage('/writers/flows/')).toBe('pages');
  });

  it('refuses text that is not a manifest', () => {
    expect(parseUrlManifest('{ not json')).toBeUndefined();
    expect(parseUrlManifest('null')).toBeUndefined();
  });
});
