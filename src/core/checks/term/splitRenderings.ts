/**
 * An approved rendering written in two parts, each of two characters or more
 * (terminology.not-followed counts these as renderings):
 * - coordinated modifiers sharing the head noun: 对抗性和干净的样本 for "adversarial and clean
 *   examples" (对抗性样本 split by 和/与/及/或/、 and a short other modifier);
 * - the two parts reversed, as a verb and its object: 调整超参数 for "hyperparameter tuning"
 *   (超参数调整), 保护隐私 for "privacy-preserving" (隐私保护), 将攻击从ALBEF转移 for
 *   "transfer attacks from ALBEF" (转移攻击): adjacent, or a Latin name between them;
 * - the head right after an acronym the source writes right before the term: PGD攻击 for
 *   "PGD adversarial attacks" (the acronym names the attack; 对抗攻击's 攻击).
 * - a hyphen the source's spelling brought between a Latin letter and the Han part (Q-学习 for
 *   Q学习, "Q-learning");
 * - 可以/能 … verb for an adjective in 可 (可以在所有模型之间转移 for "transferable across all
 *   models": 可转移);
 * Never across a clause (，。；：！？ and their half-width forms, brackets) and at most
 * `GAP` characters apart. Only called for a concept about to be reported.
 * `renderings`: approved strings without small Latin letters once folded (approvedPatterns'
 * plain); `latin`: the others, folded (only their hyphenated forms are sought); `acronym`: the
 * word before the term in the source when it is an acronym (two capitals or more), else undefined.
 */
export function countSplitRenderings(target: string, renderings: string[], acronym: string | undefined, latin: string[] = []): number {
  // match sites already counted (the start of the first part), so two splits of one rendering count once
  const sites: number[] = [];
  const parts = partsOf(renderings);
  const verbs = parts.verbs;
  for (let i = 0; i < verbs.length; i++) modal(target, verbs[i], sites);
  hyphens(target, parts.hyphened, sites);
  // the strings with Latin letters are folded to lower case: sought in the target folded alike
  const folded = latin.length ? partsOf(latin).hyphened : latin;
  if (folded.length) hyphens(target.toLowerCase(), folded, sites);
  // every second part ends with its rendering's last two characters: most targets lack them
  // (sought once for renderings sharing them: 对抗样本, 对抗性样本)
  const tails = parts.tails;
  let present = 0;
  for (let t = 0; t < tails.length; t++) if (target.indexOf(tails[t]) >= 0) present |= 1 << t;
  if (present === 0) return sites.length;
  const firsts = parts.firsts;
  const seconds = parts.seconds;
  const tailAt = parts.tailAt;
  for (let i = 0; i < firsts.length; i++) {
    if ((present & (1 << tailAt[i])) === 0) continue;
    const first = firsts[i];
    const second = seconds[i];
    coordinated(target, first, second, sites);
    reversed(target, first, second, sites);
    if (acronym !== undefined) afterAcronym(target, acronym, second, sites);
  }
  return sites.length;
}

function hyphens(target: string, hyphened: string[], sites: number[]): void {
  for (let i = 0; i < hyphened.length; i++) for (let at = target.indexOf(hyphened[i]); at >= 0; at = target.indexOf(hyphened[i], at + 1)) add(sites, at);
}

/**
 * A list of renderings cut up once: each split of those of four characters or more (first and
 * second part, the index of its rendering's last two characters in `tails`: at most 31 distinct),
 * and the verbs of the 可-adjectives (可转移 → 转移; not 可转移性).
 */
interface Parts {
  firsts: string[];
  seconds: string[];
  tailAt: number[];
  tails: string[];
  verbs: string[];
  /** Renderings with a Latin letter right before a Han character, a hyphen put between (Q学习 → Q-学习). */
  hyphened: string[];
}

const partsCache = new WeakMap<string[], Parts>();

function partsOf(renderings: string[]): Parts {
  let parts = partsCache.get(renderings);
  if (parts !== undefined) return parts;
  parts = { firsts: [], seconds: [], tailAt: [], tails: [], verbs: [], hyphened: [] };
  for (const r of renderings) {
    for (let k = 1; k < r.length; k++) {
      if (isLatinAlnum(r.charCodeAt(k - 1)) && r.charCodeAt(k) >= 0x3400) {
        parts.hyphened.push(r.slice(0, k) + '-' + r.slice(k));
        break;
      }
    }
    if (r.length >= 3 && r.charCodeAt(0) === KE && r.charCodeAt(r.length - 1) !== XING) parts.verbs.push(r.slice(1));
    if (r.length < 4) continue;
    const tail = r.slice(-2);
    let t = parts.tails.indexOf(tail);
    if (t < 0) {
      if (parts.tails.length >= 31) continue;
      t = parts.tails.push(tail) - 1;
    }
    for (let k = 2; k + 2 <= r.length; k++) {
      parts.firsts.push(r.slice(0, k));
      parts.seconds.push(r.slice(k));
      parts.tailAt.push(t);
    }
  }
  partsCache.set(renderings, parts);
  return parts;
}

/** Characters between the two parts, at most. */
const GAP = 8;

/** first + (的) + 和/与/及/或/、 + other modifier + second. */
function coordinated(target: string, first: string, second: string, sites: number[]): void {
  for (let at = target.indexOf(first); at >= 0; at = target.indexOf(first, at + 1)) {
    let p = at + first.length;
    if (target.charCodeAt(p) === 0x7684) p++;
    if (!isConjunction(target.charCodeAt(p))) continue;
    const end = within(target, second, p + 2, p + GAP);
    if (end < 0 || crossesClause(target, p, end)) continue;
    add(sites, at);
  }
}

