import { existsSync, readFileSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type TypeScript from 'typescript';

const SOURCE_DIR = fileURLToPath(new URL('../../', import.meta.url));
const HAS_EXTENSION = /\.[cm]?[jt]sx?$|\.json$/;

/** `./validate` → `./validate.ts` (or `./validate/index.ts`), as Vite resolves it; undefined when no such file. */
function withTypeScriptExtension(specifier: string, parentURL: string | undefined): string | undefined {
  if (HAS_EXTENSION.test(specifier) || !parentURL?.startsWith('file:')) return undefined;
  const base = new URL(specifier, parentURL).href;
  return [`${base}.ts`, `${base}/index.ts`].find((candidate) => existsSync(fileURLToPath(candidate)));
}

/**
 * Lets plain Node run the site's TypeScript modules for the writer commands (`npm run check`,
 * `npm run new`). Vite resolves the `~/` alias and extensionless imports, and `parse-flow.ts` uses
 * constructor parameter properties, which Node's own type stripping refuses: so `~/x` and `./x`
 * are resolved here, and project `.ts` files are compiled with TypeScript (already a dev dependency)
 * rather than Node's experimental transform, which later Node versions drop.
 * Call it before the first dynamic `import()` of such a module.
 */
export function registerTypeScriptImports(): void {
  const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;
  const compilerOptions: TypeScript.CompilerOptions = {
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
    verbatimModuleSyntax: true,
    inlineSourceMap: true,
  };
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const aliased = specifier.startsWith('~/') ? pathToFileURL(SOURCE_DIR + specifier.slice(2)).href : specifier;
      const isRelative = aliased.startsWith('.') || aliased.startsWith('file:');
      const resolved = isRelative ? withTypeScriptExtension(aliased, context.parentURL) : undefined;
      return nextResolve(resolved ?? aliased, context);
    },
    load(url, context, nextLoad) {
      if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/')) return nextLoad(url, context);
      const fileName = fileURLToPath(url);
      const { outputText } = ts.transpileModule(readFileSync(fileName, 'utf8'), { compilerOptions, fileName });
      return { format: 'module', source: outputText, shortCircuit: true };
    },
  });
}
