export { wilsonInterval, type ProportionInterval } from './wilsonInterval';
export { sampleSizeForMargin } from './sampleSizeForMargin';
export { seededRandom } from './seededRandom';
export { seededSample, type SampleOptions } from './seededSample';
export { spotCheckEstimate, type SpotCheckOutcome, type SpotCheckEstimate } from './spotCheckEstimate';
