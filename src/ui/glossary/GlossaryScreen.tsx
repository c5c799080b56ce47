import { CandidateQueue } from './CandidateQueue';
import { CompileStatus } from './CompileStatus';
import { GlossaryExport } from './GlossaryExport';
import { TermbaseImport } from './TermbaseImport';
import { TermEntries } from './TermEntries';
import { useCandidates } from './useCandidates';
import { useGlossaryCompile } from './useGlossaryCompile';

/**
 * The "Glossary" screen: candidates learned from corrections, termbase entries, export and
 * import. The termbase is compiled and matched in the glossary worker ("Compiling
 * termbase…" meanwhile): the screen stays responsive with a 10,000-entry termbase.
 */
export function GlossaryScreen() {
  const compile = useGlossaryCompile();
  const { candidates, projectId, error } = useCandidates();
  return (
    <main className="screen" aria-labelledby="glossary-heading">
      <h2 id="glossary-heading">Glossary</h2>
      <CompileStatus compile={compile} />
      <CandidateQueue candidates={candidates} projectId={projectId} loadError={error} />
      <GlossaryExport />
      <TermEntries />
      <TermbaseImport />
    </main>
  );
}
