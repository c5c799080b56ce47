/** Identity of a candidate across re-extractions: its wrong → right change. */
export function candidateKey(c: { wrong: string; right: string }): string {
  return `${c.wrong}\u2192${c.right}`;
}
