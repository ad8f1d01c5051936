// Every process the bench starts (builds, previews), so an interrupted run leaves none behind.
const running = new Set();

/** Remembers a child started with `detached: true` (its own process group) until it ends. */
export function trackChild(child) {
  running.add(child);
  child.once('close', () => running.delete(child));
  return child;
}

/** Ends every tracked child's process group: Astro starts esbuild and Pagefind under it. */
export function stopAllChildren() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
