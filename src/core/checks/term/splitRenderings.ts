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
 * Never across a clause (，。；：！？ and their half-width forms, brackets) and at most
 * `GAP` characters apart. Only called for a concept about to be reported.
 * `renderings`: approved strings without Latin letters; `acronym`: the word before the term
 * in the source when it is an acronym (two capitals or more), else undefined.
 */
export function countSplitRenderings(target: string, renderings: string[], acronym: string | undefined): number {
  // match sites already counted (the start of the first part), so two splits of one rendering count once
  const sites: number[] = [];
  // every second part ends with its rendering's last two characters: most targets lack them
  // (sought once for renderings sharing them: 对抗样本, 对抗性样本)
  const tails = tailsOf(renderings);
  let present = 0;
  for (let t = 0; t < tails.length; t++) if (target.indexOf(tails[t]) >= 0) present |= 1 << t;
  if (present === 0) return 0;
  for (const r of renderings) {
    if (r.length < 4 || (present & (1 << tails.indexOf(r.slice(-2)))) === 0) continue;
    for (let k = 2; k + 2 <= r.length; k++) {
      const first = r.slice(0, k);
      const second = r.slice(k);
      coordinated(target, first, second, sites);
      reversed(target, first, second, sites);
      if (acronym !== undefined) afterAcronym(target, acronym, second, sites);
    }
  }
  return sites.length;
}

/** Per list of renderings: the distinct last two characters of those of four or more (at most 31). */
const tailCache = new WeakMap<string[], string[]>();

function tailsOf(renderings: string[]): string[] {
  let tails = tailCache.get(renderings);
  if (tails === undefined) {
    tails = [];
    for (const r of renderings) if (r.length >= 4 && !tails.includes(r.slice(-2)) && tails.length < 31) tails.push(r.slice(-2));
    tailCache.set(renderings, tails);
  }
  return tails;
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
    const next = within(target, first, from, from + GAP);
    if (next < 0 || !latinOnly(target, from, next)) continue;
    // the whole rendering right there (…second first second…) is counted already
    if (target.startsWith(second, next + first.length) || target.startsWith(first, at - first.length)) continue;
    add(sites, next);
  }
}

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

function isPreposition(c: number): boolean {
  // 从 向 在 对
  return c === 0x4ece || c === 0x5411 || c === 0x5728 || c === 0x5bf9;
}

function isConjunction(c: number): boolean {
  // 和 与 及 或 、
  return c === 0x548c || c === 0x4e0e || c === 0x53ca || c === 0x6216 || c === 0x3001;
}

/**
 * Nothing between the parts but Latin letters, digits and spaces, after 从/向/在/对 (a name: 将攻击从ALBEF转移,
 * 检测Android恶意软件). Chinese words between them read otherwise as often as not
 * (补丁是物理世界中实施对抗, 稳健性给出可证明: no 对抗补丁, no 可证明的稳健性).
 */
function latinOnly(text: string, from: number, to: number): boolean {
  // a preposition before the name (从ALBEF: from ALBEF)
  if (from + 1 < to && isPreposition(text.charCodeAt(from))) from++;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isLatinAlnum(c) && c !== 0x20) return false;
  }
  return true;
}

function crossesClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    switch (text.charCodeAt(i)) {
      case 0xff0c: case 0x3002: case 0xff1b: case 0xff1a: case 0xff01: case 0xff1f: case 0xff08: case 0xff09:
      case 0x2c: case 0x2e: case 0x3b: case 0x3a: case 0x21: case 0x3f: case 0x28: case 0x29:
        return true;
    }
  }
  return false;
}

function isLatinAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
