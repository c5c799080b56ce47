export type { Correction, TermCandidate, EnglishEvidence } from './Correction';
export { extractCandidates, type ExtractOptions } from './extractCandidates';
export { termChanges, type TermChange } from './termChanges';
export { termHitsFromGlossary, type LearnTermHit, type TermHitsFn } from './termHitsFromGlossary';
export { chooseEnglishByCooccurrence, contentPhrases, phraseKeySet, type ChangeEvidence, type EnglishChoice } from './chooseEnglishByCooccurrence';
export { sentencePairs, type SentencePair } from './sentencePairs';
export { findEnglishPhrase, englishFinder, englishPhraseKeys, type EnglishMatch } from './findEnglishPhrase';
export { conceptForRenderings } from './conceptForRenderings';
export { candidateToConcept } from './candidateToConcept';
