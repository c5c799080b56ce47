import { matchTargetAll, type CompiledGlossary, type TermStatus } from '../glossary';
import { englishPhraseKeys, findEnglishPhrase, phraseKeySet, sentencePairs, type SentencePair } from '../learn';
import type { ConcordanceGroup, ConcordanceResult, ConcordanceUnit, KwicLine, RenderingStatus } from './KwicLine';
import { spotEnglish } from './spotEnglish';
import { spotRenderings } from './spotRenderings';

export interface ConcordanceOptions {
  /** Characters of context on each side of the match (default 30). */
  context?: number;
}

const HAN = /\p{Script=Han}/u;

/**
 * Every occurrence of a term across units, as KWIC lines grouped by how it was rendered.
 * English query: matched in the sources with stemming ("policy" finds "policies"); with a
 * glossary, the concept's variants and acronym count too, and each line is grouped by the
 * concept's rendering (approved or forbidden) in the aligned target sentence; without one,
 * renderings are spotted by co-occurrence (`spotRenderings`). Chinese query: substring
 * matches in the targets, grouped by the concept's English term found in the aligned source,
 * or without a termbase by the English spotted there (`spotEnglish`: 代理 → agent, surrogate).
 */
export function concordance(units: readonly ConcordanceUnit[], query: string, glossary?: CompiledGlossary | null, options: ConcordanceOptions = {}): ConcordanceResult {
  const q = query.trim();
  const width = options.context ?? 30;
  const lang: 'en' | 'zh' = HAN.test(q) ? 'zh' : 'en';
  if (!q) return { query: q, lang, conceptIds: [], total: 0, groups: [], groupedBy: 'none' };
  return lang === 'en' ? englishConcordance(units, q, glossary ?? undefined, width) : chineseConcordance(units, q, glossary ?? undefined, width);
}

function englishConcordance(units: readonly ConcordanceUnit[], q: string, g: CompiledGlossary | undefined, width: number): ConcordanceResult {
  const conceptIds = g ? conceptsForEnglish(g, q) : [];
  const phrases = [q];
  if (g) for (const id of conceptIds) for (const e of g.concepts.get(id)!.concept.en) phrases.push(e.text, ...(e.variants ?? []));
  const acronyms = g ? conceptIds.flatMap((id) => g.concepts.get(id)!.acronyms) : [];
  // Cheap prefilter: inflections share the first four letters of the word (policy/policies).
  const prefixes = [...new Set(phrases.map((p) => p.trim().toLowerCase().slice(0, 4).replace(/[^a-z0-9]/g, '')).filter(Boolean))];
  const prefilter = new RegExp(`(?<![A-Za-z0-9])(?:${[...prefixes, ...acronyms.map((a) => a.toLowerCase())].join('|') || '(?!)'})`, 'i');
  const lines: KwicLine[] = [];
  // Units that may mention the term (prefilter hit), even if not matched: kept out of the
  // spotting background, so that "robustness" units do not count 健壮 as unrelated to "robust".
  const related = new Set<string>();
  for (const u of units) {
    if (!u.source) continue;
    if (!prefilter.test(u.source)) continue;
    related.add(u.id);
    const matches = [...findEnglishPhrase(u.source, phrases), ...acronymMatches(u.source, acronyms)].sort((a, b) => a.start - b.start);
    if (matches.length === 0) continue;
    const pairs = sentencePairs(u.source, u.target);
    const perSentence = new Map<SentencePair, number>();
    for (const m of matches) {
      const pair = pairs.find((p) => m.start >= p.source.start && m.start < p.source.end) ?? pairs[0];
      const k = perSentence.get(pair) ?? 0;
      perSentence.set(pair, k + 1);
      const r = g && conceptIds.length ? renderingIn(g, conceptIds, pair, k) : undefined;
      lines.push({
        ...kwic(u, 'source', u.source, m.start, m.end, width, pair),
        rendering: r?.text ?? '',
        renderingSpan: r ? { start: r.start, end: r.end } : undefined,
        status: r ? r.status : conceptIds.length ? 'missing' : 'other',
      });
    }
  }
  let groupedBy: ConcordanceResult['groupedBy'] = conceptIds.length ? 'termbase' : 'none';
  if (!conceptIds.length) {
    const background = units.filter((u) => !related.has(u.id) && u.target).map((u) => u.target);
    const spotted = spotRenderings(lines.map((l) => l.targetSentence.text), background);
    if (spotted.length) {
      groupedBy = 'spotting';
      for (const l of lines) {
        const found = spotted.find((s) => l.targetSentence.text.includes(s));
        if (found) {
          const at = l.targetSentence.start + l.targetSentence.text.indexOf(found);
          l.rendering = found;
          l.renderingSpan = { start: at, end: at + found.length };
        }
      }
    }
  }
  return { query: q, lang: 'en', conceptIds, total: lines.length, groups: group(lines), groupedBy };
}

