/**
 * Work a "worker" does on the calling thread because `Worker` is undefined (jsdom, tests):
 * each off-thread helper passes its in-process run through `inProcess`, and `inProcessIdle`
 * resolves once none is running. The test setup waits for it after each file, so a lazy
 * import or an IndexedDB write still in flight when a test ends finishes before Vitest tears
 * the environment down (an import after teardown is an EnvironmentTeardownError that fails
 * the run even when every test passed). In a browser nothing goes through here.
 */
const running = new Set<Promise<unknown>>();

export function inProcess<T>(work: () => Promise<T>): Promise<T> {
  const p = work();
  running.add(p);
  const done = () => running.delete(p);
  p.then(done, done);
  return p;
}

/** Resolves when no in-process work is running (or after `timeoutMs`, with false). */
export async function inProcessIdle(timeoutMs = 20_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (running.size > 0) {
    const left = deadline - Date.now();
    if (left <= 0) return false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      Promise.allSettled([...running]),
      new Promise((r) => (timer = setTimeout(r, left))),
    ]);
    clearTimeout(timer);
  }
  return true;
}
