import { readFileSync } from 'node:fs';
import { checkDocument, createCheckContext, toCheckUnit } from '../../core/engine';
import { parseFileBytes } from '../../core/formats';
import type { Finding } from '../../core/model';

export interface AuditedUnit {
  id: string;
  source: string;
  target: string;
}

export interface AuditRun {
  units: Map<string, AuditedUnit>;
  /** Every finding, in the CLI's order (document by document, unit by unit). */
  findings: Finding[];
}

/**
 * The findings `duizhao check FILE` reports on a file, through the CLI's own path (the
 * format readers, the built-in termbase, every check, one document at a time), with the
 * units' texts so that a reviewer can read each finding in context.
 */
export function auditFindings(file: string): AuditRun {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new Error(`Cannot read ${file}: ${(e as Error).message}. Pass --data PATH to a file duizhao check reads (JSONL, TSV, CSV, dump).`);
  }
  const parsed = parseFileBytes(bytes, file);
  const ctx = createCheckContext();
  const units = new Map<string, AuditedUnit>();
  const findings: Finding[] = [];
  for (const doc of parsed.documents) {
    for (const u of doc.units) units.set(u.id, { id: u.id, source: u.source, target: u.target });
    for (const f of checkDocument(doc.units.map(toCheckUnit), ctx)) findings.push(f);
  }
  return { units, findings };
}
