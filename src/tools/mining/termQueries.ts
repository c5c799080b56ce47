import type { Termbase } from '../../core/glossary/Termbase';
import type { TermQuery } from './countRenderings';

/** One mining query per concept of a termbase (its English terms, variants, acronyms, Chinese). */
export function termQueries(tb: Termbase): (TermQuery & { id: string })[] {
  return tb.concepts
    .filter((c) => !c.dnt)
    .map((c) => ({
      id: c.id,
      label: c.en[0]?.text ?? c.id,
      en: c.en.flatMap((e) => [e.text, ...(e.variants ?? [])]),
      acronyms: c.en.flatMap((e) => (e.acronym ? [e.acronym] : [])),
      approved: c.zh.filter((z) => z.status !== 'forbidden').map((z) => z.text),
      forbidden: c.zh.filter((z) => z.status === 'forbidden').map((z) => z.text),
    }));
}
