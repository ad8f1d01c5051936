/**
 * What may import what, written once (ARCHITECTURE.md says the same in words). `npm test` runs
 * `npm run deps`, so a wrong import fails with the rule's name and the two files.
 * @type {import('dependency-cruiser').IConfiguration}
 */
// A component's code is also checked from its copy in .astro/deps/ (see scripts/check-dependencies.mjs).
const SRC = '^(\\.astro/deps/)?src/';

module.exports = {
  forbidden: [
    {
      name: 'lib-is-pure',
      comment: 'src/lib holds pure logic: no disk, no Astro, no site settings, no data layer, no pages or components, no browser-only code. Pass what it needs in as arguments.',
      severity: 'error',
      from: { path: `${SRC}lib/` },
      to: {
        path: [`${SRC}(config|data|components|layouts|pages|integrations|client|styles)/`, `${SRC}i18n/index\\.ts`, '^src/content\\.config\\.ts$'],
      },
    },
    {
      name: 'lib-touches-no-disk-or-astro',
      comment: 'src/lib must not read or write files, start processes, or use Astro\'s runtime (astro/zod is only Zod).',
      severity: 'error',
      from: { path: `${SRC}lib/` },
      to: { path: '^(node:)?(fs|fs/promises|child_process|worker_threads)$|^astro:|^astro$|^astro/(?!zod)', dependencyTypes: ['core', 'npm', 'unknown', 'undetermined', 'npm-dev', 'npm-no-pkg'] },
    },
    {
      name: 'schemas-import-nothing-of-ours',
      comment: 'Schemas are the source of truth and depend only on Zod and each other; friendly messages come from src/lib/problems.',
      severity: 'error',
      from: { path: `${SRC}schemas/` },
      to: { path: `${SRC}(?!schemas/)` },
    },
    {
      name: 'components-receive-data',
      comment: 'Pages and layouts load content and pass it down as props; components never call the data layer.',
      severity: 'error',
      from: { path: `${SRC}components/` },
      // The shape of what is passed down may be named; loading it may not.
      to: { path: `${SRC}data/`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'browser-code-stays-light',
      comment: 'Code that runs in the browser (custom elements and their helpers) must not pull in the site settings, the dictionaries or Zod; the page embeds what it needs.',
      severity: 'error',
      from: { path: '^src/(components/.+\\.ts|client/)' },
      to: { path: `${SRC}(config/|i18n/|schemas/(?!taxonomy))`, dependencyTypes: ['local', 'aliased', 'aliased-subpath-import'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'build-never-imports-tools',
      comment: 'tools/ is the writer\'s command line; the site and its build must not depend on it.',
      severity: 'error',
      from: { path: '^(src|\\.astro/deps|astro\\.config\\.mjs)' },
      to: { path: '^tools/' },
    },
    {
      name: 'integrations-use-lib',
      comment: 'Build integrations run after rendering: they may use lib/, config and the dictionaries, never the data layer, pages or components.',
      severity: 'error',
      from: { path: `${SRC}integrations/` },
      to: { path: `${SRC}(data|pages|layouts|components)/` },
    },
    {
      name: 'collector-uses-schemas-and-lib',
      comment: 'The feedback collector shares the site\'s event schemas and problem messages, nothing else of the site.',
      severity: 'error',
      from: { path: '^collector/' },
      to: { path: `${SRC}(?!schemas/|lib/)` },
    },
    {
      name: 'no-cycles',
      comment: 'Modules that import each other cannot be understood, or tested, one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|bench|tests/fixtures)/|^\\.astro/(?!deps/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.mjs', '.js', '.astro', '.json'] },
  },
};
