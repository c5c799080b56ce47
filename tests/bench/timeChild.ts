import { spawnSync } from 'node:child_process';

// Runs the command under python3 to read the child's CPU time (getrusage of children)
// besides the wall clock.
const TIMER =
  'import resource, subprocess, sys\n' +
  'r = subprocess.run(sys.argv[1:])\n' +
  'u = resource.getrusage(resource.RUSAGE_CHILDREN)\n' +
  'print("CPU", u.ru_utime + u.ru_stime, file=sys.stderr)\n' +
  'sys.exit(r.returncode)\n';

export interface ChildTime {
  seconds: number;
  /** User + system CPU seconds of the command, or null when python3 could not say. */
  cpuSeconds: number | null;
}

/**
 * Runs `command` (program and arguments) to its end and times it; throws, naming `what`, when
 * it exits with anything but 0. `stdout`: a file descriptor for its output (default: ignored).
 */
export function timeChild(what: string, command: string[], opts: { cwd?: string; stdout?: number; timeoutMs?: number } = {}): ChildTime {
  const t0 = performance.now();
  const r = spawnSync('python3', ['-c', TIMER, ...command], {
    cwd: opts.cwd,
    encoding: 'utf8',
    stdio: ['ignore', opts.stdout ?? 'ignore', 'pipe'],
    timeout: opts.timeoutMs ?? 900_000,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}): ${(r.stderr ?? '').slice(0, 500)}`);
  const cpu = /CPU ([\d.]+)/.exec(r.stderr);
  return { seconds, cpuSeconds: cpu ? Number(cpu[1]) : null };
}
