import type { SpotcheckRecord } from '../records';

export type SpotStratify = 'none' | 'document' | 'flagged';

/** One sampled sentence pair, with the texts as they were when the sample was drawn. */
export interface SpotItem {
  unitId: number;
  documentId: number;
  /** Unit number in the file and document title, for people. */
  extId: string;
  docTitle: string;
  /** Sentence index inside the unit. */
  sentence: number;
  source: string;
  target: string;
  flagged?: boolean;
  verdict?: 'pass' | 'fail';
  /** MQM category of a failure (optional). */
  category?: string;
  note?: string;
}

/** A random spot-check of a project: reproducible from (population, size, seed, stratify). */
export interface SpotCheck extends SpotcheckRecord {
  projectId: number;
  name: string;
  seed: string;
  size: number;
  stratify: SpotStratify;
  /** Sentence pairs the sample was drawn from. */
  population: number;
  createdAt: number;
  updatedAt: number;
  items: SpotItem[];
}
