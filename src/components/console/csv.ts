// CSV (RFC 4180): fields quoted when they hold a comma, quote or line break; lines end with CRLF. Text that a
// spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe, except in columns
// marked `raw` (a ticket value must stay byte for byte what the engine issued).

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | undefined;
  raw?: boolean;
}

const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: string | number | undefined, raw = false): string {
  let s = value === undefined ? '' : String(value);
  if (!raw && typeof value === 'string' && FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<T>(columns: CsvColumn<T>[], rows: readonly T[]): string {
  const head = columns.map((c) => csvField(c.header)).join(',');
  const body = rows.map((r) => columns.map((c) => csvField(c.value(r), c.raw)).join(','));
  return [head, ...body].join('\r\n') + '\r\n';
}
