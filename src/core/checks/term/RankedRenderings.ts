import type { CompiledConcept } from '../../glossary';
import { countHan } from '../util/cjk';
import { hasLatinLetter } from './hasLatinLetter';
import { unifiedForm } from './unifiedForm';

/** A rendering is not reported, reported, or reported as suspect (see `RankedRenderings.verdict`). */
export const SKIP = 1;
export const REPORT = 2;
export const WEAK = 3;

/**
 * One concept's renderings in a document (most frequent first, ties: first seen first) and
 * what terminology.inconsistent makes of them: the rendering the document should use
 * throughout (`target`, the suggestion's base) and the renderings it leaves alone (`kept`).
 *
 * Approved renderings that are one apart from 性/的 or one inside the other (鲁棒/鲁棒性,
 * 对抗样本/对抗性样本, 成员推理/成员推理攻击), directly or through others, form one family
 * (worked out once per concept). Then:
 * - the preferred rendering's family is used: the target is its member the document uses most
 *   (对抗性攻击 where the preferred is 对抗攻击), the family is kept and everything else
 *   reported (鲁棒性 kept, 稳健性 reported, suggesting 鲁棒性);
 * - one approved family is used, more often than all the other renderings together (the
 *   document consistently uses it, the others are slips): it is the target and is kept —
 *   unless the preferred rendering is one kept in English (Transformer), which a Chinese
 *   rendering never replaces;
 * - otherwise the target is the preferred rendering: with one approved family (outnumbered by
 *   forbidden renderings) that family is kept and the forbidden ones are reported; with
 *   several, every rendering is reported (the document should use the field's term
 *   throughout, not whichever acceptable one happens to be the most frequent); with only
 *   forbidden renderings the most frequent is left to terminology.forbidden;
 * - a concept without a preferred rendering keeps its most frequent approved family (or its
 *   most frequent rendering).
 * An approved rendering of a `generic` concept is never reported while the target is approved.
 */
export class RankedRenderings {
  readonly target: string;
  readonly kept: string[];
  readonly targetApproved: boolean;
  /** The family of each approved rendering of the concept (`familiesOf`), and the target's (−1: not approved). */
  private readonly families: Int32Array;
  private readonly targetFamily: number;
  /** The message (the same for every finding of the concept), made on first use. */
  private text: string | undefined;
  /** Renderings decided in this unit, their verdicts and (made on first need) their suggestions where the text after the span does not matter. */
  private readonly decided: string[] = [];
  private readonly verdicts: number[] = [];
  private readonly forms: (string | undefined)[] = [];

  constructor(
    readonly cc: CompiledConcept,
    readonly names: string[],
    readonly counts: number[],
  ) {
    const { preferred, approved } = cc;
    const families = (this.families = familiesOf(cc));
    const preferredFamily = preferred === undefined ? -2 : this.familyOf(preferred);
    const n = names.length;
    // the preferred family as the document writes it (对抗性攻击 kept where 对抗攻击 is preferred),
    // else the approved families used: the first (most frequent member first) and whether there are others
    let kept: string[] | undefined;
    let family = -1;
    let several = false;
    let inFamily = 0;
    let others = 0;
    for (let i = 0; i < n; i++) {
      const r = names[i];
      const k = approved.indexOf(r);
      const f = k < 0 ? -1 : families[k];
      if (f === preferredFamily) (kept ??= []).push(r);
      if (f < 0) others += counts[i];
      else if (family < 0 || f === family) {
        family = f;
        inFamily += counts[i];
      } else {
        several = true;
        others += counts[i];
      }
    }
    if (!kept && family >= 0 && ((!several && inFamily > others && !isLatinRendering(preferred!)) || preferred === undefined)) {
      // the document consistently uses one approved family (or the concept prefers none): its members are kept
      kept = [];
      for (let i = 0; i < n; i++) if (this.familyOf(names[i]) === family) kept.push(names[i]);
    }
    if (kept) {
      this.kept = kept;
      this.target = kept[0];
    } else {
      // the preferred rendering, keeping the one approved family used, if only one, or the
      // most frequent forbidden rendering when none is (or the most frequent without a preferred one)
      this.target = preferred ?? names[0];
      this.kept = several ? [] : family >= 0 ? names.filter((r) => this.familyOf(r) === family) : [names[0]];
    }
    this.targetFamily = this.familyOf(this.target);
    this.targetApproved = this.targetFamily >= 0;
  }

