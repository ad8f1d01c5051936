import { describe, expect, it } from 'vitest';
import { findBrokenLinks, type ContentLink } from '#src/lib/links/broken-links.ts';
import type { BuiltPage, BuiltSite } from '#src/lib/links/built-site.ts';
import { formatProblem } from '#src/lib/problems/problem.ts';

const page = (ids: string[], redirectTo?: string): BuiltPage => ({ ids: new Set(ids), sections: ids, redirectTo });
const SITE: BuiltSite = {
  pages: new Map([
    ['/articles/restart-router/', page(['restart-the-router', 'restart-the-router-step-1'])],
    ['/articles/reboot-router/', page([], '/articles/restart-router/')],
    ['/articles/connect-wifi/', page(['connect-on-windows'])],
    ['/troubleshoot/no-internet/', page(['step-other-devices'])],
  ]),
  files: new Set(['/favicon.svg']),
};
const STEPS = new Set(['/troubleshoot/no-internet/?other-devices=yes']);

const FILE = 'src/content/articles/networking/connect-wifi.mdx';
const link = (href: string, page = '/articles/connect-wifi/'): ContentLink => ({ file: FILE, line: 7, page, href });
const check = (href: string, page?: string) =>
  findBrokenLinks([link(href, page)], { site: SITE, flowSteps: STEPS }).map((problem) => `${problem.severity}: ${formatProblem(problem)}`);

describe('links in content, checked against the built site', () => {
  it('lets through pages, sections, files, steps, other sites and mail links that exist', () => {
    for (const href of ['/articles/restart-router/', '/articles/restart-router/#restart-the-router-step-1', '#connect-on-windows', '/favicon.svg', '/troubleshoot/no-internet/?other-devices=yes', 'https://support.microsoft.com/', 'mailto:help@example.com', '#top']) {
      expect(check(href), href).toEqual([]);
    }
  });

  it('names a page that does not exist, with the closest one', () => {
    expect(check('/articles/restart-ruoter/')).toEqual([
      `error: ${FILE}:7: links to /articles/restart-ruoter/, but the built site has no page at /articles/restart-ruoter/. Hint: did you mean /articles/restart-router/? An article is at /articles/<its file name>/ and a troubleshooter at /troubleshoot/<its file name>/. If you added the page just now, run npm run build again.`,
    ]);
  });

  it('asks for the slash at the end of an address', () => {
    expect(check('/articles/restart-router#restart-the-router')).toEqual([
      `error: ${FILE}:7: links to /articles/restart-router#restart-the-router, which is missing the / at the end of the address. Hint: write /articles/restart-router/#restart-the-router.`,
    ]);
  });

  it('names a section that is not on this page, with the closest one', () => {
    expect(check('#connect-on-window')).toEqual([
      `error: ${FILE}:7: links to #connect-on-window, but this page has no section with the id "connect-on-window". Hint: did you mean #connect-on-windows? A heading's id is its words in lowercase joined by hyphens ("## Turn the router off" is #turn-the-router-off); open the page and copy the link from the heading or step.`,
    ]);
  });

  it('warns about a link to an old address, and still checks the section on the new page', () => {
    expect(check('/articles/reboot-router/#unplug-it')).toEqual([
      `warning: ${FILE}:7: links to /articles/reboot-router/, an old address that now redirects to /articles/restart-router/. Hint: link to /articles/restart-router/#unplug-it instead, so readers skip the redirect.`,
      `error: ${FILE}:7: links to /articles/reboot-router/#unplug-it, but /articles/restart-router/ has no section with the id "unplug-it". Hint: a heading's id is its words in lowercase joined by hyphens ("## Turn the router off" is #turn-the-router-off); open the page and copy the link from the heading or step.`,
    ]);
  });

  it('names a flow step that the flow does not have', () => {
    expect(check('/troubleshoot/no-internet/?other-devices=maybe')).toEqual([
      `error: ${FILE}:7: links to /troubleshoot/no-internet/?other-devices=maybe, but the troubleshooter has no step at that address: a node or answer id in it does not exist. Hint: open the troubleshooter, answer your way to the step, and copy the address from the browser.`,
    ]);
  });

  it('leaves a draft\'s own sections alone: drafts are not built', () => {
    expect(check('#anything', '/articles/new-draft/')).toEqual([]);
  });

  it('reports an empty link', () => {
    expect(check('')).toEqual([
      `error: ${FILE}:7: has a link with no address: [text](). Hint: put the address between the round brackets, e.g. [Restart your router](/articles/restart-router/).`,
    ]);
  });
});
