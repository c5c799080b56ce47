import { useStore } from '../../store';
import type { UnitRef } from '../../worker/glossaryProtocol';
import { VirtualList } from '../common/VirtualList';

const ROW = 28;

/**
 * Units as buttons that open them in the review, virtualized: a term flagged in 20,000 units
 * keeps a few dozen buttons in the page. The list does not announce itself (aria-live off)
 * when scrolled inside a status message.
 */
export function UnitLinkList({ units, label }: { units: readonly UnitRef[]; label: string }) {
  const showUnit = useStore((s) => s.showUnit);
  return (
    <VirtualList
      label={label}
      ariaLive="off"
      count={units.length}
      estimateSize={() => ROW}
      getItemKey={(i) => units[i]?.unitId ?? i}
      className="unit-links"
      maxHeight={240}
      renderItem={(i) => (
        <button type="button" className="link-button" onClick={() => showUnit(units[i].documentId, units[i].unitId)}>
          {units[i].label}
        </button>
      )}
    />
  );
}
