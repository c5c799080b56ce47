import type { AnnotationData, AnnotationOp, AnnotationRecord } from '../../db';

/** The stored fields of an existing annotation (what an edit or delete starts from). */
export function annotationData(a: AnnotationRecord): AnnotationData {
  const { id: _id, projectId: _p, ...data } = a;
  return { ...data, deleted: false };
}

/** Edit (new fields) or delete (null) of an existing annotation, as an undoable op. */
export function changeAnnotationOp(a: AnnotationRecord, after: Partial<AnnotationData> | null): AnnotationOp {
  const before = annotationData(a);
  return { type: 'annotation', id: a.id, before, after: after === null ? null : { ...before, ...after } };
}
