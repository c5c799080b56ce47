import { chrFFromStatistics } from './chrF';
import type { PostEditEffort } from './postEditEffort';

export interface DocumentEffort {
  units: number;
  /** Units whose final text differs from the MT. */
  editedUnits: number;
  /** Σ character edits / Σ character lengths (long units weigh more). */
  charEditRate: number;
  /** Corpus chrF: statistics summed over units, then combined. */
  chrF: number;
  /** Σ TER edits / Σ reference tokens. */
  ter: number;
}

/** Aggregates per-unit efforts into one document (or project) figure. */
export function documentEffort(efforts: readonly PostEditEffort[]): DocumentEffort {
  let charEdits = 0;
  let charLength = 0;
  let terEdits = 0;
  let terLen = 0;
  let edited = 0;
  let stats: number[] = [];
  for (const e of efforts) {
    charEdits += e.charEdits;
    charLength += e.charLength;
    terEdits += e.ter.edits;
    terLen += e.ter.refLength;
    if (e.charEdits > 0) edited += 1;
    if (stats.length === 0) stats = e.chrFStats.slice();
    else for (let i = 0; i < stats.length; i++) stats[i] += e.chrFStats[i] ?? 0;
  }
  return {
    units: efforts.length,
    editedUnits: edited,
    charEditRate: charLength > 0 ? charEdits / charLength : 0,
    chrF: stats.length > 0 ? chrFFromStatistics(stats) : 0,
    ter: terLen > 0 ? terEdits / terLen : terEdits > 0 ? 1 : 0,
  };
}
