export type { DiffPart, DiffMode } from './DiffPart';
export { diffText } from './diffText';
export { chooseDiffMode } from './chooseDiffMode';
export { segmentWords, wordTokens } from './segmentWords';
export { tokensForDiff } from './tokensForDiff';
