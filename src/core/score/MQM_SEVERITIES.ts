/** MQM severity levels, lowest first, with their default penalty weights (MQM Core scoring). */
export type MqmSeverity = 'neutral' | 'minor' | 'major' | 'critical';

export interface MqmSeverityInfo {
  id: MqmSeverity;
  label: string;
  /** Default penalty points per error (configurable in `MqmConfig.weights`). */
  defaultWeight: number;
  description: string;
}

export const MQM_SEVERITIES: readonly MqmSeverityInfo[] = [
  { id: 'neutral', label: 'Neutral', defaultWeight: 0, description: 'Worth noting (a preference, a query), not an error.' },
  { id: 'minor', label: 'Minor', defaultWeight: 1, description: 'Noticeable, but meaning and usability are intact.' },
  { id: 'major', label: 'Major', defaultWeight: 5, description: 'Changes or obscures meaning; a reader would be misled or slowed down.' },
  {
    id: 'critical',
    label: 'Critical',
    defaultWeight: 25,
    description: 'Makes the text unusable or dangerous (reversed meaning, missing translation). Any critical error fails the text.',
  },
];
