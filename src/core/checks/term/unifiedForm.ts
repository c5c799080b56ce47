/**
 * What terminology.inconsistent suggests for one flagged occurrence: the document's chosen
 * rendering `target` in the form that replaces this span (the UI's "Apply suggestion" puts the
 * suggestion in place of the span), given the span's `rendering`, the `text` it sits in and
 * where the span ends. The chosen rendering's form follows the span's:
 * - the text right after the span continues with the end of the target (健壮 in 健壮性 with
 *   target 稳健性, 成员关系推理 in 成员关系推理攻击 with target 成员推理攻击): that end is left
 *   out (稳健, 成员推理), never doubled (稳健性性);
 * - the span ends in something the target lacks and the target with it is approved (稳健性
 *   with target 鲁棒: 鲁棒性; not 准确率性 for 准确性 with target 准确率);
 * - the span has no 性 where the target has one, as a modifier (健壮模型, 健壮的GNN with target
 *   稳健性): the target without 性 when that is approved (稳健);
 * - the target is a longer approved rendering ending in a word of two or more characters the
 *   span lacks (成员推理攻击 for a span 会员推理 not followed by 攻击): that shorter approved
 *   rendering (成员推理).
 */
export function unifiedForm(target: string, rendering: string, text: string, end: number, approved: readonly string[]): string {
  // the span ends in something the target lacks: the approved target with that ending
  for (let i = 0; i < approved.length; i++) {
    const a = approved[i];
    if (a.length > target.length && a.startsWith(target) && rendering.endsWith(a.slice(target.length))) return a;
  }
  // the text goes on with the target's end: leave it out (longest first; one character only
  // for a suffix, so that 率 of 率先 after a span is not taken for the end of 准确率)
  for (let k = 1; k < target.length; k++) {
    const n = target.length - k;
    if (n === 1 && SUFFIXES.indexOf(target[k]) < 0) continue;
    if (sameAt(target, k, text, end, n) && !sameAt(target, k, rendering, rendering.length - n, n)) return target.slice(0, k);
  }
  // a modifier without 性: the approved stem
  if (target.length > 2 && target.endsWith('性') && !rendering.endsWith('性')) {
    const stem = target.slice(0, -1);
    if (approved.includes(stem)) return stem;
  }
  // a longer rendering than the span's (… 攻击 for a span without it): its approved shorter form
  for (let i = 0; i < approved.length; i++) {
    const a = approved[i];
    if (a.length >= 2 && target.length - a.length >= 2 && target.startsWith(a) && !rendering.includes(target.slice(a.length))) return a;
  }
  return target;
}

/** One-character endings the text after a span may repeat (分散 in 分散式 with target 分布式: 分布). */
const SUFFIXES = '性式化';

/** `a` from `ai` and `b` from `bi` hold the same `n` characters (no copies). */
function sameAt(a: string, ai: number, b: string, bi: number, n: number): boolean {
  if (bi < 0 || bi + n > b.length) return false;
  for (let k = 0; k < n; k++) if (a.charCodeAt(ai + k) !== b.charCodeAt(bi + k)) return false;
  return true;
}
