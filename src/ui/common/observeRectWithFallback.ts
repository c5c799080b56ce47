import { observeElementRect, type Rect, type Virtualizer } from '@tanstack/react-virtual';

/** Viewport assumed before layout is known (and in jsdom, which has no layout). */
export const FALLBACK_RECT: Rect = { width: 1024, height: 800 };

/**
 * Like tanstack's `observeElementRect`, but a 0×0 measurement (no layout yet, or jsdom)
 * keeps the fallback viewport so the first rows still render; real sizes win as soon as
 * the browser reports them.
 */
export function observeRectWithFallback<T extends Element>(
  instance: Virtualizer<T, Element>,
  cb: (rect: Rect) => void,
): (() => void) | undefined {
  return observeElementRect(instance, (rect) => {
    cb(rect.width === 0 && rect.height === 0 ? FALLBACK_RECT : rect);
  });
}
