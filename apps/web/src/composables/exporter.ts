import { api } from '../api';
import type { TableColumn } from './table';
import { XLSX_MIME, exportFilename, saveBlob, toCsv, toMatrix, toXlsx } from './table-export';

export type ExportFormat = 'xlsx' | 'csv';

/** A report the API renders itself (`?format=csv|xlsx`): the file is the server's. */
export interface ServerExport {
  path: string;
  query?: Record<string, string | number | boolean | null | undefined>;
}

export interface ExportSpec<Row> {
  /** File name without extension, and the sheet's name. */
  name: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  server?: ServerExport | null;
}

export interface ExportDeps {
  download: typeof api.download;
  save: (blob: Blob, filename: string) => void;
}

/**
 * One table as a file. Reports the API renders (sales, display issues, promotion effects) come
 * from the API with the bearer token; every other table is written here from the rows shown,
 * with the same conventions (BOM CSV with the domain's `csvCell`, an exceljs workbook with a bold
 * frozen header).
 */
export async function exportTable<Row>(format: ExportFormat, spec: ExportSpec<Row>, deps: ExportDeps = { download: api.download, save: saveBlob }): Promise<string> {
  if (spec.server) {
    const file = await deps.download(spec.server.path, { query: { ...spec.server.query, format } });
    const filename = file.filename ?? exportFilename(spec.name, format);
    deps.save(file.blob, filename);
    return filename;
  }
  const columns = spec.columns.filter((c) => c.exportable !== false);
  const { header, body } = toMatrix(columns, spec.rows);
  const filename = exportFilename(spec.name, format);
  const blob =
    format === 'csv'
      ? new Blob([toCsv(header, body)], { type: 'text/csv;charset=utf-8' })
      : new Blob([(await toXlsx(spec.name, header, body)) as BlobPart], { type: XLSX_MIME });
  deps.save(blob, filename);
  return filename;
}
