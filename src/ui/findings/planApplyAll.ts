import type { CheckUnit } from '../../core/checks/Check';
import { findingKey, type Finding } from '../../core/model';
import { checkUnitOf, currentDecisions, getDocumentUnits, type CurrentUnit, type DuizhaoDB, type ReviewOp } from '../../db';
import type { CheckTermbases } from '../review';
import { decisionOp } from './findingOps';

/** One unit's change in an "Apply to all" plan (the preview lists these). */
export interface ApplyAllChange {
  unitId: number;
  documentTitle: string;
  unitExtId: string;
  before: string;
  after: string;
  /** Replaced spans, offsets into `before`. */
  spans: { start: number; end: number }[];
  findings: Finding[];
}

export type Checker = (units: CheckUnit[], termbases?: CheckTermbases) => Promise<Finding[]>;

function toCheckUnit(cu: CurrentUnit): CheckUnit {
  return checkUnitOf(cu.unit, cu.source, cu.target);
}

/** Same check, same flagged text, same suggestion: the "same finding" elsewhere. */
function sameAs(f: Finding, g: Finding): boolean {
  return g.check === f.check && !!g.target && g.target.text === f.target?.text && g.suggestion === f.suggestion;
}

/**
 * Plans "Apply to all": re-checks every document of the project (as the review does) and
 * collects each occurrence of the same finding that is not dismissed; per unit, the spans are
 * replaced right to left (overlaps once). Nothing is stored.
 */
export async function planApplyAll(
  db: DuizhaoDB,
  projectId: number,
  finding: Finding,
  check: Checker,
  termbases?: CheckTermbases,
  signal?: AbortSignal,
): Promise<ApplyAllChange[]> {
  if (finding.suggestion === undefined || !finding.target) return [];
  const docs = await db.documents.where('projectId').equals(projectId).sortBy('order');
  const out: ApplyAllChange[] = [];
  for (const doc of docs) {
    if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    const units = await getDocumentUnits(db, doc.id);
    const candidates = units.filter((u) => u.target.includes(finding.target!.text));
    if (!candidates.length) continue;
    const found = (await check(units.map(toCheckUnit), termbases)).filter((g) => sameAs(finding, g));
    if (!found.length) continue;
    const decisions = await currentDecisions(db, units.map((u) => u.unit.id));
    const byUnit = new Map<string, Finding[]>();
    for (const g of found) {
      if (decisions.get(findingKey(g))?.action === 'dismissed') continue;
      const list = byUnit.get(g.unitId);
      if (list) list.push(g);
      else byUnit.set(g.unitId, [g]);
    }
    for (const cu of units) {
      const list = byUnit.get(String(cu.unit.id));
      if (!list) continue;
      const spans = list
        .map((g) => ({ start: g.target!.start, end: g.target!.end, g }))
        .filter((s) => cu.target.slice(s.start, s.end) === finding.target!.text)
        .sort((a, b) => a.start - b.start);
      const kept: typeof spans = [];
      for (const s of spans) if (!kept.length || s.start >= kept[kept.length - 1].end) kept.push(s);
      if (!kept.length) continue;
      let after = cu.target;
      for (const s of [...kept].reverse()) after = after.slice(0, s.start) + finding.suggestion + after.slice(s.end);
      out.push({
        unitId: cu.unit.id,
        documentTitle: doc.title,
        unitExtId: cu.unit.extId,
        before: cu.target,
        after,
        spans: kept.map(({ start, end }) => ({ start, end })),
        findings: kept.map((s) => s.g),
      });
    }
  }
  return out;
}

/** The ops of a plan: one new revision per unit and an "applied" decision per finding. */
export function applyAllOps(plan: readonly ApplyAllChange[]): ReviewOp[] {
  const ops: ReviewOp[] = [];
  for (const c of plan) {
    ops.push({ type: 'text', unitId: c.unitId, side: 'target', before: c.before, after: c.after, reason: 'apply to all' });
    for (const f of c.findings) ops.push(decisionOp(f, undefined, { action: 'applied' }));
  }
  return ops;
}
