/** Issue 7's budget for the initial JavaScript, gzip. */
export const INITIAL_JS_BUDGET_KB = 300;

/** The scripts a first visit loads: index.html's entry script and every modulepreload, as `assets/…js` paths. */
export function initialScriptPaths(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
}