/** second … first, as a verb and its object (调整超参数, 攻击从A转移). */
function reversed(target: string, first: string, second: string, sites: number[]): void {
  for (let at = target.indexOf(second); at >= 0; at = target.indexOf(second, at + 1)) {
    const from = at + second.length;
    const next = afterLatin(target, from);
    if (next - from > GAP || !target.startsWith(first, next)) continue;
    // the whole rendering right there (…second first second…) is counted already
    if (target.startsWith(second, next + first.length) || target.startsWith(first, at - first.length)) continue;
    add(sites, next);
  }
}

/**
 * 可以/能/能够 … verb for a 可-adjective (可转移 for "transferable": 可以在所有模型之间转移 for
 * "are transferable across all models"), within one clause and `MODAL_GAP` characters.
 */
function modal(target: string, verb: string, sites: number[]): void {
  for (let at = target.indexOf(verb); at >= 0; at = target.indexOf(verb, at + 1)) {
    // 可 right before the verb: the rendering itself, counted already
    if (at > 0 && target.charCodeAt(at - 1) === KE) continue;
    for (let p = at - 1; p >= 0 && p >= at - MODAL_GAP - 2; p--) {
      const c = target.charCodeAt(p);
      // another clause, or negated (无法迁移, 不能转移: the opposite)
      if (isClauseMark(c) || isNegation(c)) break;
      // 可以, 能, 能够 (not the 能 of 可能, 性能, 功能 …)
      if ((c === KE && target.charCodeAt(p + 1) === YI) || (c === NENG && !endsWord(p > 0 ? target.charCodeAt(p - 1) : 0))) {
        add(sites, p);
        break;
      }
    }
  }
}

/** 不 无 没 未 */
function isNegation(c: number): boolean {
  return c === 0x4e0d || c === 0x65e0 || c === 0x6ca1 || c === 0x672a;
}

/** A character 能 ends a word after: 可能, 性能, 功能, 智能, 效能, 潜能, 本能, 技能, 才能. */
function endsWord(c: number): boolean {
  switch (c) {
    case 0x53ef: case 0x6027: case 0x529f: case 0x667a: case 0x6548: case 0x6f5c: case 0x672c: case 0x6280: case 0x624d:
      return true;
    default:
      return false;
  }
}

const KE = 0x53ef; // 可
const YI = 0x4ee5; // 以
const NENG = 0x80fd; // 能
const XING = 0x6027; // 性
const MODAL_GAP = 12;

/** The acronym, then (的, a hyphen or a space) and the head. */
function afterAcronym(target: string, acronym: string, head: string, sites: number[]): void {
  for (let at = target.indexOf(acronym); at >= 0; at = target.indexOf(acronym, at + 1)) {
    const before = at > 0 ? target.charCodeAt(at - 1) : 0x20;
    let p = at + acronym.length;
    if (isLatinAlnum(before) || isLatinAlnum(target.charCodeAt(p))) continue;
    const c = target.charCodeAt(p);
    if (c === 0x7684 || c === 0x2d || c === 0x20) p++;
    if (target.startsWith(head, p)) add(sites, at);
  }
}

/** The first start of `s` in text[from, to] (not a search to the end of the text), or −1. */
function within(text: string, s: string, from: number, to: number): number {
  const c0 = s.charCodeAt(0);
  for (let i = from; i <= to && i + s.length <= text.length; i++) if (text.charCodeAt(i) === c0 && text.startsWith(s, i)) return i;
  return -1;
}

function add(sites: number[], at: number): void {
  if (!sites.includes(at)) sites.push(at);
}

/**
 * Where the first part must start: right away, or after Latin letters, digits and spaces, with
 * 从/向/在/对 before them (a name: 将攻击从ALBEF转移, 检测Android恶意软件). Chinese words between
 * the parts read otherwise as often as not (补丁是物理世界中实施对抗, 稳健性给出可证明: no
 * 对抗补丁, no 可证明的稳健性).
 */
function afterLatin(text: string, from: number): number {
  let p = from;
  if (isPreposition(text.charCodeAt(p)) && isLatinAlnum(text.charCodeAt(p + 1))) p++;
  while (p < text.length && (isLatinAlnum(text.charCodeAt(p)) || text.charCodeAt(p) === 0x20)) p++;
  return p;
}

function isPreposition(c: number): boolean {
  // 从 向 在 对
  return c === 0x4ece || c === 0x5411 || c === 0x5728 || c === 0x5bf9;
}

function isConjunction(c: number): boolean {
  // 和 与 及 或 、
  return c === 0x548c || c === 0x4e0e || c === 0x53ca || c === 0x6216 || c === 0x3001;
}

function crossesClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isClauseMark(text.charCodeAt(i))) return true;
  return false;
}

function isClauseMark(c: number): boolean {
  switch (c) {
    case 0xff0c: case 0x3002: case 0xff1b: case 0xff1a: case 0xff01: case 0xff1f: case 0xff08: case 0xff09:
    case 0x2c: case 0x2e: case 0x3b: case 0x3a: case 0x21: case 0x3f: case 0x28: case 0x29:
      return true;
    default:
      return false;
  }
}

function isLatinAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
