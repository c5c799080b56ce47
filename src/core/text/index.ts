export { identifyLanguage, FRANC_LANGUAGES } from './identifyLanguage';
export { scriptCounts, isHanCode, isLatinLetterCode } from './scriptCounts';
export type { ScriptCounts } from './scriptCounts';
export { shortTitle } from './shortTitle';
export { splitSentences } from './splitSentences';
export type { Sentence } from './Sentence';
