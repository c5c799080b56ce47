import { sentencePairs } from '../../core/learn';
import type { Finding } from '../../core/model';
import type { CurrentUnit, DocumentRecord } from '../../db';
import type { SpotItem } from '../../db/glossary';

/**
 * The sentence pairs a spot-check samples from: every aligned sentence of every unit that
 * has a translation (target-only units give their Chinese sentences with an empty source).
 * With findings, each pair is marked flagged when a finding (not info) touches its target.
 */
export function spotPopulation(units: readonly CurrentUnit[], documents: Map<number, DocumentRecord>, findings?: readonly Finding[]): SpotItem[] {
  const flaggedSpans = new Map<string, { start: number; end: number }[]>();
  for (const f of findings ?? []) {
    if (f.severity === 'info' || !f.target) continue;
    const list = flaggedSpans.get(f.unitId);
    if (list) list.push(f.target);
    else flaggedSpans.set(f.unitId, [f.target]);
  }
  const out: SpotItem[] = [];
  for (const cu of units) {
    if (!cu.target.trim()) continue;
    const spans = flaggedSpans.get(String(cu.unit.id)) ?? [];
    const doc = documents.get(cu.unit.documentId);
    sentencePairs(cu.source, cu.target).forEach((p, i) => {
      if (!p.target.text.trim()) return;
      const item: SpotItem = {
        unitId: cu.unit.id,
        documentId: cu.unit.documentId,
        extId: cu.unit.extId,
        docTitle: doc?.title ?? '',
        sentence: i,
        source: p.source.text,
        target: p.target.text,
      };
      if (findings) item.flagged = spans.some((s) => s.start < p.target.end && s.end > p.target.start);
      out.push(item);
    });
  }
  return out;
}
