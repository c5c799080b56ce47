import type { UnitStatus } from '../../core/model';

const TONE: Record<UnitStatus, string> = {
  'machine translated': 'chip-ok',
  'translation missing': 'chip-warn',
  'source missing': 'chip-info',
};

/** A small coloured label with the status text itself (colour is never the only cue). */
export function StatusChip({ status }: { status: UnitStatus }) {
  return <span className={`chip ${TONE[status]}`}>{status}</span>;
}
