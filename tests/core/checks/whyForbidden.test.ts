import { describe, expect, it } from 'vitest';
import { whyForbidden } from '../../../src/core/checks/term/whyForbidden';
import { builtinTermbase } from '../../../src/core/glossary';
import { seededRandom } from '../../../src/core/stats';

/** The reading as it was: two regexes compiled for each rendering, searched from the note's start. */
function reference(text: string, zhNote: string | undefined, conceptNote: string | undefined): string | undefined {
  if (zhNote) return clean(`${text}: ${zhNote}`);
  if (!conceptNote || !conceptNote.includes(text)) return undefined;
  const t = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const paren = new RegExp(`${t}\\s*[（(]([^)）]{2,60})[)）]`).exec(conceptNote);
  const verb = new RegExp(`${t}\\s+(is|means|are)\\s+((?:[^.;。；]|\\.(?=\\S))+)`).exec(conceptNote);
  if (verb && (!paren || verb.index <= paren.index)) return clean(`${text} ${verb[1]} ${verb[2]}`);
  if (paren && !/[\u4e00-\u9fff]/.test(paren[1])) return clean(`${text} means ${paren[1]}`);
  return undefined;
}

function clean(s: string): string {
  return s
    .replace(/\s*[（(](?:see [^)）]*|[^)）]*[\u4e00-\u9fff][^)）]*)[)）]/g, '')
    .replace(/,\s*[\u4e00-\u9fff].*$/, '').replace(/,?\s*hence requiresSourceTerm.*$/, '').replace(/\s*requiresSourceTerm.*$/, '').replace(/[.。\s]+$/, '');
}

describe('whyForbidden', () => {
  it('reads the gloss after the rendering in the concept note', () => {
    expect(whyForbidden('培训', undefined, 'ML training of a model. 培训 is vocational training of people; use 训练.')).toBe(
      '培训 is vocational training of people',
    );
    expect(whyForbidden('州', undefined, 'The state of an MDP. 州 (U.S. state) is a place name.')).toBe('州 means U.S. state');
    expect(whyForbidden('州', '行政区划', 'anything')).toBe('州: 行政区划');
    expect(whyForbidden('州', undefined, 'A note that never names the rendering.')).toBeUndefined();
    // a Chinese gloss in brackets says nothing to the reader of an English message
    expect(whyForbidden('州', undefined, '州（美国的州）')).toBeUndefined();
  });

  it('takes the first place of the rendering that a gloss follows, not its first place', () => {
    // 培训 first stands without a gloss, then with one; then a bracket gloss further on
    const note = '培训 and 训练 differ. Here 培训 means training of staff. Also 培训 (vocational).';
    expect(whyForbidden('培训', undefined, note)).toBe('培训 means training of staff');
    // the bracket gloss comes first: it wins
    expect(whyForbidden('培训', undefined, 'Not 培训, but 培训 (vocational), and 培训 is staff training.')).toBe('培训 means vocational');
  });

  it('equals the per-rendering regexes on every forbidden rendering of the built-in termbase', () => {
    let glossed = 0;
    for (const c of builtinTermbase().concepts) {
      for (const z of c.zh) {
        if (z.status !== 'forbidden') continue;
        const want = reference(z.text, z.note, c.note);
        expect(whyForbidden(z.text, z.note, c.note)).toBe(want);
        if (want) glossed++;
      }
    }
    expect(glossed).toBeGreaterThan(50);
  });

  it('equals the per-rendering regexes on generated notes (overlapping places, regex characters, brackets)', () => {
    const rand = seededRandom('whyForbidden');
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const texts = ['州', '培训', '培培', 'a.b', 'x+', '(A)', 'is', '代理'];
    const pieces = [' ', '  ', ' is ', ' means ', ' are ', '（', '(', ')', '）', '.', '. ', ';', '。', 'vocational training', 'U.S. state', '美国', ' x', 'see below', ', 中文'];
    let differentWays = 0;
    for (let n = 0; n < 4000; n++) {
      const text = pick(texts);
      let note = '';
      const parts = 2 + Math.floor(rand() * 10);
      for (let k = 0; k < parts; k++) note += rand() < 0.35 ? text : pick(pieces);
      const want = reference(text, undefined, note);
      expect(whyForbidden(text, undefined, note), `${text} in ${JSON.stringify(note)}`).toBe(want);
      if (want !== undefined && !note.startsWith(text)) differentWays++;
    }
    expect(differentWays).toBeGreaterThan(200);
  });
});
