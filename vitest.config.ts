import { defineConfig } from 'vitest/config';

// Unit tests cover the pure modules in src/lib and src/schemas; build tests run `astro build` on a broken copy.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'collector/test/**/*.test.ts'], testTimeout: 10_000, environment: 'node' },
});
