// Long main-thread tasks of the page (PerformanceObserver 'longtask') with what was happening:
// the app's `duizhao:*` performance marks around each task and, with a CPU profile (CDP
// Profiler, `--profile`), the functions that ran in it.
import type { CDPSession, Page } from 'playwright-core';
import type { PageTrace } from './pageTrace';

/** Installed before the page loads: collects every long task (> 50 ms) as [start, duration]. */
export const LONGTASK_INIT = `
  window.__longtasks = [];
  window.__duizhaoProfileSync = function __duizhaoProfileSync() { const t = performance.now(); while (performance.now() - t < 30) {} return t; };
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__longtasks = null; }
`;

export interface LongTask {
  start: number;
  duration: number;
  /** The app's marks: the last one before the task and those inside it. */
  during: string;
  /** Hottest functions in the task (self time), from the CPU profile when one was taken. */
  hot?: string;
}

export interface LongTaskSummary {
  count: number;
  over100: number;
  longest: number;
  top: LongTask[];
  /** From the trace: the most CPU time one main-thread task took in the same span (ms). */
  maxCpu?: number;
}

export async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __longtasks: number[] }).__longtasks = []));
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A CPU profile of the page between start() and stop(), aligned with performance.now(). */
export class PageProfile {
  private profile: Profile | null = null;
  private syncAt = 0;
  private constructor(private readonly cdp: CDPSession) {}

  static async start(page: Page): Promise<PageProfile> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const p = new PageProfile(cdp);
    p.syncAt = await page.evaluate(() => (window as unknown as { __duizhaoProfileSync: () => number }).__duizhaoProfileSync());
    return p;
  }

  async stop(): Promise<void> {
    const { profile } = (await this.cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    this.profile = profile;
    await this.cdp.detach();
  }

  /** Top functions by self time between two page times (ms), as "name 40 ms, …". */
  hot(from: number, to: number, n = 6): string {
    const p = this.profile;
    if (!p) return '';
    const byId = new Map(p.nodes.map((x) => [x.id, x]));
    const parent = new Map<number, number>();
    for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
    // Sample times in µs (profile clock); find the sync function to map to page time.
    const times: number[] = [];
    let t = p.startTime;
    for (const d of p.timeDeltas) times.push((t += d));
    let offset: number | null = null;
    for (let i = 0; i < p.samples.length && offset === null; i++) {
      for (let id: number | undefined = p.samples[i]; id !== undefined; id = parent.get(id)) {
        if (byId.get(id)?.callFrame.functionName === '__duizhaoProfileSync') {
          offset = times[i] / 1000 - this.syncAt;
          break;
        }
      }
    }
    if (offset === null) return '(profile not aligned)';
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    for (let i = 0; i < p.samples.length; i++) {
      const at = times[i] / 1000 - offset;
      if (at < from || at > to) continue;
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
      const leaf = byId.get(p.samples[i]);
      const name = (x: ProfileNode) => `${x.callFrame.functionName || '(anonymous)'}${x.callFrame.url ? `@${x.callFrame.url.split('/').pop()}:${x.callFrame.lineNumber + 1}` : ''}`;
      if (leaf) self.set(name(leaf), (self.get(name(leaf)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let id: number | undefined = p.samples[i]; id !== undefined; id = parent.get(id)) {
        const x = byId.get(id);
        if (!x || !x.callFrame.functionName || x.callFrame.functionName.startsWith('(')) continue;
        const k = name(x);
        if (seen.has(k)) continue;
        seen.add(k);
        incl.set(k, (incl.get(k) ?? 0) + dt);
      }
    }
    const top = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
        .join(', ');
    return `self: ${top(self)}\n        incl: ${top(incl)}`;
  }
}

/** Long tasks since the last reset (optionally only those starting before / after a page time), longest first. */
export async function longTasks(
  page: Page,
  part: { before?: number; after?: number } = {},
  extra: { profile?: PageProfile; trace?: PageTrace } = {},
  topN = 3,
): Promise<LongTaskSummary> {
  const { profile, trace } = extra;
  // Let the observer deliver the last entries.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  const { raw, marks } = await page.evaluate(() => ({
    raw: (window as unknown as { __longtasks: [number, number][] | null }).__longtasks,
    marks: performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('duizhao:'))
      .map((m) => [m.startTime, m.name.slice('duizhao:'.length)] as [number, string]),
  }));
  if (!raw) return { count: -1, over100: -1, longest: -1, top: [] };
  const list = raw.filter(([t]) => (part.before === undefined || t < part.before) && (part.after === undefined || t >= part.after));
  const sorted = [...list].sort((a, b) => b[1] - a[1]);
  const top = sorted.slice(0, topN).map(([start, duration]): LongTask => {
    const end = start + duration;
    const before = marks.filter(([t]) => t <= start).pop();
    const inside = marks.filter(([t]) => t > start && t <= end + 1).map(([, n]) => n);
    const during = [before ? `after "${before[1]}" (${(start - before[0]).toFixed(0)} ms before)` : 'before any mark', inside.length ? `marks inside: ${inside.join(', ')}` : ''].filter(Boolean).join('; ');
    const anchor = marks[marks.length - 1];
    const hot = [profile?.hot(start, end), trace && anchor ? trace.describe(start, end, `duizhao:${anchor[1]}`, anchor[0]) : undefined].filter(Boolean).join('\n        ');
    return { start, duration, during, ...(hot ? { hot } : {}) };
  });
  const out: LongTaskSummary = { count: list.length, over100: list.filter(([, d]) => d > 100).length, longest: sorted.length ? sorted[0][1] : 0, top };
  const anchor = marks[marks.length - 1];
  if (trace && anchor) {
    const busy = trace.busiest(part.after ?? -Infinity, part.before ?? Infinity, `duizhao:${anchor[1]}`, anchor[0]);
    if (busy) out.maxCpu = busy.cpu;
  }
  return out;
}

/** "129 ms (3 tasks > 100 ms, 12 > 50 ms)". */
export function summary(s: LongTaskSummary): string {
  const cpu = s.maxCpu !== undefined ? `; the most CPU time of any main-thread task: ${s.maxCpu.toFixed(0)} ms (trace)` : '';
  return `${s.longest.toFixed(0)} ms (${s.over100} tasks > 100 ms, ${s.count} > 50 ms)${cpu}`;
}

/** The top tasks, one line each (plus the profile's hot functions when taken). */
export function describeTop(s: LongTaskSummary): string[] {
  return s.top.map((t, i) => `    #${i + 1} ${t.duration.toFixed(0)} ms at ${(t.start / 1000).toFixed(1)} s — ${t.during}${t.hot ? `\n        ${t.hot}` : ''}`);
}
