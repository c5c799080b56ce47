export { identifyLanguage, FRANC_LANGUAGES } from './identifyLanguage';
export { scriptCounts, isHanCode, isLatinLetterCode } from './scriptCounts';
export type { ScriptCounts } from './scriptCounts';
export { shortTitle } from './shortTitle';
export { splitSentences } from './splitSentences';
export type { Sentence } from './Sentence';
export { alignSentences } from './alignSentences';
export type { AlignedPair } from './AlignedPair';
export { HAN_PER_EN_CHAR } from './hanPerEnChar';
export { segmentUnit } from './segmentUnit';
export type { Segment, SegmentKind } from './Segment';
export { countWords } from './countWords';
export { tokenize } from './tokenize';
export type { Token } from './tokenize';
export { sentenceSpans } from './sentenceSpans';
export type { SentenceSpans } from './sentenceSpans';
export { sentencesOf } from './splitSentences';
export { alignSpans } from './alignSentences';
export {
  COLLECT_REPEATS,
  SEEN_BRACKET,
  SEEN_DIGIT,
  SEEN_HALF_PUNCT,
  SEEN_INLINE_SPACE,
  SEEN_OPEN_PAREN,
  SEEN_PRIVATE_USE,
} from './sentenceSpans';
export {
  EnglishWords,
  BYTE_APOS,
  WORD_ACRONYM_SHAPED,
  WORD_APOSTROPHE,
  WORD_DIGIT,
  WORD_GAP_OK,
  WORD_HYPHEN_NEXT,
} from './EnglishWords';
export { packedHash, type PackedWordLookup } from './PackedWordLookup';
