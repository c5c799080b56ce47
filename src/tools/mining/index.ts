export { cjkNgrams } from './cjkNgrams';
export { countRenderings, matchSources } from './countRenderings';
export type { CountOptions, NgramScore, RenderingCount, RenderingStats, TermQuery } from './countRenderings';
export { logLikelihood } from './logLikelihood';
export { prepareCorpus } from './prepareCorpus';
export type { MinedPair, MiningCorpus } from './prepareCorpus';
export { readPairs } from './readPairs';
export { stemSequence } from './stemSequence';
export { termQueries } from './termQueries';
