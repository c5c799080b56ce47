/**
 * The full re-checks running in this tab, by database and project: a re-check in progress
 * replaces the project's findings cache, so the Dashboard must not start its own check of
 * the same project meanwhile (it would check and write everything a second time).
 */
class RunningRechecks {
  private readonly runs = new Map<string, number>();
  private readonly listeners = new Set<() => void>();

  /** Marks a re-check of `projectId` in `dbName` as running; call the returned function when it ends. */
  start(dbName: string, projectId: number): () => void {
    const key = `${dbName}|${projectId}`;
    this.runs.set(key, (this.runs.get(key) ?? 0) + 1);
    this.emit();
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const n = (this.runs.get(key) ?? 1) - 1;
      if (n > 0) this.runs.set(key, n);
      else this.runs.delete(key);
      this.emit();
    };
  }

  has(dbName: string, projectId: number | null): boolean {
    return projectId !== null && this.runs.has(`${dbName}|${projectId}`);
  }

  /** For useSyncExternalStore: `listener` is called whenever a re-check starts or ends. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }
}

export const runningRechecks = new RunningRechecks();
