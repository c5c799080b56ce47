import { SEVERITY_RANK, type Finding } from '../model/Finding';

/**
 * Order one unit's findings: severity (critical first), then registry order of the check,
 * then target offset (findings without a target span first), then source offset. Exact
 * duplicates (same check, spans, message and suggestion) are dropped. Returns a new array.
 */
export function orderFindings(findings: Finding[], rank: Map<string, number>): Finding[] {
  if (findings.length === 0) return findings;
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const f of findings) {
    const key = `${f.check}\u0000${f.severity}\u0000${f.target?.start ?? ''}:${f.target?.end ?? ''}\u0000${f.source?.start ?? ''}:${f.source?.end ?? ''}\u0000${f.message}\u0000${f.suggestion ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(f);
  }
  return unique.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (rank.get(a.check) ?? 1e9) - (rank.get(b.check) ?? 1e9) ||
      (a.target?.start ?? -1) - (b.target?.start ?? -1) ||
      (a.source?.start ?? -1) - (b.source?.start ?? -1),
  );
}
