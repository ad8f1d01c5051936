import type { ReportTable } from './report-tables.ts';

const MAX_CELL_CHARACTERS = 60;

/** Control characters in a comment could move the cursor or recolour the terminal: show them as spaces. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

function cell(value: string | number): string {
  const text = String(value).replace(CONTROL_CHARACTERS, ' ');
  return text.length > MAX_CELL_CHARACTERS ? `${text.slice(0, MAX_CELL_CHARACTERS - 1)}…` : text;
}

/** A table as aligned columns for a terminal: numbers on the right, text on the left. */
export function formatTerminalTable(table: ReportTable): string {
  const cells = [table.columns.map(cell), ...table.rows.map((row) => row.map(cell))];
  const numeric = table.columns.map((_, column) => table.rows.length > 0 && table.rows.every((row) => typeof row[column] === 'number'));
  const widths = table.columns.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  const line = (row: string[]) => row.map((text, column) => (numeric[column] ? text.padStart(widths[column] ?? 0) : text.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  const body = table.rows.length === 0 ? ['(nothing in this period)'] : cells.slice(1).map(line);
  return [table.title, '', line(cells[0] ?? []), rule, ...body].join('\n');
}
