import { SEVERITY_RANK, type Finding, type Severity } from '../../core/model';
import type { CheckReport, ReportUnit } from './CheckReport';
import { spanInContext } from './spanInContext';

const ORDER: Severity[] = ['critical', 'major', 'minor', 'info'];

/**
 * The report for people: a summary line, then findings grouped by unit, each with its
 * severity, check, MQM category, the span in context (±12 characters), the message and
 * the suggestion.
 */
export function formatText(r: CheckReport): string {
  return [...formatTextChunks(r)].join('');
}

/**
 * The same report in pieces (the summary line, then the findings of about 500 units at a
 * time, then the --fail-on verdict), so a large report is written as it is formatted
 * instead of being built as one string.
 */
export function* formatTextChunks(r: CheckReport): Generator<string> {
  let lines: string[] = [];
  const counts = countBySeverity(r.findings);
  const byUnit = new Map<string, Finding[]>();
  for (const f of r.findings) {
    const list = byUnit.get(f.unitId);
    if (list) list.push(f);
    else byUnit.set(f.unitId, [f]);
  }
  const parts = ORDER.filter((s) => counts[s]).map((s) => `${counts[s]} ${s}`);
  lines.push(
    `${r.file}: ${r.units.length} unit${r.units.length === 1 ? '' : 's'}, ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}` +
      (parts.length ? ` (${parts.join(', ')})` : '') +
      (byUnit.size ? ` in ${byUnit.size} unit${byUnit.size === 1 ? '' : 's'}` : ''),
  );
  let units = 0;
  for (const u of r.units) {
    const list = byUnit.get(u.id);
    if (!list) continue;
    lines.push('', unitHeading(u, list.length));
    for (let i = 0; i < list.length; i++) lines.push(findingLines(list[i], u, i + 1));
    if (++units % 500 === 0) {
      yield lines.join('\n') + '\n';
      lines = [];
    }
  }
  if (r.failOn) {
    const failing = r.findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[r.failOn!]).length;
    lines.push('', failing ? `FAILED: ${failing} finding${failing === 1 ? '' : 's'} at or above ${r.failOn} (--fail-on ${r.failOn}).` : `OK: no finding at or above ${r.failOn}.`);
  }
  if (lines.length) yield lines.join('\n') + '\n';
}

function unitHeading(u: ReportUnit, n: number): string {
  const name = u.document?.name;
  const title = name ? ` — ${name}` : '';
  const engine = u.engine ? ` (translated by ${u.engine})` : '';
  return `■ unit ${u.id}${title}${engine}: ${n} finding${n === 1 ? '' : 's'}`;
}

/** A finding's lines, as one string (no array per finding, spread into the report's). */
function findingLines(f: Finding, u: ReportUnit, n: number): string {
  let out = `  ${n}. ${f.severity.toUpperCase()}  ${f.check}  [${f.mqm}]${f.confidence === 'suspect' ? '  (suspect)' : ''}`;
  if (f.target) out += `\n     target ${f.target.start}–${f.target.end}: ${spanInContext(u.target, f.target)}`;
  if (f.source) out += `\n     source ${f.source.start}–${f.source.end}: ${spanInContext(u.source, f.source)}`;
  out += `\n     ${f.message}`;
  if (f.suggestion !== undefined) out += `\n     → suggestion: ${f.suggestion === '' ? '(delete)' : f.suggestion}`;
  return out;
}

function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { critical: 0, major: 0, minor: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
