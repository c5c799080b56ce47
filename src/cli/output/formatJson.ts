import type { CheckReport } from './CheckReport';

/**
 * The machine-readable report:
 * `{"tool":"duizhao","version":…,"units":N,"findings":[{"unit","check","severity","mqm",
 * "target":{start,end,text}|null,"source":{…}|null,"message","suggestion":…|null}]}`.
 * Offsets are UTF-16 indices into the unit's text exactly as it stands in the file.
 */
export function formatJson(r: CheckReport): string {
  const findings = r.findings.map((f) => ({
    unit: f.unitId,
    check: f.check,
    severity: f.severity,
    mqm: f.mqm,
    target: f.target ? { start: f.target.start, end: f.target.end, text: f.target.text } : null,
    source: f.source ? { start: f.source.start, end: f.source.end, text: f.source.text } : null,
    message: f.message,
    suggestion: f.suggestion ?? null,
  }));
  return JSON.stringify({ tool: 'duizhao', version: r.version, units: r.units.length, findings }, null, 2) + '\n';
}
