/**
 * @jest-environment node
 */
// Node, not jsdom: jsdom lacks TextEncoder/TextDecoder, which the browser has.
import ExcelJS from 'exceljs';
import { exportFilename, safeSheetName, toCsv, toMatrix, toXlsx } from './table-export';

/** Opens a workbook the way a reader would: with a library, not by reading the zip by hand. */
async function open(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

describe('table files', () => {
  it('writes CSV for Excel: a BOM, CRLF line ends, Chinese intact, formulas neutralised', () => {
    const csv = toCsv(['门店', '订货'], [['联盛超市', 12], ['好邻家', null], ['=HYPERLINK("http://x")', -2]]);
    expect(csv.startsWith('\uFEFF门店,订货\r\n')).toBe(true);
    expect(csv).toBe('\uFEFF门店,订货\r\n联盛超市,12\r\n好邻家,\r\n"\'=HYPERLINK(""http://x"")",-2\r\n');
  });

  it('reads cells through the columns (value functions, plain keys)', () => {
    const m = toMatrix([{ key: 'a', label: 'A' }, { key: 'b', label: 'B', value: (r: { a: number }) => r.a * 2 }], [{ a: 2 }]);
    expect(m).toEqual({ header: ['A', 'B'], body: [[2, 4]] });
  });

  it('writes an XLSX workbook that exceljs opens: typed cells, text as text, a frozen bold header with a filter', async () => {
    const bytes = toXlsx('销售 2026/11', ['门店', '订货量', '异动'], [
      ['联盛超市 <A&B>', 12, true],
      ['好邻家', 3.5, false],
      ['=SUM(A1:A9)', null, ''],
    ]);
    const sheet = await open(await bytes);
    expect(sheet.name).toBe('销售 2026-11');
    expect(sheet.getCell('A1').value).toBe('门店');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('联盛超市 <A&B>');
    expect(sheet.getCell('B2').value).toBe(12);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('C2').value).toBe(true);
    expect(sheet.getCell('B3').value).toBe(3.5);
    expect(sheet.getCell('C3').value).toBe(false);
    // A formula in the data stays text: the cell is a string, never a formula.
    expect(sheet.getCell('A4').value).toBe('=SUM(A1:A9)');
    expect(sheet.getCell('A4').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B4').value).toBeNull();
    expect(sheet.getCell('C4').value).toBeNull();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('names sheets and files safely', () => {
    expect(safeSheetName('a/b:c?d*e[f]g'.repeat(5))).toHaveLength(31);
    expect(safeSheetName('')).toBe('Sheet1');
    expect(exportFilename('拜访达标 2026-W48', 'xlsx')).toBe('拜访达标-2026-W48.xlsx');
    expect(exportFilename('///', 'csv')).toBe('export.csv');
  });
});
