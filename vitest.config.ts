import { configDefaults, defineConfig } from 'vitest/config';

// Unit tests cover the pure modules in src/lib and src/schemas; build tests run `astro build` on a broken copy.
const shared = { testTimeout: 10_000, environment: 'node' as const };
// Edits files under a running `astro dev` and waits for each page to change: it runs after every
// other file, alone, so the builds other test files run cannot starve the dev server meanwhile.
const DEV_SERVER_TEST = 'tests/build/dev-overlay.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'main',
          include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'collector/test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, DEV_SERVER_TEST],
          sequence: { groupOrder: 0 },
        },
      },
      { test: { ...shared, name: 'dev server', include: [DEV_SERVER_TEST], sequence: { groupOrder: 1 } } },
    ],
  },
});
