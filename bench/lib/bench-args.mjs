// Command-line and environment options of `npm run bench`.

export const DEFAULT_SIZES = [1000, 5000, 20000];
/** Starlight builds far slower than Astro alone; above this size it is left out. */
export const STARLIGHT_MAX_SIZE = 5000;
export const FLOW_COUNT = 200;
/** `npm run bench` must finish within 20 minutes on the 2-core machine; a minute is kept for the last stage's overrun. */
export const DEFAULT_BUDGET_MINUTES = 19;
/**
 * Builds per site and size: one build's time moves by ±20 % within minutes on a shared machine, so
 * help center ÷ peer is the median of three rounds unless asked otherwise.
 */
export const DEFAULT_REPEAT = 3;

/** The value of `--name value` or `--name=value`, else undefined. */
function flagValue(argv, name) {
  const flag = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (flag === -1) return undefined;
  return argv[flag].includes('=') ? argv[flag].split('=')[1] : argv[flag + 1];
}

/**
 * `--sizes 1000,5000` (or BENCH_SIZES=1000) picks the library sizes; `--budget-minutes 90` (or
 * BENCH_BUDGET_MINUTES) allows a longer run; `--no-peers`, `--no-lighthouse`, `--no-search` and
 * `--no-dev` (the writer's loop) leave stages out for a quicker one; `--repeat N` (or BENCH_REPEAT)
 * builds every site N times (three by default), taking turns, and compares them round by round; `--report-only`
 * rewrites results.md from results.json.
 */
export function readBenchArgs(argv = process.argv.slice(2), env = process.env) {
  const options = { sizes: DEFAULT_SIZES, budgetMinutes: DEFAULT_BUDGET_MINUTES, repeat: DEFAULT_REPEAT, peers: true, lighthouse: true, search: true, dev: true, reportOnly: false };
  const budgetText = flagValue(argv, '--budget-minutes') ?? env.BENCH_BUDGET_MINUTES;
  if (budgetText !== undefined) {
    options.budgetMinutes = Number(budgetText);
    if (!(options.budgetMinutes > 0)) throw new Error(`--budget-minutes must be a positive number of minutes (got "${budgetText}")`);
  }
  const repeatText = flagValue(argv, '--repeat') ?? env.BENCH_REPEAT;
  if (repeatText !== undefined) {
    options.repeat = Number(repeatText);
    if (!Number.isInteger(options.repeat) || options.repeat < 1) throw new Error(`--repeat must be a whole number of builds per site, 1 or more (got "${repeatText}"), e.g. --repeat 3`);
  }
  const sizeText = flagValue(argv, '--sizes') ?? env.BENCH_SIZES;
  if (sizeText) {
    const sizes = sizeText.split(',').map((part) => Number(part.trim()));
    if (sizes.some((size) => !Number.isInteger(size) || size < 50)) {
      throw new Error(`--sizes must be whole numbers of articles of at least 50, joined by commas (got "${sizeText}"), e.g. --sizes 1000,5000`);
    }
    options.sizes = sizes.sort((a, b) => a - b);
  }
  if (argv.includes('--no-peers')) options.peers = false;
  if (argv.includes('--no-lighthouse')) options.lighthouse = false;
  if (argv.includes('--no-search')) options.search = false;
  if (argv.includes('--no-dev')) options.dev = false;
  if (argv.includes('--report-only')) options.reportOnly = true;
  return options;
}
