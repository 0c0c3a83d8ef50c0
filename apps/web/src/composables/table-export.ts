// Tables as files: CSV (UTF-8 with BOM, for Excel) and a real XLSX workbook (exceljs), built in
// the browser from the rows a table shows. Reports the API renders itself are downloaded from it
// instead (`api.download`); this covers every other table with the same file conventions.
import { csvCell } from '@fieldbeat/domain';

export type Cell = string | number | boolean | null | undefined;

export interface ExportColumn<Row> {
  key: string;
  /** The header as shown (already translated). */
  label: string;
  /** The cell for files and sorting; default `row[key]`. */
  value?: (row: Row) => Cell;
}

/** Header row and data rows as plain cells. */
export function toMatrix<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): { header: string[]; body: Cell[][] } {
  return {
    header: columns.map((c) => c.label),
    body: rows.map((row) => columns.map((c) => (c.value ? c.value(row) : (row as Record<string, Cell>)[c.key]))),
  };
}

/**
 * CSV for Excel: a byte-order mark (so Chinese opens correctly), CRLF line ends, cells quoted and
 * formulas neutralised by the domain's `csvCell`, as the API's exports are.
 */
export function toCsv(header: readonly string[], body: readonly (readonly Cell[])[]): string {
  const lines = [header.map(csvCell).join(','), ...body.map((r) => r.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'Sheet1';
}

/** A column wide enough for its header and its first 200 cells (Chinese counts double). */
function columnWidth(header: string, body: readonly (readonly Cell[])[], column: number): number {
  const longest = Math.max(header.length * 2, ...body.slice(0, 200).map((r) => String(r[column] ?? '').length * 1.6));
  return Math.max(8, Math.min(60, Math.ceil(longest) + 2));
}

/**
 * A workbook with one sheet, written by exceljs (the library the API's reports use): a bold,
 * frozen header row with a filter, numbers as numbers, booleans as booleans, text as string cells
 * (never formulas). exceljs is loaded on the first export, so the app's own bundle stays small.
 */
export async function toXlsx(sheetName: string, header: readonly string[], body: readonly (readonly Cell[])[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Fieldbeat';
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h, c) => ({ header: h, width: columnWidth(h, body, c) }));
  for (const cells of body) {
    sheet.addRow(cells.map((v) => (v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v)) ? null : v)));
  }
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  if (header.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name safe on every desktop: the table's name and a date, letters kept (Chinese included). */
export function exportFilename(base: string, extension: 'csv' | 'xlsx'): string {
  const clean = base.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
  return `${clean}.${extension}`;
}

/** Hands a file to the browser's download (an object URL on a temporary link). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
