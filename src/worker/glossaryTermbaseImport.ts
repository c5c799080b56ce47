import { parseTermbaseFile } from '../core/formats';
import { builtinTermbase, type Termbase } from '../core/glossary';
import type { DuizhaoDB } from '../db';
import { importTermbase, loadProjectTermbases, planTermbaseImport, validateConcept, type ImportPlan, type ImportTermbaseResult, type MergeChoice } from '../db/glossary';
import type { TermbasePreview } from './glossaryProtocol';

/** A termbase file the user chose, parsed and compared, waiting for "Import" (one at a time). */
let pending: { key: string; tb: Termbase; plan: ImportPlan } | null = null;

/** Thrown for a file that cannot be imported: the message is the sentence to show. */
export class TermbaseFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TermbaseFileError';
  }
}

/**
 * Step 1 of "Import termbase": parses the file (TBX, CSV/TSV, JSON, lists), drops entries
 * a matcher cannot use (with a warning each), and compares the rest with the termbases in
 * use (built-in, imported, project). Nothing is stored; the parsed termbase waits for
 * `storeParsedTermbase`. Throws TermbaseFileError with a sentence for the user.
 */
export async function previewTermbase(db: DuizhaoDB, projectId: number, bytes: Uint8Array, fileName: string, progress?: (phase: string, done: number, total: number) => void): Promise<TermbasePreview> {
  pending = null;
  progress?.('parsing', 0, bytes.length);
  let tb: Termbase;
  const warnings: string[] = [];
  try {
    const r = parseTermbaseFile(bytes, fileName);
    tb = r.termbase;
    warnings.push(...r.warnings);
  } catch (err) {
    const e = err as { name?: string; message?: string };
    throw new TermbaseFileError(e?.name === 'ImportError' ? `${e.message}. Nothing was imported.` : `${fileName}: ${e?.message ?? String(err)}. Nothing was imported.`);
  }
  progress?.('comparing', bytes.length, bytes.length);
  const usable = tb.concepts.filter((c) => {
    try {
      validateConcept(c);
      return true;
    } catch (e) {
      warnings.push(`${fileName}: entry “${c.en[0]?.text ?? c.id}” skipped: ${(e as Error).message}`);
      return false;
    }
  });
  if (usable.length === 0) throw new TermbaseFileError(`${fileName} holds no usable entry. ${warnings.slice(0, 3).join(' ')}`.trim());
  tb = { ...tb, concepts: usable };
  const existing = await loadProjectTermbases(db, projectId);
  const plan = planTermbaseImport([builtinTermbase(), ...existing.termbases], tb);
  pending = { key: `${db.name}|${projectId}|${fileName}`, tb, plan };
  const contra = plan.clashes.filter((c) => c.kind === 'contradiction');
  return {
    fileName,
    entries: usable.length,
    fresh: plan.fresh.length,
    duplicates: plan.clashes.length - contra.length,
    contradictions: contra.length,
    examples: contra.slice(0, 5).map((c) => ({
      en: c.incoming.en[0]?.text ?? '',
      here: c.incoming.zh.map((z) => z.text).join('、'),
      there: c.existing.zh.filter((z) => z.status !== 'forbidden').map((z) => z.text).join('、'),
      existingIn: c.existingIn,
    })),
    warnings,
  };
}

/**
 * Step 2: stores the termbase `previewTermbase` parsed, merging clashes as chosen, in one
 * transaction with progress (entries written). Throws when no file is waiting.
 */
export async function storeParsedTermbase(db: DuizhaoDB, projectId: number, fileName: string, choice: MergeChoice, progress?: (phase: string, done: number, total: number) => void): Promise<ImportTermbaseResult> {
  const p = pending;
  if (!p || p.key !== `${db.name}|${projectId}|${fileName}`) {
    throw new TermbaseFileError(`${fileName} is no longer loaded (the page was busy with another termbase). Choose the file again.`);
  }
  pending = null;
  return importTermbase(db, projectId, p.tb, fileName, p.plan, choice, Date.now, (done, total) => progress?.('writing', done, total));
}
