export type { ConcordanceUnit, KwicLine, ConcordanceGroup, ConcordanceResult, RenderingStatus } from './KwicLine';
export { concordance, type ConcordanceOptions } from './concordance';
export { consistencyReport, type ConsistencyEntry, type RenderingUse } from './consistencyReport';
export { spotRenderings } from './spotRenderings';
export { planRenderingFix, type RenderingFix } from './planRenderingFix';
export { spotEnglish } from './spotEnglish';
