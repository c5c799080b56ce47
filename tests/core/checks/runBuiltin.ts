import type { Check, CheckUnit } from '../../../src/core/checks/Check';
import type { Finding } from '../../../src/core/model';
import { builtinTermbase, compileGlossary } from '../../../src/core/glossary';

let glossary: ReturnType<typeof compileGlossary> | undefined;

/**
 * One check on a one-unit document (id "u") with the built-in termbase, compiled once per
 * test file: what the termbase-content tests ask ("is this rendering still flagged?").
 */
export function runBuiltin(check: Check, source: string, target: string): Finding[] {
  glossary ??= compileGlossary([builtinTermbase()]);
  const u: CheckUnit = { id: 'u', source, target };
  return check.run(u, { glossary, document: { units: [u] } });
}
