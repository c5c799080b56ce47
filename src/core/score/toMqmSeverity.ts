import type { Severity } from '../model/Finding';
import type { MqmSeverity } from './MQM_SEVERITIES';

/** MQM severity of a confirmed finding: the finding scale's `info` is MQM's `neutral`; the rest map by name. */
export function toMqmSeverity(severity: Severity | MqmSeverity): MqmSeverity {
  return severity === 'info' ? 'neutral' : severity;
}
