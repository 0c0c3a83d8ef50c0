import ExcelJS from 'exceljs';
import { toCsv, toXlsx, type ReportColumn } from './export.js';

// The renderings every report route sends (the routes' own tests go through HTTP).
interface Row {
  name: string;
  qty: number;
}
const columns: ReportColumn<Row>[] = [
  { key: 'name', label: { 'zh-CN': '门店', en: 'Store' } },
  { key: 'qty', label: { 'zh-CN': '订货', en: 'Ordered' } },
];
const rows: Row[] = [
  { name: '联盛超市', qty: 12 },
  { name: '=HYPERLINK("http://x","y")', qty: -2 },
  { name: '+86 138', qty: 0 },
];

describe('report files', () => {
  it('CSV neutralises text a spreadsheet would run as a formula, not negative numbers', () => {
    expect(toCsv(columns, rows, 'zh-CN')).toBe(
      '\uFEFF门店,订货\r\n联盛超市,12\r\n"\'=HYPERLINK(""http://x"",""y"")",-2\r\n\'+86 138,0\r\n',
    );
  });

  it('XLSX opens in exceljs with the text as string cells (never formulas) and numbers as numbers', async () => {
    const bytes = await toXlsx(columns, rows, 'en', 'sales');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('sales')!;
    expect([sheet.getCell('A1').value, sheet.getCell('B1').value]).toEqual(['Store', 'Ordered']);
    expect(sheet.getCell('A3').value).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B3').value).toBe(-2);
  });
});
