/**
 * A `duizhao:<name>` performance mark on the main thread (import and re-check steps), so a
 * profile or the browser benchmark can tell what was happening around a long task.
 * `detail` is kept with the mark (e.g. where a re-check spent its time). Never throws.
 */
export function markPhase(name: string, detail?: unknown): void {
  try {
    performance.mark(`duizhao:${name}`, detail === undefined ? undefined : { detail });
  } catch {
    // No User Timing here: nothing to record.
  }
}
