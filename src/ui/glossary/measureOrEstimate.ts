import { measureElement, type Virtualizer } from '@tanstack/react-virtual';

/**
 * A virtualizer `measureElement` that keeps the estimate when an element measures 0 (no
 * layout yet, or jsdom): otherwise every row would count as 0 px tall and the whole list
 * would render at once.
 */
export function measureOrEstimate(estimate: (index: number) => number) {
  return (el: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>): number =>
    measureElement(el, entry, instance) || estimate(Number((el as HTMLElement).dataset.index ?? 0));
}
