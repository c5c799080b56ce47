/** The "Dashboard" screen. */
export function DashboardScreen() {
  return (
    <main className="screen" aria-label="Dashboard">
      <h2>Dashboard</h2>
    </main>
  );
}
