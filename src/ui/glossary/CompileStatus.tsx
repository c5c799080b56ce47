import type { GlossaryCompileState } from './useGlossaryCompile';

/** "Compiling termbase…" while the glossary worker compiles, then what it holds. */
export function CompileStatus({ compile }: { compile: GlossaryCompileState }) {
  if (compile.error) {
    return (
      <p role="alert" className="form-error">
        The termbase could not be compiled ({compile.error}). Reload the page to try again; your entries are kept.
      </p>
    );
  }
  return (
    <p role="status" aria-label="Termbase" className="muted">
      {compile.ready
        ? `Termbase ready: ${compile.ready.entries.toLocaleString('en')} entries compiled (built-in${compile.ready.termbases ? ` and ${compile.ready.termbases} stored ${compile.ready.termbases === 1 ? 'termbase' : 'termbases'}` : ''}).`
        : 'Compiling termbase…'}
    </p>
  );
}
