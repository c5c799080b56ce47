/** The "Terms" screen. */
export function ConcordanceScreen() {
  return (
    <main className="screen" aria-label="Terms">
      <h2>Terms</h2>
    </main>
  );
}
