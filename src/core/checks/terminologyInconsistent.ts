import { glossaryOf } from '../glossary';
import type { Check, CheckUnit } from './Check';
import { inconsistenciesInUnit, inconsistenciesOfPass } from './term/findInconsistencies';
import { targetPass } from './term/targetPass';
import { unitTerms } from './term/unitTerms';
import { documentHas } from './term/documentHas';
import { keptAttribution, renderingStats, singleUnitStats } from './term/renderingStats';

export { findInconsistencies, inconsistenciesInUnit } from './term/findInconsistencies';
export { renderingStats, attributedHits, type RenderingStats, type AttributedHit } from './term/renderingStats';

/**
 * terminology.inconsistent — one concept rendered more than one way within the unit's
 * document (`ctx.document.units`, or the unit alone). Statistics are computed once per
 * document and cached on the compiled glossary; for a project-wide pass call
 * `findInconsistencies(units, glossary)`.
 */
export const terminologyInconsistent: Check = {
  id: 'terminology.inconsistent',
  mqm: 'Terminology/Inconsistent',
  defaultSeverity: 'minor',
  description: 'A term is translated more than one way within one document or project.',
  run(unit, ctx) {
    const g = glossaryOf(ctx);
    if (!g || !unit.target) return [];
    const docUnits = ctx.document?.units;
    if (!docUnits?.length || (docUnits.length === 1 && docUnits[0] === unit)) {
      // a document of this unit alone: with a source, from the term checks' shared pass over its
      // hits; without, one pass over its hits; nothing built when all agree
      const terms = unitTerms(g, unit, false);
      if (terms.hasSource) return inconsistenciesOfPass(unit, g, targetPass(terms));
      const single = singleUnitStats(g, unit);
      return single ? inconsistenciesInUnit(unit, g, single.stats, single.attributed) : [];
    }
    let units: CheckUnit[] = [unit];
    if (docUnits?.length) {
      const inDoc = documentHas(g, docUnits, unit);
      units = inDoc ? docUnits : [...docUnits.filter((u) => u.id !== unit.id), unit];
    }
    const stats = renderingStats(g, units);
    return inconsistenciesInUnit(unit, g, stats, keptAttribution(stats, unit));
  },
};
