/**
 * The MQM Core top-level category of an annotation's category, for totals by category:
 * `Accuracy/Omission` → `Accuracy`. The older name `Fluency` (MQM 1.0, used by a few checks:
 * `Fluency/Repetition`) is counted under its MQM Core successor `Linguistic conventions`.
 * An empty category counts as `Other`.
 */
export function mqmTopCategory(category: string): string {
  const top = category.split('/')[0].trim();
  if (!top) return 'Other';
  return top === 'Fluency' ? 'Linguistic conventions' : top;
}