  /** The family of a rendering of the concept, −1 when it is not approved. */
  familyOf(rendering: string): number {
    const k = this.cc.approved.indexOf(rendering);
    return k < 0 ? -1 : this.families[k];
  }

  /** Whether a rendering of the concept is reported (and how), decided on its first hit in the unit. */
  verdict(rendering: string, noSource: boolean): number {
    const seen = this.decided.indexOf(rendering);
    if (seen >= 0) return this.verdicts[seen];
    let verdict: number;
    if (this.kept.includes(rendering)) verdict = SKIP;
    else {
      // 安全/安全性, 对抗攻击/对抗性攻击: two approved renderings of one family are one; a
      // general-language word may vary
      const f = this.familyOf(rendering);
      const bothApproved = this.targetApproved && f >= 0;
      if (bothApproved && (this.cc.concept.generic || f === this.targetFamily)) verdict = SKIP;
      // without a source, two approved renderings may be two senses (行为 "behaviour" vs 动作 "action")
      else verdict = noSource && bothApproved ? WEAK : REPORT;
    }
    this.decided.push(rendering);
    this.verdicts.push(verdict);
    this.forms.push(undefined);
    return verdict;
  }

  /**
   * The suggestion for a reported occurrence of `rendering` ending at `end` in `text`: the target
   * in the form that replaces the span (`unifiedForm`). Worked out once per rendering, unless the
   * text after the span goes on with a character of the target's end (健壮 before 性).
   */
  suggestion(rendering: string, text: string, end: number): string {
    const { target } = this;
    const c = end < text.length ? text.charCodeAt(end) : -1;
    let goesOn = false;
    for (let k = 1; k < target.length && !goesOn; k++) goesOn = target.charCodeAt(k) === c;
    if (goesOn) return unifiedForm(target, rendering, text, end, this.cc.approved);
    const at = this.decided.indexOf(rendering);
    if (at < 0) return unifiedForm(target, rendering, text, end, this.cc.approved);
    return (this.forms[at] ??= unifiedForm(target, rendering, text, end, this.cc.approved));
  }

  message(): string {
    if (this.text !== undefined) return this.text;
    const { cc, target } = this;
    const pref = cc.preferred && this.familyOf(cc.preferred) !== this.targetFamily ? ` (termbase preferred: ${cc.preferred})` : '';
    let list = '';
    for (let i = 0; i < this.names.length; i++) list += `${i ? ', ' : ''}${this.names[i]} (${this.counts[i]}×)`;
    return (this.text = `"${cc.en}" is rendered several ways: ${list}; use one rendering throughout, ${target}${pref}.`);
  }
}

/**
 * Per concept, the family of each of its approved renderings (by index in `approved`): the
 * lowest index of the renderings linked to it by `sameApartFromParticles`, directly or through
 * others. Made once per concept.
 */
function familiesOf(cc: CompiledConcept): Int32Array {
  let f = FAMILIES.get(cc);
  if (f !== undefined) return f;
  const a = cc.approved;
  f = new Int32Array(a.length);
  for (let i = 0; i < a.length; i++) {
    f[i] = i;
    for (let j = 0; j < i; j++) {
      if (f[j] === f[i] || !sameApartFromParticles(a[j], a[i])) continue;
      const from = Math.max(f[i], f[j]);
      const to = Math.min(f[i], f[j]);
      for (let k = 0; k <= i; k++) if (f[k] === from) f[k] = to;
    }
  }
  FAMILIES.set(cc, f);
  return f;
}

const FAMILIES = new WeakMap<CompiledConcept, Int32Array>();

/** Two renderings one apart from 性/的, or one inside the other (安全/安全性, 对抗攻击/对抗性攻击). */
function sameApartFromParticles(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || equalApartFromParticles(a, b);
}

/** `a` and `b` equal once every 性 and 的 is left out (compared in place: no copies). */
function equalApartFromParticles(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isParticle(a.charCodeAt(i))) i++;
    while (j < b.length && isParticle(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return false;
  }
}

/** 性 or 的. */
function isParticle(c: number): boolean {
  return c === 0x6027 || c === 0x7684;
}

/**
 * A rendering kept in English (Transformer, Dropout): Latin letters and no Chinese character.
 * (Not term/keptInEnglish, which counts source words a target keeps verbatim.)
 */
function isLatinRendering(x: string): boolean {
  return hasLatinLetter(x) && countHan(x) === 0;
}
