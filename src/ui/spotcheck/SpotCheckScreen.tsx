/** The "Spot-check" screen. */
export function SpotCheckScreen() {
  return (
    <main className="screen" aria-label="Spot-check">
      <h2>Spot-check</h2>
    </main>
  );
}
