import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureProject, removeFixtureProjects, runScript } from './fixture-project.ts';

const TODAY = '2026-11-23';
const USAGE = 'npm run new -- article <id> --category <category>, or npm run new -- flow <id> --category <category>.';
const CATEGORIES = 'install (Install apps), setup (Set up and configure), networking (Wi-Fi and internet), os (Windows and Mac), hardware (Printers, screens and sound), accounts (Accounts and email), security (Security), mobile (Phones and tablets), software (Office and other apps), support (Getting help)';
const STALE_BUILD = (file: string) => `  dist/: is older than your last change (${file}), so published addresses were compared with the previous build. Hint: run npm run build first, then npm run check again.\n`;

const create = (project: string, ...args: string[]) => runScript('new', ['--root', project, '--today', TODAY, ...args]);
const check = (project: string) => runScript('check', ['--root', project, '--today', TODAY]);

/** What a writer does: replace every guidance text with words of their own (each different, as answers must be). */
function fillInBlanks(path: string, extraEdit: (text: string) => string = (text) => text): void {
  let count = 0;
  const filled = readFileSync(path, 'utf8').replace(/\[Write here: [^\]]*\]/g, () => `Written by the writer ${(count += 1)}`);
  writeFileSync(path, extraEdit(filled));
}

afterEach(removeFixtureProjects);

describe('npm run new refuses, with a message saying what to type', { timeout: 60_000 }, () => {
  const refusals: Array<[string, string[], string]> = [
    ['nothing to create', [], `Say what to create: an article or a flow. Hint: ${USAGE}`],
    ['an unknown kind', ['artcle', 'print-test-page'], `"artcle" is not something npm run new can create. Did you mean "article"? Hint: ${USAGE}`],
    ['no id', ['article'], 'Give the new article an id: it becomes its file name and its address. Hint: npm run new -- article connect-to-wifi --category networking.'],
    ['a malformed id', ['article', 'Print_Test_Page', '--category', 'hardware'], '"Print_Test_Page" can\'t be an id: ids are lowercase words joined by hyphens, because they become the address. Hint: npm run new -- article print-test-page --category hardware.'],
    ['an article id that is taken', ['article', 'connect-wifi', '--category', 'networking'], '"connect-wifi" is taken: src/content/articles/networking/connect-wifi.mdx already exists. Hint: choose another id, or edit that article.'],
    ['an old address kept by an alias', ['article', 'reboot-router', '--category', 'networking'], '"reboot-router" is taken: /articles/reboot-router/ is an old address of src/content/articles/networking/restart-router.mdx (in its aliases), and must keep leading there. Hint: choose another id.'],
    ['a flow id that is taken', ['flow', 'no-internet', '--category', 'networking'], '"no-internet" is taken: src/flows/no-internet.yaml already exists. Hint: choose another id, or edit that flow.'],
    ['no category, listing them all', ['article', 'print-test-page'], `Which category is the new article in? Hint: add --category with one of: ${CATEGORIES}. For example: npm run new -- article print-test-page --category networking.`],
    ['an unknown category', ['article', 'print-test-page', '--category', 'hardwere'], `"hardwere" is not a category. Did you mean "hardware"? Hint: use one of: ${CATEGORIES}.`],
    ['a misspelt option', ['article', 'print-test-page', '--categroy', 'hardware'], `"--categroy" is not an option of npm run new. Hint: ${USAGE}`],
  ];
  it.each(refusals)('%s', (_case, args, message) => {
    const project = fixtureProject();
    const { status, stdout, stderr } = create(project, ...args);
    expect(stderr).toBe(`${message}\n`);
    expect(stdout).toBe('');
    expect(status).toBe(1);
    expect(existsSync(join(project, 'src/content/articles/hardware'))).toBe(false);
  });
});

describe('npm run new writes a file that cannot ship until the writer has filled it in', { timeout: 60_000 }, () => {
  it('an article: in its category folder, failing the check with every guidance line, passing once filled in', () => {
    const project = fixtureProject();
    const file = 'src/content/articles/hardware/print-test-page.mdx';
    const created = create(project, 'article', 'print-test-page', '--category', 'hardware');
    expect(created.stdout).toBe(`Created ${file}.
Next:
  1. Replace each square-bracketed "Write here" text with your own words; delete the draft: line when it is ready.
  2. Preview it: npm run dev, then open http://localhost:4321/articles/print-test-page/
  3. Before publishing: npm run build, then npm run check.
`);
    expect(created.status).toBe(0);

    const unchanged = check(project);
    const guidanceLines = [4, 5, 22, 23, 28, 30, 34, 35, 41];
    for (const line of guidanceLines) expect(unchanged.stdout).toContain(`  ${file}:${line}: still has guidance text from npm run new: "[Write here:`);
    expect(unchanged.stdout).toContain(`  ${file}:25 draft: is true, so this article is left out of the published site. Hint: delete the draft: line when the article is ready to publish.\n`);
    expect(unchanged.stdout).toContain(`✗ ${guidanceLines.length} errors, 2 warnings.`);
    expect(unchanged.status).toBe(1);

    fillInBlanks(join(project, file), (text) => text.replace('draft: true\n', ''));
    const filled = check(project);
    expect(filled.stdout).toBe(`Checked 3 articles and 1 troubleshooter.

Warnings (these do not stop publishing):
${STALE_BUILD(file)}
✓ No errors, 1 warning. Ready to publish.
`);
    expect(filled.status).toBe(0);
  });

  it('a flow: already a valid flow, failing the check only for its guidance, passing once filled in', () => {
    const project = fixtureProject();
    const file = 'src/flows/printer-jammed.yaml';
    const created = create(project, 'flow', 'printer-jammed', '--category', 'hardware');
    expect(created.stdout).toBe(`Created ${file}.
Next:
  1. Replace each square-bracketed "Write here" text with your own words, and add the questions and steps your flow needs.
  2. Preview it: npm run dev, then open http://localhost:4321/troubleshoot/printer-jammed/
  3. Before publishing: npm run build, then npm run check.
`);
    expect(created.status).toBe(0);

    const unchanged = check(project);
    expect(unchanged.stdout).toContain(`  ${file}:19: still has guidance text from npm run new: "[Write here: the first answer]". Hint: replace the square brackets and everything in them with your own words.\n`);
    expect(unchanged.stdout).toContain('✗ 10 errors, 1 warning.');
    expect(unchanged.stdout).not.toContain('nodes.');
    expect(unchanged.status).toBe(1);

    fillInBlanks(join(project, file));
    const filled = check(project);
    expect(filled.stdout).toBe(`Checked 2 articles and 2 troubleshooters.

Warnings (these do not stop publishing):
${STALE_BUILD(file)}
✓ No errors, 1 warning. Ready to publish.
`);
    expect(filled.status).toBe(0);
  });
});
