// Cells of the files people open in a spreadsheet (CSV exports of the API and the SPA).

/** What spreadsheets run as a formula when a cell's text starts with it: =, +, -, @, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe, which Excel, WPS and
 * LibreOffice show as plain text: CSV injection (OWASP). Any other text is returned as it is.
 * Numbers are not text: a CSV cell `-2` is the number, written without the apostrophe.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV cell (RFC 4180): empty for null and undefined (and numbers that are not finite),
 * `true`/`false`, numbers as written, text with formulas neutralised and quoted where it holds a
 * quote, comma or line break or starts or ends with spaces.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
