// `npm run translated -- <translation files>` (or `-- --all`): records in each translation which
// English version it was made from (`translatedFrom:`), so the site and `npm run check` can tell a
// reader and a writer when the English has changed since. Run it when you finish a translation, or
// when you have brought one up to date with its English page.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fingerprintOf, stampTranslation, translationOf } from '#src/lib/content/translations.ts';

const USAGE = 'npm run translated -- src/content/articles/ms/networking/connect-wifi.mdx (one or more translation files), or npm run translated -- --all';

function allTranslations(root: string): string[] {
  return ['src/content/articles', 'src/flows']
    .flatMap((dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir), { recursive: true }).map((name) => `${dir}/${String(name)}`) : []))
    .filter((file) => /\.(mdx|yaml)$/.test(file) && translationOf(file));
}

const { values, positionals } = parseArgs({ options: { all: { type: 'boolean' }, root: { type: 'string' } }, allowPositionals: true, strict: true });
const root = resolve(values.root ?? '.');
const files = values.all ? allTranslations(root) : positionals.map((file) => relative(root, resolve(file)).split('\\').join('/'));
if (files.length === 0) {
  console.error(`Which translations? Hint: ${USAGE}`);
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const translation = translationOf(file);
  if (!translation) {
    console.error(`${file}: is not a translation. Hint: translations are under src/content/articles/<language>/ and src/flows/<language>/.`);
    failed = true;
    continue;
  }
  if (!existsSync(join(root, translation.original))) {
    console.error(`${file}: has no English original at ${translation.original}. Hint: a translation keeps the English file name and category folder.`);
    failed = true;
    continue;
  }
  const fingerprint = fingerprintOf(translation.original, readFileSync(join(root, translation.original), 'utf8'));
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = stampTranslation(file, before, fingerprint);
  if (after !== before) writeFileSync(path, after);
  console.log(`${file}: translated from ${translation.original} as it is now (${fingerprint}).`);
}
process.exitCode = failed ? 1 : 0;
