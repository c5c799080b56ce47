/** The "Glossary" screen: termbase entries, candidates learned from corrections, import and export. */
export function GlossaryScreen() {
  return (
    <main className="screen" aria-labelledby="glossary-heading">
      <h2 id="glossary-heading">Glossary</h2>
    </main>
  );
}
