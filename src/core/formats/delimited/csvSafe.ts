/**
 * Spreadsheet formula neutralisation (OWASP "CSV injection"): a cell that starts with
 * `= + - @`, a tab or a carriage return is prefixed with `'`, so Excel, LibreOffice and
 * Google Sheets show it as text instead of running it. Used by every CSV/TSV writer.
 */
export function csvSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
