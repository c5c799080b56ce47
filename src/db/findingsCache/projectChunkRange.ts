/** The primary keys [projectId+chunk] of one project's finding chunks, as a native key range. */
export function projectChunkRange(projectId: number): IDBKeyRange {
  return IDBKeyRange.bound([projectId, -Infinity], [projectId, Infinity]);
}
