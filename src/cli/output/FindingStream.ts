import { SEVERITY_RANK, type Finding, type Severity } from '../../core/model';

/**
 * `--format jsonl`: one JSON object per finding, written as soon as its document is checked
 * (the report is never held in memory), then one summary object:
 * `{"summary":{"file","units","findings","bySeverity","failOn","failing"}}`.
 */
export class FindingStream {
  private units = 0;
  private findings = 0;
  private failing = 0;
  private readonly bySeverity: Record<Severity, number> = { critical: 0, major: 0, minor: 0, info: 0 };

  constructor(
    private readonly write: (text: string) => Promise<void>,
    private readonly file: string,
    private readonly failOn: Severity | null,
  ) {}

  /** Writes the findings of one checked document (its name read only when it has some). */
  async document(doc: { readonly name: string }, units: number, found: readonly Finding[]): Promise<void> {
    this.units += units;
    if (!found.length) return;
    const name = doc.name;
    let out = '';
    for (const f of found) {
      this.findings++;
      this.bySeverity[f.severity]++;
      if (this.failOn && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[this.failOn]) this.failing++;
      out += JSON.stringify({ document: name, ...f }) + '\n';
    }
    await this.write(out);
  }

  /** Writes the summary line; returns how many findings reached --fail-on. */
  async end(): Promise<number> {
    const summary = { file: this.file, units: this.units, findings: this.findings, bySeverity: this.bySeverity, failOn: this.failOn, failing: this.failing };
    await this.write(JSON.stringify({ summary }) + '\n');
    return this.failing;
  }
}
