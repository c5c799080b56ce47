import { CandidateQueue } from './CandidateQueue';
import { GlossaryExport } from './GlossaryExport';
import { TermbaseImport } from './TermbaseImport';
import { TermEntries } from './TermEntries';
import { useCandidates } from './useCandidates';
import { useCompiledGlossary } from './useCompiledGlossary';
import { useGlossaryRows } from './useGlossaryRows';
import { useProjectTermbases } from './useProjectTermbases';
import { useProjectUnits } from './useProjectUnits';

/** The "Glossary" screen: candidates learned from corrections, termbase entries, export and import. */
export function GlossaryScreen() {
  const termbases = useProjectTermbases();
  const glossary = useCompiledGlossary(termbases);
  const data = useProjectUnits();
  const candidates = useCandidates(data, glossary);
  const rows = useGlossaryRows();
  return (
    <main className="screen" aria-labelledby="glossary-heading">
      <h2 id="glossary-heading">Glossary</h2>
      <CandidateQueue candidates={candidates} data={data} />
      <GlossaryExport rows={rows} />
      <TermEntries rows={rows} />
      <TermbaseImport />
    </main>
  );
}
