export { FindingChunker, FINDINGS_PER_CHUNK } from './FindingChunker';
export { countFindingChunks } from './countFindingChunks';
export { readProjectFindings } from './readProjectFindings';
export { projectChunkRange } from './projectChunkRange';
export { legacyFindingsToChunks } from './legacyFindingsToChunks';
export { moveLegacyFindings } from './moveLegacyFindings';
export { findingsCacheState, type FindingsCacheState } from './findingsCacheState';
