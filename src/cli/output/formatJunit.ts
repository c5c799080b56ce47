import { SEVERITY_RANK, type Finding } from '../../core/model';
import type { CheckReport } from './CheckReport';

/**
 * JUnit XML for CI servers: one testsuite for the file, one testcase per unit, one
 * `<failure>` per finding at or above `--fail-on` (every finding when --fail-on is not
 * given); findings below the threshold are listed in the testcase's `<system-out>`.
 */
export function formatJunit(r: CheckReport): string {
  const threshold = r.failOn ? SEVERITY_RANK[r.failOn] : SEVERITY_RANK.info;
  const byUnit = new Map<string, Finding[]>();
  for (const f of r.findings) {
    const list = byUnit.get(f.unitId);
    if (list) list.push(f);
    else byUnit.set(f.unitId, [f]);
  }
  const isFailure = (f: Finding) => SEVERITY_RANK[f.severity] >= threshold;
  const failures = r.findings.filter(isFailure).length;
  const failedCases = r.units.filter((u) => (byUnit.get(u.id) ?? []).some(isFailure)).length;
  const base = r.file.split(/[\\/]/).pop() ?? r.file;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="duizhao" tests="${r.units.length}" failures="${failedCases}">`);
  out.push(
    `  <testsuite name="${attr(`duizhao check ${r.file}`)}" tests="${r.units.length}" failures="${failedCases}" errors="0" skipped="0">`,
  );
  out.push(`    <properties><property name="duizhao.version" value="${attr(r.version)}"/><property name="findings" value="${r.findings.length}"/><property name="failing-findings" value="${failures}"/></properties>`);
  for (const u of r.units) {
    const list = byUnit.get(u.id) ?? [];
    const doc = u.document?.name;
    const name = `unit ${u.id}${doc ? ` — ${doc}` : ''}`;
    const open = `    <testcase classname="${attr(`duizhao.${base}`)}" name="${attr(name)}"`;
    if (list.length === 0) {
      out.push(`${open}/>`);
      continue;
    }
    out.push(`${open}>`);
    const below: string[] = [];
    for (const f of list) {
      if (isFailure(f)) {
        out.push(`      <failure type="${attr(f.check)}" message="${attr(`${f.severity}: ${f.message}`)}">${text(details(f))}</failure>`);
      } else below.push(`${f.severity} ${f.check}: ${details(f)}`);
    }
    if (below.length) out.push(`      <system-out>${text(below.join('\n'))}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return out.join('\n') + '\n';
}

function details(f: Finding): string {
  const parts = [`severity: ${f.severity}`, `mqm: ${f.mqm}`];
  if (f.target) parts.push(`target ${f.target.start}-${f.target.end}: ${f.target.text}`);
  if (f.source) parts.push(`source ${f.source.start}-${f.source.end}: ${f.source.text}`);
  parts.push(f.message);
  if (f.suggestion !== undefined) parts.push(`suggestion: ${f.suggestion}`);
  return parts.join('\n');
}

/** XML 1.0 cannot carry most control characters: drop them. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** Characters `text` changes, and those `attr` changes: most strings hold none and are written as they are. */
const TEXT_SPECIAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff&<>]/;
const ATTR_SPECIAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff&<>"\n]/;

function text(s: string): string {
  if (!TEXT_SPECIAL.test(s)) return s;
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  if (!ATTR_SPECIAL.test(s)) return s;
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
