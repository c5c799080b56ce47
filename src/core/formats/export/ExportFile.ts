import type { ParsedUnit } from '../../model/Unit';

/**
 * A unit to export: as imported, plus the review. `corrected` is the final target (the newest
 * revision); `mt` the machine translation it replaced. Without `corrected` the unit's `target`
 * is written unchanged (a plain conversion).
 */
export interface ExportUnit extends ParsedUnit {
  mt?: string;
  corrected?: string;
  reviewer?: string;
  /** Review state: `reviewed` or `final` (mapped to each format's vocabulary), or a format's own value. */
  reviewState?: string;
  mqmScore?: number;
  /** Finding counts, e.g. by severity `{ critical: 0, major: 2, minor: 1 }`. */
  findingCounts?: Record<string, number>;
}

export interface ExportDocument {
  name: string;
  units: ExportUnit[];
  extra?: Record<string, unknown>;
}

/** One document or the whole project: every document becomes a `<file>` (XLIFF) or a block (TMX, CSV). */
export interface ExportFile {
  sourceLang: string;
  targetLang: string;
  documents: ExportDocument[];
  /** Name of the tool in headers; defaults to duizhao. */
  tool?: { id: string; name: string; version: string };
  /** Fixed date for reproducible output (ISO); defaults to none (no dates written). */
  date?: string;
}

export const DEFAULT_TOOL = { id: 'duizhao', name: 'duizhao', version: '0.1.0' };

/** The target to write: the correction when there is one, else the imported target. */
export function finalTarget(u: ExportUnit): string {
  return u.corrected ?? u.target;
}

/** The machine translation to keep beside the final target, when it differs. */
export function keptMt(u: ExportUnit): string | undefined {
  const mt = u.mt ?? (u.corrected !== undefined ? u.target : (u.extra?.mt as string | undefined));
  if (mt === undefined || mt === '' || mt === finalTarget(u)) return undefined;
  return mt;
}

/** Unit-level extra a format reader left, if it was that format. */
export function extraOf<T>(u: ParsedUnit, tagFormat: string): T | undefined {
  return u.extra && u.extra.tagFormat === tagFormat ? (u.extra as unknown as T) : undefined;
}

/** A ParsedFile is an ExportFile: convert keeps everything as imported. */
export function toExportFile(f: { sourceLang: string; targetLang: string; documents: ExportDocument[] }): ExportFile {
  return { sourceLang: f.sourceLang, targetLang: f.targetLang, documents: f.documents };
}
