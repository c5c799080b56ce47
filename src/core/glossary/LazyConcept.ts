import type { CompiledConcept } from './CompiledGlossary';
import { isAcronym } from './englishTermKeys';
import type { Concept, ZhTerm } from './Termbase';

/**
 * A compiled concept whose derived lists (approved, forbidden, acronyms …) are worked out
 * on first read: compiling visits every concept of the termbases (10,000 and more), the
 * checks read the few that occur. All instances share one shape, whatever the shapes of
 * the termbase objects behind them.
 */
export class LazyConcept implements CompiledConcept {
  initials?: string[];
  private renderings?: { preferred?: string; approved: string[]; forbidden: ZhTerm[] };
  private acronymList?: string[];

  constructor(
    readonly id: string,
    readonly concept: Concept,
    readonly priority: number,
  ) {}

  get en(): string {
    return this.concept.en[0]?.text ?? this.id;
  }

  get dnt(): boolean {
    return !!this.concept.dnt;
  }

  get preferred(): string | undefined {
    return this.zh().preferred;
  }

  get approved(): string[] {
    return this.zh().approved;
  }

  get forbidden(): ZhTerm[] {
    return this.zh().forbidden;
  }

  get acronyms(): string[] {
    if (!this.acronymList) {
      const acronyms: string[] = [];
      for (const e of this.concept.en) {
        const a = e.acronym?.trim();
        if (a && !acronyms.includes(a)) acronyms.push(a);
      }
      for (const e of this.concept.en) {
        const t = e.text.trim();
        if (isAcronym(t) && !acronyms.includes(t)) acronyms.push(t);
      }
      this.acronymList = acronyms;
    }
    return this.acronymList;
  }

  /** One pass over the renderings: preferred first, then admitted (termbase order within each). */
  private zh(): { preferred?: string; approved: string[]; forbidden: ZhTerm[] } {
    if (!this.renderings) {
      let preferred: string | undefined;
      const approved: string[] = [];
      const admitted: string[] = [];
      const forbidden: ZhTerm[] = [];
      for (const z of this.concept.zh) {
        if (z.status === 'preferred') {
          preferred ??= z.text;
          approved.push(z.text);
        } else if (z.status === 'admitted') admitted.push(z.text);
        else if (z.status === 'forbidden') forbidden.push(z);
      }
      for (const a of admitted) approved.push(a);
      this.renderings = { preferred, approved, forbidden };
    }
    return this.renderings;
  }
}
