import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureProject, removeFixtureProjects, runScript } from './fixture-project.ts';

// `npm run check` on copies of a small valid site, each with one fixture's deliberate mistake,
// checked on a fixed day so review dates give the same answer every time.
const TODAY = '2026-11-23';
const check = (project: string, ...args: string[]) => runScript('check', ['--root', project, '--today', TODAY, ...args]);
const HEADER = 'Checked 2 articles and 1 troubleshooter.\n\n';
const AGAIN = 'Fix the errors, then run npm run check again.\n';

afterEach(removeFixtureProjects);

describe('npm run check', { timeout: 60_000 }, () => {
  it('passes a site with no mistakes', () => {
    const { status, stdout } = check(fixtureProject());
    expect(stdout).toBe(`${HEADER}✓ No problems found. Ready to publish.\n`);
    expect(status).toBe(0);
  });

  it('names a misspelt category with its line, the likely one and the corrected line', () => {
    const { status, stdout } = check(fixtureProject('wrong-category'));
    expect(stdout).toBe(`${HEADER}Errors (fix these before publishing):
  src/content/articles/networking/connect-wifi.mdx:4 category: "netwroking" is not a category. Hint: did you mean "networking"? Allowed: install, setup, networking, os, hardware, accounts, security, mobile, software, support.

✗ 1 error. ${AGAIN}`);
    expect(status).toBe(1);
  });

  it('says where to move an article whose category is not its folder', () => {
    const { status, stdout } = check(fixtureProject('category-does-not-match-folder'));
    expect(stdout).toBe(`${HEADER}Errors (fix these before publishing):
  src/content/articles/networking/connect-wifi.mdx:4 category: is "security" but the file is in the "networking" folder. Hint: move the file to src/content/articles/security/, or change the category.

✗ 1 error. ${AGAIN}`);
    expect(status).toBe(1);
  });

  it('lists every frontmatter mistake at once, each on its own line', () => {
    const { status, stdout } = check(fixtureProject('frontmatter-mistakes'));
    expect(stdout).toBe(`${HEADER}Errors (fix these before publishing):
  src/content/articles/networking/connect-wifi.mdx:1 description: is missing. Hint: add a line like this: description: Get your computer online with your Wi-Fi network and its password.
  src/content/articles/networking/connect-wifi.mdx:2 titel: "titel" is not a field of an article. Hint: did you mean "title"? An article can have: title, description, category, platforms, tags, updated, estimatedMinutes, audience, related, flows, keywords, aliases, verifiedOn, reviewBy, draft, translatedFrom.
  src/content/articles/networking/connect-wifi.mdx:4 platforms[1]: "windoze" is not a platform. Hint: did you mean "windows"? Allowed: windows, macos, linux, chromeos, ios, android, web.
  src/content/articles/networking/connect-wifi.mdx:7 estimatedMinutes: must be a whole number of minutes, e.g. 5. Hint: write it like this: estimatedMinutes: 5
  src/content/articles/networking/connect-wifi.mdx:11 reviewBy: must be a date written as YYYY-MM-DD, e.g. 2026-11-23. Hint: write it like this: reviewBy: 2027-05-23

✗ 5 errors. ${AGAIN}`);
    expect(status).toBe(1);
  });

  it('names a related article that does not exist, and the one meant', () => {
    const { status, stdout } = check(fixtureProject('missing-related-article'));
    expect(stdout).toBe(`${HEADER}Errors (fix these before publishing):
  src/content/articles/networking/connect-wifi.mdx:9 related: names "restart-ruoter", but no article has that id. Hint: did you mean "restart-router"?

✗ 1 error. ${AGAIN}`);
    expect(status).toBe(1);
  });

  it('finds a link to a section that is not on the page, in an article', () => {
    const { status, stdout } = check(fixtureProject('broken-anchor'));
    expect(stdout).toBe(`${HEADER}Errors (fix these before publishing):
  src/content/articles/networking/connect-wifi.mdx:28: links to /articles/restart-router/#turn-it-off-and-on, but /articles/restart-router/ has no section with the id "turn-it-off-and-on". Hint: a heading's id is its words in lowercase joined by hyphens ("## Turn the router off" is #turn-the-router-off); open the page and copy the link from the heading or step.

✗ 1 error. ${AGAIN}`);
    expect(status).toBe(1);
  });

  it('finds a broken section link inside a flow step, on the line of the link', () => {
    const { status, stdout } = check(fixtureProject('broken-link-in-flow'));
    expect(stdout).toBe(`${HEADER}Errors (fix these before publishing):
  src/flows/no-internet.yaml:23: links to /articles/connect-wifi/#connect-on-a-mac, but /articles/connect-wifi/ has no section with the id "connect-on-a-mac". Hint: a heading's id is its words in lowercase joined by hyphens ("## Turn the router off" is #turn-the-router-off); open the page and copy the link from the heading or step.

✗ 1 error. ${AGAIN}`);
    expect(status).toBe(1);
  });

  it('reports a flow node no answer leads to, through the build\'s own flow validator', () => {
    const { status, stdout } = check(fixtureProject('unreachable-node'));
    expect(stdout).toBe(`${HEADER}Errors (fix these before publishing):
  src/flows/no-internet.yaml:43 nodes.forget-network: is never shown: no answer or step leads to it from the start node "other-devices". Hint: point a next:, fixed: or notFixed: at "forget-network", or delete the node.

✗ 1 error. ${AGAIN}`);
    expect(status).toBe(1);
  });

  it('finds images without alt text, in Markdown and in <Figure>', () => {
    const { status, stdout } = check(fixtureProject('image-without-alt'));
    expect(stdout).toBe(`${HEADER}Errors (fix these before publishing):
  src/content/articles/networking/restart-router.mdx:31: the image ![](./router-back.png) has no alt text. Hint: between the square brackets, say what the reader needs to see, e.g. ![The Wi-Fi icon at the bottom right of the taskbar](…).
  src/content/articles/networking/restart-router.mdx:33: <Figure> has no alt text. Hint: add alt="…" saying what the reader needs to see, e.g. alt="The lights on the front of the router".

✗ 2 errors. ${AGAIN}`);
    expect(status).toBe(1);
  });

  it('names an image that is not there, with its line and the file meant', () => {
    const { status, stdout } = check(fixtureProject('missing-image'));
    expect(stdout).toBe(`${HEADER}Errors (fix these before publishing):
  src/content/articles/networking/restart-router.mdx:23 image "./router-light.png": there is no file src/content/articles/networking/router-light.png. Hint: did you mean ./router-lights.png?

✗ 1 error. ${AGAIN}`);
    expect(status).toBe(1);
  });

  it('explains an MDX syntax error instead of failing the build with a stack trace', () => {
    const { status, stdout } = check(fixtureProject('mdx-syntax-error'));
    expect(stdout).toBe(`${HEADER}Errors (fix these before publishing):
  src/content/articles/networking/restart-router.mdx:23: MDX can't read the text here: Expected a closing tag for \`<Steps>\` (23:1-23:8). Hint: close every <Component> you open (</Steps>, </Callout>), and in plain text write { as \\{ and < as &lt;.

✗ 1 error. ${AGAIN}`);
    expect(status).toBe(1);
  });

  it('fails when a published address is gone and no alias redirects it, naming the address', () => {
    const { status, stdout } = check(fixtureProject('removed-url-without-alias'));
    expect(stdout).toBe(`${HEADER}Errors (fix these before publishing):
  urls.json: /articles/reset-modem/ was published before, but the built site no longer has it and no alias redirects it. Hint: if you renamed or moved the article, add aliases: [/articles/reset-modem/] to it; if you merged or deleted it, add that alias to the article that replaces it. If it should really be gone, run npm run urls:accept and say why in your commit.

✗ 1 error. ${AGAIN}`);
    expect(status).toBe(1);
  });

  it('passes an article renamed with an alias: the old address, and its sections, still open', () => {
    const { status, stdout } = check(fixtureProject('renamed-article-with-alias'));
    expect(stdout).toBe(`${HEADER}✓ No problems found. Ready to publish.\n`);
    expect(status).toBe(0);
  });

  it('fails when a flow answer id changed, once for the answer, counting the step links behind it', () => {
    const { status, stdout } = check(fixtureProject('removed-flow-step'));
    expect(stdout).toBe(`${HEADER}Errors (fix these before publishing):
  urls.json: /troubleshoot/no-internet/?other-devices=no and 2 longer step links through it no longer lead to a step: "other-devices" no longer has the answer "no" at that point. Hint: if you reworded that answer, keep its links by giving it id: no; if you renamed the node, give it back the id other-devices. If it should really be gone, run npm run urls:accept and say why in your commit.

✗ 1 error. ${AGAIN}`);
    expect(status).toBe(1);
  });

  it('only warns when a heading is reworded: the link still opens the right page', () => {
    const { status, stdout } = check(fixtureProject('removed-heading'));
    expect(stdout).toBe(`${HEADER}Warnings (these do not stop publishing):
  urls.json: /articles/restart-router/#restart-the-router and 2 step links under it no longer lead to a section: the heading or step with the id "restart-the-router" is gone, so the link opens the top of the page. Hint: if you reworded a heading, agents' links to it now land at the top: keep the old wording if you can. If it should really be gone, run npm run urls:accept and say why in your commit.

✓ No errors, 1 warning. Ready to publish.\n`);
    expect(status).toBe(0);
  });

  it('warns, without failing, about content past its review date or unchanged for a year', () => {
    const { status, stdout } = check(fixtureProject('past-review-date'));
    expect(stdout).toBe(`${HEADER}Warnings (these do not stop publishing):
  src/content/articles/networking/restart-router.mdx:7 updated: this article was last changed on 2025-06-01, more than a year ago. Hint: follow the steps on the versions readers use now, update verifiedOn:, then set reviewBy: to a date about six months ahead (and updated: to today if you changed anything).
  src/content/articles/networking/restart-router.mdx:12 reviewBy: the review date, 2026-06-01, passed 175 days ago. Hint: follow the steps on the versions readers use now, update verifiedOn:, then set reviewBy: to a date about six months ahead (and updated: to today if you changed anything).
  src/flows/no-internet.yaml:6 reviewBy: the review date, 2026-11-01, passed 22 days ago. Hint: answer your way through the troubleshooter on the versions readers use now, fix what has changed, then set reviewBy: to a date about six months ahead.

✓ No errors, 3 warnings. Ready to publish.\n`);
    expect(status).toBe(0);
  });

  it('lists interface strings another language has not translated', () => {
    const { status, stdout } = check(fixtureProject('untranslated-strings'));
    expect(stdout).toBe(`Checked 2 articles, 1 troubleshooter and 1 translated dictionary.

Errors (fix these before publishing):
  src/i18n/ms.ts search.results.one: is missing: the English is "{count} result". Hint: add search.results.one to the ms dictionary, translated.
  src/i18n/ms.ts:5 site.home: is still the English text "Home". Hint: translate it; if it really is the same in ms (a product name, for example), add 'site.home' to export const sameAsEnglish in this file.
  src/i18n/ms.ts:5 site.skipToContent: is empty: the English is "Skip to main content". Hint: write the translation between the quotes.

✗ 3 errors. ${AGAIN}`);
    expect(status).toBe(1);
  });

  it('reports every mistake of several fixtures in one run', () => {
    const { status, stdout } = check(fixtureProject('wrong-category', 'unreachable-node', 'removed-url-without-alias'));
    expect(stdout).toContain('✗ 3 errors. ');
    expect(stdout).toContain('connect-wifi.mdx:4 category:');
    expect(stdout).toContain('no-internet.yaml:43 nodes.forget-network:');
    expect(stdout).toContain('urls.json: /articles/reset-modem/ was published before');
    expect(status).toBe(1);
  });

  it('without a built site, still checks every link, and says addresses are compared after a build', () => {
    const project = fixtureProject('broken-anchor');
    rmSync(join(project, 'dist'), { recursive: true });
    rmSync(join(project, '.astro'), { recursive: true });
    const { status, stdout } = check(project);
    expect(stdout).toContain('src/content/articles/networking/connect-wifi.mdx:28: links to /articles/restart-router/#turn-it-off-and-on, but /articles/restart-router/ has no section');
    expect(stdout).toContain('.astro/url-manifest.json: is missing: published addresses are compared with urls.json after a build. Hint: run npm run build, fix what it reports, then run npm run check again.');
    expect(status).toBe(1);
  });

  it('after a build that stopped half-way, says so, and still checks links from the sources', () => {
    const project = fixtureProject();
    rmSync(join(project, '.astro/url-manifest.json'));
    const { status, stdout } = check(project);
    expect(stdout).toBe(`${HEADER}Warnings (these do not stop publishing):
  .astro/url-manifest.json: is missing or unreadable: the last build did not finish, so published addresses were not compared with urls.json. Hint: run npm run build, fix what it reports, then run npm run check again.

✓ No errors, 1 warning. Ready to publish.
`);
    expect(status).toBe(0);
  });

  it('writes a freshness report for team leads with --report', () => {
    const project = fixtureProject('past-review-date');
    const { status, stdout } = check(project, '--report');
    expect(stdout).toMatch(/Wrote the freshness report to test-results\/freshness-report\.md\.\n$/);
    expect(status).toBe(0);
    const report = readFileSync(join(project, 'test-results/freshness-report.md'), 'utf8');
    expect(report).toContain('## Past their review date (2)');
    expect(report).toContain('| Restart your router (article) | `/articles/restart-router/` | `src/content/articles/networking/restart-router.mdx` | 2026-06-01 | 175 days |');
    expect(report).toContain('| I can\'t get online (troubleshooter) | `/troubleshoot/no-internet/` | `src/flows/no-internet.yaml` | 2026-11-01 | 22 days |');
  });

  it('refuses an unknown option and says how to call it', () => {
    const { status, stderr } = runScript('check', ['--reprot']);
    expect(stderr).toBe('"--reprot" is not an option of npm run check. Hint: npm run check, npm run check -- --report, npm run check -- --today YYYY-MM-DD, or npm run urls:accept.\n');
    expect(status).toBe(2);
  });
});

describe('npm run urls:accept', { timeout: 60_000 }, () => {
  it('makes the built addresses the ones that must keep working, and lists what was dropped', () => {
    const project = fixtureProject('removed-url-without-alias');
    const accepted = runScript('check', ['--root', project, '--accept-urls']);
    expect(accepted.stdout).toBe('Wrote urls.json: 21 addresses, 0 new, 2 no longer published.\n  no longer published: /articles/reset-modem/\n  no longer published: /articles/reset-modem/#before-you-start\n');
    expect(accepted.status).toBe(0);
    expect(readFileSync(join(project, 'urls.json'), 'utf8')).toBe(readFileSync(join(project, '.astro/url-manifest.json'), 'utf8'));
    expect(check(project).status).toBe(0);
  });
});
