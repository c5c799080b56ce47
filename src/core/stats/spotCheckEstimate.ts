import { sampleSizeForMargin } from './sampleSizeForMargin';
import { wilsonInterval, type ProportionInterval } from './wilsonInterval';

/** A reviewer's verdict on one sampled sentence pair. */
export interface SpotCheckOutcome {
  pass: boolean;
  /** MQM category of the failure, when given. */
  category?: string;
}

export interface SpotCheckEstimate {
  /** Judged items (unjudged ones are not counted). */
  n: number;
  failures: number;
  /** Corpus error rate with its Wilson interval (95% by default). */
  errorRate: ProportionInterval;
  /** ± half-width of the interval actually reached. */
  margin: number;
  /** Failures per MQM category ('' = no category given), most frequent first. */
  byCategory: { category: string; failures: number }[];
  /** Sample size a ±`targetMargin` estimate needs (finite-population corrected when the population is known). */
  neededForTarget: number;
}

/**
 * What a random spot-check says about the whole corpus: the failure rate with a Wilson
 * interval, the margin reached, failures by category and the sample a target margin needs
 * (default ±5%), planned with the rate in the interval closest to 50% (the cautious choice).
 */
export function spotCheckEstimate(
  outcomes: readonly (SpotCheckOutcome | null | undefined)[],
  options: { z?: number; targetMargin?: number; population?: number } = {},
): SpotCheckEstimate {
  const z = options.z ?? 1.96;
  const judged = outcomes.filter((o): o is SpotCheckOutcome => !!o);
  const failures = judged.filter((o) => !o.pass);
  const errorRate = wilsonInterval(failures.length, judged.length, z);
  const counts = new Map<string, number>();
  for (const f of failures) counts.set(f.category ?? '', (counts.get(f.category ?? '') ?? 0) + 1);
  // Conservative planning rate: the value in the interval closest to 0.5 (0.5 itself with no data).
  const p = Math.min(Math.max(0.5, errorRate.lower), errorRate.upper);
  return {
    n: judged.length,
    failures: failures.length,
    errorRate,
    margin: (errorRate.upper - errorRate.lower) / 2,
    byCategory: [...counts].map(([category, n]) => ({ category, failures: n })).sort((a, b) => b.failures - a.failures || a.category.localeCompare(b.category)),
    neededForTarget: sampleSizeForMargin(options.targetMargin ?? 0.05, p, z, options.population),
  };
}
