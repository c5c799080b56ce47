import { useEffect, useState } from 'react';
import type { Aligner } from './buildRows';

let loaded: Aligner | null = null;
let loading: Promise<Aligner> | null = null;

/** Loads the sentence aligner (core/text: sentence split + EN↔ZH alignment) lazily, once. Call early to preload. */
export function loadAligner(): Promise<Aligner> {
  loading ??= import('../../core/text').then(
    (m) => {
      loaded = m.segmentUnit;
      return loaded;
    },
    (err: unknown) => {
      loading = null; // a later call retries (e.g. after a network hiccup)
      throw err;
    },
  );
  return loading;
}

/**
 * The aligner, or null while its code loads (it shares a chunk with language
 * identification, which the first screen must not wait for).
 */
export function useAligner(): Aligner | null {
  const [aligner, setAligner] = useState<Aligner | null>(() => loaded);
  useEffect(() => {
    if (aligner) return;
    let alive = true;
    loadAligner().then(
      (a) => {
        if (alive) setAligner(() => a);
      },
      (err: unknown) => console.error('duizhao: the sentence aligner could not be loaded; reload the page.', err),
    );
    return () => {
      alive = false;
    };
  }, [aligner]);
  return aligner;
}
