import Papa from 'papaparse';

/**
 * One page of rows as CSV (RFC 4180: CRLF, fields quoted when needed), through Papa Parse; `header` on the first
 * page only. Cells that start with = + - @ (or a tab or CR) get a leading ' so a spreadsheet shows them as text
 * instead of running them as formulas (CSV injection).
 */
export function csvChunk<T extends Record<string, unknown>>(
  rows: T[],
  columns: readonly (keyof T & string)[],
  header: boolean,
): string {
  if (rows.length === 0 && !header) return '';
  const text = Papa.unparse(
    { fields: [...columns], data: rows.map((row) => columns.map((column) => row[column] ?? '')) },
    { header, escapeFormulae: true, newline: '\r\n' },
  );
  return text ? `${text}\r\n` : '';
}
