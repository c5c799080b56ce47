import type { Termbase } from './Termbase';
import data from '../../../seeds/termbase-ml.json';

/** The termbase as JSON text, made on the first call: parsing it is the cheapest deep copy. */
let json: string | undefined;

/**
 * The built-in EN→ZH machine-learning termbase (`seeds/termbase-ml.json`), priority 0 so
 * imported and project glossaries win. Returns a fresh deep copy each call: callers may
 * mutate it (merge, edit) without touching the shared module data.
 */
export function builtinTermbase(): Termbase {
  json ??= JSON.stringify(data);
  return JSON.parse(json) as Termbase;
}

/**
 * The built-in termbase itself, not a copy: for callers that only read it, such as
 * `createCheckContext` (compileGlossary and mergeTermbases never write to their input; a
 * test compiles and checks with a deeply frozen copy). Saves the deep copy (~5 ms, and ~1 MB
 * of garbage) on every start of the CLI. Do not modify it: use `builtinTermbase()` for that.
 */
export function sharedBuiltinTermbase(): Readonly<Termbase> {
  return data as Termbase;
}