function chineseConcordance(units: readonly ConcordanceUnit[], q: string, g: CompiledGlossary | undefined, width: number): ConcordanceResult {
  // Concepts with this rendering: exact ones first, then those whose rendering contains it (培训 → 培训数据).
  const all = g ? [...g.concepts.values()] : [];
  const exact = all.filter((c) => c.concept.zh.some((z) => z.text === q));
  const wider = all.filter((c) => !exact.includes(c) && c.concept.zh.some((z) => z.text.includes(q)));
  const conceptIds = [...exact, ...wider].map((c) => c.id);
  const lines: KwicLine[] = [];
  for (const u of units) {
    if (!u.target) continue;
    let at = u.target.indexOf(q);
    if (at === -1) continue;
    const pairs = sentencePairs(u.source, u.target);
    for (; at !== -1; at = u.target.indexOf(q, at + q.length)) {
      const pair = pairs.find((p) => at >= p.target.start && at < p.target.end) ?? pairs[0];
      let rendering = '';
      let status: RenderingStatus = conceptIds.length ? 'missing' : 'other';
      for (const id of conceptIds) {
        const cc = g!.concepts.get(id)!;
        for (const e of cc.concept.en) {
          if (findEnglishPhrase(pair.source.text, [e.text, ...(e.variants ?? [])]).length) {
            rendering = e.text;
            status = cc.concept.zh.find((z) => z.text === q)?.status ?? 'other';
            break;
          }
        }
        if (rendering) break;
      }
      lines.push({ ...kwic(u, 'target', u.target, at, at + q.length, width, pair), rendering, status });
    }
  }
  let groupedBy: ConcordanceResult['groupedBy'] = conceptIds.length ? 'termbase' : 'none';
  if (!conceptIds.length) {
    const hit = new Set(lines.map((l) => l.unitId));
    const background = units.filter((u) => !hit.has(u.id) && u.source).map((u) => u.source);
    const spotted = spotEnglish(lines.map((l) => l.sourceSentence.text), background);
    if (spotted.length) {
      groupedBy = 'spotting';
      const keysOf = new Map<string, Set<string>>();
      for (const l of lines) {
        const text = l.sourceSentence.text;
        let keys = keysOf.get(text);
        if (!keys) keysOf.set(text, (keys = new Set(phraseKeySet(text))));
        const found = spotted.find((s) => keys!.has(s.key));
        if (found) l.rendering = found.surface;
      }
    }
  }
  return { query: q, lang: 'zh', conceptIds, total: lines.length, groups: group(lines), groupedBy };
}

/** Concepts whose English term, variant or acronym is the query (stemmed comparison). */
function conceptsForEnglish(g: CompiledGlossary, q: string): string[] {
  const key = englishPhraseKeys(q).join(' ');
  const out: string[] = [];
  for (const cc of g.concepts.values()) {
    const terms = cc.concept.en.flatMap((e) => [e.text, ...(e.variants ?? [])]);
    if (cc.acronyms.includes(q) || terms.some((t) => englishPhraseKeys(t).join(' ') === key)) out.push(cc.id);
  }
  return out;
}

function acronymMatches(text: string, acronyms: string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const a of acronyms) {
    for (const m of text.matchAll(new RegExp(`(?<![A-Za-z0-9])${a}s?(?![A-Za-z0-9])`, 'g'))) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** The k-th rendering of the concepts in the aligned target sentence (the last one if fewer). */
function renderingIn(g: CompiledGlossary, ids: string[], pair: SentencePair, k: number): { text: string; status: TermStatus; start: number; end: number } | undefined {
  if (!pair.target.text) return undefined;
  const hits = matchTargetAll(g, pair.target.text).flatMap((h) => {
    const e = h.entries.find((x) => ids.includes(x.conceptId) && x.kind === 'zh');
    return e ? [{ text: e.canonical, status: e.status, start: pair.target.start + h.start, end: pair.target.start + h.end }] : [];
  });
  // Nested hits (训练 inside 训练数据 of the same concept set): keep the outermost.
  const outer = hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
  if (outer.length === 0) return undefined;
  return outer[Math.min(k, outer.length - 1)];
}

function kwic(u: ConcordanceUnit, side: 'source' | 'target', text: string, start: number, end: number, width: number, pair: SentencePair): Omit<KwicLine, 'rendering' | 'status'> {
  const line: Omit<KwicLine, 'rendering' | 'status'> = {
    unitId: u.id,
    side,
    left: text.slice(Math.max(0, start - width), start),
    match: text.slice(start, end),
    right: text.slice(end, end + width),
    start,
    end,
    sourceSentence: pair.source,
    targetSentence: pair.target,
  };
  if (u.documentId !== undefined) line.documentId = u.documentId;
  return line;
}

function group(lines: KwicLine[]): ConcordanceGroup[] {
  const m = new Map<string, ConcordanceGroup>();
  for (const l of lines) {
    const k = `${l.rendering}\u0000${l.status}`;
    let gr = m.get(k);
    if (!gr) m.set(k, (gr = { rendering: l.rendering, status: l.status, count: 0, lines: [] }));
    gr.count += 1;
    gr.lines.push(l);
  }
  return [...m.values()].sort((a, b) => (a.rendering === '' ? 1 : 0) - (b.rendering === '' ? 1 : 0) || b.count - a.count || a.rendering.localeCompare(b.rendering));
}
