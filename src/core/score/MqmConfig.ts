import type { MqmSeverity } from './MQM_SEVERITIES';

/**
 * Scoring configuration. Every field is optional; `resolveMqmConfig` fills the defaults.
 *
 * - `weights`: penalty points per severity (Neutral 0, Minor 1, Major 5, Critical 25).
 * - `categoryWeights`: overrides for a category and its sub-types, matched on the
 *   annotation's category or any `Parent/` prefix of it; the most specific wins. Default:
 *   a Minor punctuation error weighs 0.1.
 * - `passThreshold`: lowest quality score that passes. Default 95, i.e. at most 50
 *   penalty points per 1,000 source words (ten Major errors, or one Major in a 100-word
 *   abstract, still pass; two Majors in 100 words do not). Any Critical error fails.
 */
export interface MqmConfig {
  weights?: Partial<Record<MqmSeverity, number>>;
  categoryWeights?: Record<string, Partial<Record<MqmSeverity, number>>>;
  passThreshold?: number;
  /** Any Critical fails regardless of the score (default true, as MQM Core requires). */
  criticalFails?: boolean;
}

export interface ResolvedMqmConfig {
  weights: Record<MqmSeverity, number>;
  categoryWeights: Record<string, Partial<Record<MqmSeverity, number>>>;
  passThreshold: number;
  criticalFails: boolean;
}

export const DEFAULT_MQM_CONFIG: Readonly<ResolvedMqmConfig> = {
  weights: { neutral: 0, minor: 1, major: 5, critical: 25 },
  categoryWeights: {
    'Linguistic conventions/Punctuation': { minor: 0.1 },
    'Fluency/Punctuation': { minor: 0.1 },
    Punctuation: { minor: 0.1 },
  },
  passThreshold: 95,
  criticalFails: true,
};

export function resolveMqmConfig(config: MqmConfig = {}): ResolvedMqmConfig {
  return {
    weights: { ...DEFAULT_MQM_CONFIG.weights, ...config.weights },
    // A copy: callers may edit the resolved config without touching the defaults.
    categoryWeights: Object.fromEntries(
      Object.entries(config.categoryWeights ?? DEFAULT_MQM_CONFIG.categoryWeights).map(([k, v]) => [k, { ...v }]),
    ),
    passThreshold: config.passThreshold ?? DEFAULT_MQM_CONFIG.passThreshold,
    criticalFails: config.criticalFails ?? DEFAULT_MQM_CONFIG.criticalFails,
  };
}

/** Penalty weight of one annotation: the most specific category override, else the severity weight. */
export function mqmWeight(category: string, severity: MqmSeverity, config: ResolvedMqmConfig): number {
  const parts = category.split('/');
  for (let n = parts.length; n >= 1; n--) {
    const w = config.categoryWeights[parts.slice(0, n).join('/')]?.[severity];
    if (w !== undefined) return w;
  }
  // Also accept an override keyed by the leaf alone ("Punctuation").
  if (parts.length > 1) {
    const w = config.categoryWeights[parts[parts.length - 1]]?.[severity];
    if (w !== undefined) return w;
  }
  return config.weights[severity];
}
