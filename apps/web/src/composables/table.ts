import type { Cell, ExportColumn } from './table-export';

/** A column of a console table: how to show it, sort it and put it in a file. */
export interface TableColumn<Row> extends ExportColumn<Row> {
  align?: 'start' | 'end' | 'center';
  /** Default true for columns with a value. */
  sortable?: boolean;
  /** The text shown; default the cell value. Slots (`#cell-<key>`) override both. */
  format?: (row: Row) => string;
  /** false for action columns: not in CSV/XLSX. */
  exportable?: boolean;
  width?: string;
  /** Keep the cell on one line (dates, amounts, codes). */
  nowrap?: boolean;
  /** Let the header break onto a second line (a table of many narrow number columns, so that it fits). */
  wrapHeader?: boolean;
}

export type SortDir = 'asc' | 'desc';

export function cellOf<Row>(column: ExportColumn<Row>, row: Row): Cell {
  return column.value ? column.value(row) : (row as Record<string, Cell>)[column.key];
}

const collator = typeof Intl !== 'undefined' ? new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' }) : null;

/** Compares two cells: numbers by value, text by the Chinese-aware collation; blanks last either way. */
export function compareCells(a: Cell, b: Cell): number {
  const blankA = a === null || a === undefined || a === '';
  const blankB = b === null || b === undefined || b === '';
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const sa = String(a);
  const sb = String(b);
  return collator ? collator.compare(sa, sb) : sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** A stable sort by one column; blanks stay at the end in both directions. */
export function sortRows<Row>(rows: readonly Row[], column: ExportColumn<Row> | undefined, dir: SortDir): Row[] {
  if (!column) return [...rows];
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: cellOf(column, row) }))
    .sort((x, y) => {
      const blankX = x.v === null || x.v === undefined || x.v === '';
      const blankY = y.v === null || y.v === undefined || y.v === '';
      if (blankX || blankY) return blankX === blankY ? x.i - y.i : blankX ? 1 : -1;
      return sign * compareCells(x.v, y.v) || x.i - y.i;
    })
    .map((x) => x.row);
}

/** Rows whose shown cells contain the query (case-insensitive), for the table's filter box. */
export function filterRows<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[], query: string): Row[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...rows];
  return rows.filter((row) =>
    columns.some((c) => {
      const text = c.format ? c.format(row) : cellOf(c, row);
      return text !== null && text !== undefined && String(text).toLowerCase().includes(q);
    }),
  );
}
