import type { ReportTable } from './report-tables.ts';

/** Cells a spreadsheet would run as a formula (OWASP's list): = + - @, tab and carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  // A leading apostrophe makes Excel, LibreOffice and Sheets show the text instead of evaluating it.
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** RFC 4180 CSV, every text cell quoted and defused against formula injection. */
export function toCsv(table: ReportTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
