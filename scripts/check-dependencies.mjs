// `npm run deps`: checks the import rules in .dependency-cruiser.cjs over the whole tree.
// dependency-cruiser cannot read .astro files yet (its issue #1007), so their frontmatter and
// <script> code, as Astro's own compiler parses them, are first written to .astro/deps/ as .ts
// files at the same paths; the rules treat that copy as the component itself.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from '@astrojs/compiler-rs';

const MIRROR = '.astro/deps';
const SPECIFIER = /((?:from|import)\s*\(?\s*)(['"])([^'"]+)\2/g;

/** The code of an .astro file: its frontmatter and every script Astro bundles, in file order. */
function codeOf(source) {
  const { ast } = parse(source);
  const programs = [];
  if (ast.frontmatter?.program) programs.push(ast.frontmatter.program);
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'AstroScript' && node.program) programs.push(node.program);
    for (const [key, value] of Object.entries(node)) if (key !== 'program') walk(value);
  };
  walk(ast.body);
  return programs.map((program) => source.slice(program.start, program.end)).join('\n');
}

/** An import as written in `file`, pointed from the copy at the copy of an .astro file or at the real module. */
function retarget(specifier, file, copy) {
  const target = specifier.startsWith('#src/') ? specifier.replace('#src/', 'src/') : specifier.startsWith('.') ? relative('.', resolve(dirname(file), specifier)) : undefined;
  if (!target) return specifier;
  const pointed = target.endsWith('.astro') ? join(MIRROR, `${target}.ts`) : target;
  if (!target.endsWith('.astro') && specifier.startsWith('#src/')) return specifier;
  const path = relative(dirname(copy), pointed);
  return path.startsWith('.') ? path : `./${path}`;
}

rmSync(MIRROR, { recursive: true, force: true });
for (const entry of readdirSync('src', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.astro')) continue;
  const file = relative('.', join(entry.parentPath, entry.name));
  const copy = join(MIRROR, `${file}.ts`);
  const code = codeOf(readFileSync(file, 'utf8')).replace(SPECIFIER, (_, before, quote, specifier) => `${before}${quote}${retarget(specifier, file, copy)}${quote}`);
  mkdirSync(dirname(copy), { recursive: true });
  writeFileSync(copy, `// Generated from ${file} by scripts/check-dependencies.mjs; not part of the site.\n${code}\n`);
}

const result = spawnSync('npx', ['depcruise', 'src', 'tools', 'collector', 'astro.config.mjs', MIRROR, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
