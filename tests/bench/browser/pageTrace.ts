// A Chromium trace of the page's main thread (CDP Tracing, `bench:browser --trace`): for a
// long task it tells CPU time from wall time (a task that waited for a core on a loaded
// machine has little CPU time) and what ran inside it (script, GC, style, layout…).
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: { data?: Record<string, unknown> };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.gc', 'blink.user_timing'];

export class PageTrace {
  private events: TraceEvent[] = [];
  private constructor(private readonly cdp: CDPSession) {}

  static async start(page: Page): Promise<PageTrace> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReturnAsStream' });
    return new PageTrace(cdp);
  }

  async stop(): Promise<void> {
    const complete = new Promise<string>((resolve) => this.cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream as string)));
    await this.cdp.send('Tracing.end');
    const stream = await complete;
    let text = '';
    for (;;) {
      const chunk = await this.cdp.send('IO.read', { handle: stream, size: 1 << 22 });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await this.cdp.send('IO.close', { handle: stream });
    await this.cdp.detach();
    const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    this.events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  }

  /** Main-thread tasks starting in page time [from, to) (ms): the most CPU one took, and the longest wall time. */
  busiest(from: number, to: number, anchor: string, anchorAt: number): { cpu: number; wall: number } | null {
    const mark = this.events.find((e) => e.name === anchor && e.cat?.includes('user_timing'));
    if (!mark) return null;
    const offset = mark.ts / 1000 - anchorAt;
    let cpu = 0;
    let wall = 0;
    for (const e of this.events) {
      if (e.pid !== mark.pid || e.tid !== mark.tid || e.ph !== 'X' || e.dur === undefined) continue;
      if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
      const at = e.ts / 1000 - offset;
      if (at < from || at >= to) continue;
      cpu = Math.max(cpu, (e.tdur ?? e.dur) / 1000);
      wall = Math.max(wall, e.dur / 1000);
    }
    return { cpu, wall };
  }

  /**
   * Every thread of the page's renderer that ran tasks in page time [from, to] (ms), busiest
   * first: wall time of its tasks, their CPU time (less than wall = it waited for a core)
   * and garbage collection inside them, e.g. "DedicatedWorker thread: tasks 41.0 s wall,
   * 12.3 s CPU; GC 2.1 s". Tells a worker starved of a core from one doing more work.
   */
  threads(from: number, to: number, anchor: string, anchorAt: number): string[] {
    const mark = this.events.find((e) => e.name === anchor && e.cat?.includes('user_timing'));
    if (!mark) return [`(trace: mark ${anchor} not found)`];
    const offset = mark.ts / 1000 - anchorAt;
    const lo = (from + offset) * 1000;
    const hi = (to + offset) * 1000;
    const names = new Map<number, string>();
    for (const e of this.events) {
      if (e.pid === mark.pid && e.ph === 'M' && e.name === 'thread_name') names.set(e.tid, String((e.args as { name?: string } | undefined)?.name ?? e.tid));
    }
    const per = new Map<number, { wall: number; cpu: number; gc: number; end: number }>();
    const sorted = this.events.filter((e) => e.pid === mark.pid && e.ph === 'X' && e.dur !== undefined && e.ts >= lo && e.ts < hi).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    for (const e of sorted) {
      const t = per.get(e.tid) ?? { wall: 0, cpu: 0, gc: 0, end: -1 };
      per.set(e.tid, t);
      if (e.name === 'MinorGC' || e.name === 'MajorGC') t.gc += e.dur!;
      if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
      if (e.ts < t.end) continue; // nested in a task already counted
      t.end = e.ts + e.dur!;
      t.wall += e.dur!;
      t.cpu += e.tdur ?? e.dur!;
    }
    return [...per]
      .filter(([, t]) => t.wall >= 100_000)
      .sort((a, b) => b[1].wall - a[1].wall)
      .map(([tid, t]) => `    ${names.get(tid) ?? `thread ${tid}`}: tasks ${(t.wall / 1e6).toFixed(1)} s wall, ${(t.cpu / 1e6).toFixed(1)} s CPU; GC ${(t.gc / 1e6).toFixed(1)} s`);
  }

  /**
   * The main-thread task overlapping page time [from, to] (ms) the most: its wall and CPU
   * time and the biggest things inside it, e.g. "wall 268 ms, CPU 41 ms; FunctionCall 30 ms, MinorGC 6 ms".
   * `anchor` is a `duizhao:*` mark name whose page time is `anchorAt` (aligns the clocks).
   */
  describe(from: number, to: number, anchor: string, anchorAt: number): string {
    const mark = this.events.find((e) => e.name === anchor && e.cat?.includes('user_timing'));
    if (!mark) return `(trace: mark ${anchor} not found)`;
    const offset = mark.ts / 1000 - anchorAt;
    const main = this.events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.dur !== undefined);
    const lo = (from + offset) * 1000;
    const hi = (to + offset) * 1000;
    let task: TraceEvent | undefined;
    let best = 0;
    for (const e of main) {
      if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
      const overlap = Math.min(hi, e.ts + e.dur!) - Math.max(lo, e.ts);
      if (overlap > best) {
        best = overlap;
        task = e;
      }
    }
    if (!task) return '(trace: no task there)';
    const end = task.ts + task.dur!;
    const inside = new Map<string, number>();
    // Direct children: events inside the task not inside another event inside it.
    const kids = main.filter((e) => e !== task && e.ts >= task!.ts && e.ts + e.dur! <= end).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    let coveredTo = -1;
    for (const e of kids) {
      if (e.ts < coveredTo) continue;
      coveredTo = e.ts + e.dur!;
      const d = e.args?.data;
      const what = d && typeof d.functionName === 'string' && d.functionName ? `${e.name}(${d.functionName})` : d && typeof d.type === 'string' ? `${e.name}(${d.type})` : e.name;
      inside.set(what, (inside.get(what) ?? 0) + e.dur! / 1000);
    }
    const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ');
    return `trace: wall ${(task.dur! / 1000).toFixed(0)} ms, CPU ${task.tdur !== undefined ? (task.tdur / 1000).toFixed(0) : '?'} ms; ${top || 'nothing traced inside'}`;
  }
}
