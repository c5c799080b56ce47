import { ImportError, unitStatus, type ParsedFile, type ParsedUnit } from '../core/model';
import { countSourceWords } from '../core/score';
import { aggregateStatus } from './aggregateStatus';
import type { DuizhaoDB } from './DuizhaoDB';
import type { DocumentRecord, ProjectRecord, UnitRecord } from './records';

export interface ImportProgress {
  /** Records written so far (documents + units). */
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /** 'seed' marks the demo project; default 'import'. */
  kind?: ProjectRecord['kind'];
  /** Records per bulkAdd. */
  chunkSize?: number;
  now?: () => number;
  /** Extra fields for the project record (a staged import sets `incomplete`). */
  project?: Partial<Omit<ProjectRecord, 'id'>>;
  /** Called with the new project id as soon as its record exists. */
  onProject?: (projectId: number) => void;
  /** Awaited after each chunk is written (a staged import refreshes its heartbeat). */
  afterChunk?: (projectId: number) => Promise<void>;
}

const CHUNK = 2000;

/** Source words of a unit as MQM counts them (0 when the source is empty). */
function sourceWords(u: ParsedUnit): number {
  return u.source.trim() ? countSourceWords(u.source) : 0;
}

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new DOMException('The import was cancelled; nothing was stored.', 'AbortError');
}

/**
 * Writes a parsed file as a new project. Must run inside a Dexie 'rw' transaction on
 * projects, documents and units (see `importParsedFile`). Returns the new project id.
 */
export async function writeParsedFile(
  db: DuizhaoDB,
  parsed: ParsedFile,
  projectName: string,
  opts: ImportOptions = {},
): Promise<number> {
  const { onProgress, signal, kind = 'import', chunkSize = CHUNK, now = Date.now, afterChunk } = opts;
  const unitTotal = parsed.documents.reduce((n, d) => n + d.units.length, 0);
  if (unitTotal === 0) {
    throw new ImportError(parsed.fileName, 'the file holds no translation units. Check that it is the file you meant and that it is not empty.');
  }
  const total = parsed.documents.length + unitTotal;
  const docWords = parsed.documents.map((d) => d.units.reduce((n, u) => n + sourceWords(u), 0));
  let done = 0;
  throwIfAborted(signal);
  const projectId = (await db.projects.add({
    name: projectName,
    kind,
    format: parsed.format,
    fileName: parsed.fileName,
    sourceLang: parsed.sourceLang,
    targetLang: parsed.targetLang,
    createdAt: now(),
    documentCount: parsed.documents.length,
    unitCount: unitTotal,
    warnings: parsed.warnings,
    sourceWords: docWords.reduce((a, b) => a + b, 0),
    ...opts.project,
  })) as number;
  opts.onProject?.(projectId);

  // Documents, in chunks; keep their ids to attach the units.
  const docIds: number[] = [];
  for (let i = 0; i < parsed.documents.length; i += chunkSize) {
    throwIfAborted(signal);
    const slice = parsed.documents.slice(i, i + chunkSize);
    const rows: Omit<DocumentRecord, 'id'>[] = slice.map((d, k) => {
      const first = d.units[0];
      const statuses = d.units.map(unitStatus);
      return {
        projectId,
        order: i + k,
        name: d.name,
        title: d.name.trim() || `Document ${i + k + 1}`,
        status: aggregateStatus(statuses),
        unitCount: d.units.length,
        missingSource: d.units.filter((u) => !u.source.trim()).length,
        missingTarget: d.units.filter((u) => !u.target.trim()).length,
        sourceWords: docWords[i + k],
        ...(first?.detected ? { detectedLang: first.detected.lang, detectedConfidence: first.detected.confidence } : {}),
      };
    });
    const keys = (await db.documents.bulkAdd(rows, { allKeys: true })) as number[];
    docIds.push(...keys);
    done += slice.length;
    onProgress?.({ done, total });
    if (afterChunk) await afterChunk(projectId);
  }

  // Units, in chunks across documents.
  let batch: Omit<UnitRecord, 'id'>[] = [];
  const flush = async () => {
    if (!batch.length) return;
    throwIfAborted(signal);
    await db.units.bulkAdd(batch);
    done += batch.length;
    batch = [];
    onProgress?.({ done, total });
    if (afterChunk) await afterChunk(projectId);
  };
  for (let d = 0; d < parsed.documents.length; d++) {
    const doc = parsed.documents[d];
    for (let u = 0; u < doc.units.length; u++) {
      const pu = doc.units[u];
      const row: Omit<UnitRecord, 'id'> = {
        projectId,
        documentId: docIds[d],
        order: u,
        extId: pu.id,
        source: pu.source,
        target: pu.target,
        status: unitStatus(pu),
      };
      if (pu.detected) {
        row.detectedLang = pu.detected.lang;
        row.detectedCode = pu.detected.code;
        row.detectedConfidence = pu.detected.confidence;
      }
      if (pu.engine !== undefined) row.engine = pu.engine;
      if (pu.notes) row.notes = pu.notes;
      if (pu.state !== undefined) row.state = pu.state;
      if (pu.stateQualifier !== undefined) row.stateQualifier = pu.stateQualifier;
      if (pu.tags) row.tags = pu.tags;
      if (pu.extra) row.extra = pu.extra;
      batch.push(row);
      if (batch.length >= chunkSize) await flush();
    }
  }
  await flush();
  throwIfAborted(signal);
  return projectId;
}

/**
 * Imports a parsed file as a new project in ONE transaction: all or nothing. A cancelled
 * (`signal`) or failed import leaves the database exactly as it was.
 */
export function importParsedFile(
  db: DuizhaoDB,
  parsed: ParsedFile,
  projectName: string,
  opts: ImportOptions = {},
): Promise<number> {
  return db.transaction('rw', [db.projects, db.documents, db.units], () =>
    writeParsedFile(db, parsed, projectName, opts),
  );
}
