/** What Vitest puts in the environment: its own flags, NODE_ENV=test, and Vite's `import.meta.env` values. */
const SET_BY_VITEST = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/;

/**
 * The environment of a writer's shell for the `astro` commands these tests start, not Vitest's: with
 * Vitest's DEV=1 and MODE=test, `astro build` takes the code paths of `astro dev` (a broken article is
 * shown on its own page instead of stopping the build first), so the test would not see what a writer sees.
 */
export function writerShellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const shell = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SET_BY_VITEST.test(name)));
  return { ...shell, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
