import type { Termbase } from './Termbase';
import data from '../../../seeds/termbase-ml.json';

/**
 * The built-in EN→ZH machine-learning termbase (`seeds/termbase-ml.json`), priority 0 so
 * imported and project glossaries win. Returns a fresh deep copy each call: callers may
 * mutate it (merge, edit) without touching the shared module data.
 */
export function builtinTermbase(): Termbase {
  return structuredClone(data as Termbase);
}
