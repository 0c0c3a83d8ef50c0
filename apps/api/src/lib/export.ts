import { csvCell } from '@fieldbeat/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type, type TSchema } from 'typebox';
import { localize, preferredLocale, type Locale, type Localized } from './locale.js';
import { weightedRanges } from './negotiation.js';

/**
 * Every report answers JSON, CSV or XLSX from the same rows. The format is chosen by the
 * `format` query parameter when given, else by `Accept`:
 *   text/csv                                                          -> CSV, UTF-8 with a BOM
 *   application/vnd.openxmlformats-officedocument.spreadsheetml.sheet -> XLSX workbook
 *   anything else (application/json, *\/*, none)                      -> JSON
 *
 * Usage in a route (declare `...ReportFormatQuery` in its querystring and
 * `reportResponses(JsonSchema)` as its 200 response):
 *
 *   return sendReport(request, reply, {
 *     filename: `sales-${from}-${to}`,
 *     columns: [{ key: 'label', label: { 'zh-CN': '名称', en: 'Name' } }, { key: 'orderQty', label: 'Qty' }],
 *     rows: items,
 *     json: { from, to, items },          // optional; default { items: rows }
 *   });
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The `format` query parameter of every report route. */
export const ReportFormatQuery = {
  format: Type.Optional(
    Type.Enum(REPORT_FORMATS, { description: 'json (default), csv (UTF-8 with BOM) or xlsx; overrides Accept' }),
  ),
};

/** The 200 response of a report route: its JSON shape, plus the CSV and XLSX renderings. */
export function reportResponses<T extends TSchema>(json: T) {
  return {
    description: 'JSON by default; CSV or XLSX with `Accept: text/csv`, `Accept: ' + XLSX_TYPE + '` or `?format=`',
    content: {
      'application/json': { schema: json },
      [CSV_TYPE]: { schema: Type.String({ description: 'UTF-8 with BOM, header row, CRLF line ends' }) },
      [XLSX_TYPE]: { schema: Type.String({ format: 'binary', description: 'a workbook with one sheet and a bold, frozen header row' }) },
    },
  };
}

/** The format a request asks for: `?format=` first, then the most preferred type in `Accept`. */
export function reportFormat(request: Pick<FastifyRequest, 'headers' | 'query'>): ReportFormat {
  const query = request.query as { format?: unknown } | undefined;
  if (query && typeof query.format === 'string' && (REPORT_FORMATS as readonly string[]).includes(query.format)) {
    return query.format as ReportFormat;
  }
  for (const { value: type } of weightedRanges(request.headers.accept)) {
    if (type === CSV_TYPE || type === 'application/csv') return 'csv';
    if (type === XLSX_TYPE) return 'xlsx';
    if (type === 'application/json' || type === 'application/*' || type === '*/*' || type.endsWith('+json')) return 'json';
  }
  return 'json';
}

export type CellValue = string | number | boolean | null | undefined;

export interface ReportColumn<Row> {
  /** The row field shown in this column (also the JSON field name). */
  key: string;
  /** The header, in one language or per locale (chosen by Accept-Language). */
  label: Localized;
  /** How to read the cell; default `row[key]`. */
  value?: (row: Row, locale: Locale) => CellValue;
  /** XLSX number format, e.g. '0.00' for money, '0.0' for percentages. */
  numFmt?: string;
  /** XLSX column width in characters; default from the header. */
  width?: number;
}

export interface Report<Row> {
  columns: readonly ReportColumn<Row>[];
  rows: readonly Row[];
  /** Without extension; sanitised for the Content-Disposition header. */
  filename: string;
  /** XLSX sheet name; default the filename (at most 31 characters). */
  sheetName?: string;
  /** The JSON answer; default `{ items: rows }`. */
  json?: unknown;
}

function cellOf<Row>(column: ReportColumn<Row>, row: Row, locale: Locale): CellValue {
  if (column.value) return column.value(row, locale);
  return (row as Record<string, CellValue>)[column.key];
}

/**
 * CSV for Excel: UTF-8 with a byte-order mark (so Chinese text opens correctly), CRLF line ends,
 * cells quoted and formulas neutralised by the domain's `csvCell` (the SPA writes its CSV with it too).
 */
export function toCsv<Row>(columns: readonly ReportColumn<Row>[], rows: readonly Row[], locale: Locale): string {
  const lines = [columns.map((c) => csvCell(localize(c.label, locale))).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(cellOf(c, row, locale))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * A real workbook (exceljs): one sheet, bold frozen header row with a filter, typed cells. Text is
 * written as a string cell, which a spreadsheet never runs as a formula, so it stays as it is.
 */
export async function toXlsx<Row>(
  columns: readonly ReportColumn<Row>[],
  rows: readonly Row[],
  locale: Locale,
  sheetName: string,
): Promise<Buffer> {
  // Loaded on first use: exceljs (and the zip libraries it pulls in) is a third of the server's start-up.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Fieldbeat';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => {
    const header = localize(c.label, locale);
    return { header, key: c.key, width: c.width ?? Math.max(10, Math.min(40, header.length * 2 + 2)), style: c.numFmt ? { numFmt: c.numFmt } : {} };
  });
  for (const row of rows) {
    sheet.addRow(columns.map((c) => cellOf(c, row, locale) ?? null));
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  header.alignment = { vertical: 'middle' };
  if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'Report';
}

function contentDisposition(filename: string, extension: string): string {
  const base = filename.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'report';
  return `attachment; filename="${base}.${extension}"; filename*=UTF-8''${encodeURIComponent(`${filename}.${extension}`)}`;
}

/**
 * Answers a report in the format the request asks for (see `reportFormat`). JSON goes through
 * the route's response schema; CSV and XLSX are sent as attachments.
 */
export async function sendReport<Row>(request: FastifyRequest, reply: FastifyReply, report: Report<Row>): Promise<FastifyReply> {
  const format = reportFormat(request);
  reply.header('vary', 'Accept, Accept-Language');
  if (format === 'json') {
    return reply.type('application/json; charset=utf-8').send(report.json ?? { items: report.rows });
  }
  const locale = preferredLocale(request);
  if (format === 'csv') {
    return reply
      .type(`${CSV_TYPE}; charset=utf-8`)
      .header('content-disposition', contentDisposition(report.filename, 'csv'))
      .send(toCsv(report.columns, report.rows, locale));
  }
  const body = await toXlsx(report.columns, report.rows, locale, report.sheetName ?? report.filename);
  return reply.type(XLSX_TYPE).header('content-disposition', contentDisposition(report.filename, 'xlsx')).send(body);
}
