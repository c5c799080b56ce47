import { useEffect, useRef, type RefObject } from 'react';

/**
 * A ref that is true while the component is mounted: an answer from a worker that arrives
 * after the screen was left (or a test's window was torn down) must set no state.
 */
export function useAlive(): RefObject<boolean> {
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  return alive;
}
