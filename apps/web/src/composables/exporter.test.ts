/**
 * @jest-environment node
 */
import { jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { exportTable, type ExportDeps } from './exporter';

describe('exporting a table', () => {
  it('downloads the API’s own file for a report, asking for the format', async () => {
    const download = jest.fn(async () => ({ blob: new Blob(['x']), filename: 'sales-2026-11-01-2026-11-27.xlsx' }));
    const save = jest.fn();
    const name = await exportTable('xlsx', { name: 'sales', columns: [], rows: [], server: { path: '/reports/sales', query: { from: '2026-11-01', groupBy: 'sku' } } }, { download, save });
    expect(download).toHaveBeenCalledWith('/reports/sales', { query: { from: '2026-11-01', groupBy: 'sku', format: 'xlsx' } });
    expect(save).toHaveBeenCalledWith(expect.any(Blob), 'sales-2026-11-01-2026-11-27.xlsx');
    expect(name).toBe('sales-2026-11-01-2026-11-27.xlsx');
  });

  it('names the server’s file itself when the API sends no name', async () => {
    const save = jest.fn();
    await exportTable('csv', { name: 'promotion effects', columns: [], rows: [], server: { path: '/reports/promotion-effects' } }, { download: async () => ({ blob: new Blob(['']), filename: null }), save });
    expect(save.mock.calls[0]![1]).toBe('promotion-effects.csv');
  });

  it('writes other tables in the browser, leaving out action columns', async () => {
    const save = jest.fn();
    const download = jest.fn() as unknown as ExportDeps['download'];
    await exportTable(
      'csv',
      {
        name: '考核排名 2026-11',
        columns: [{ key: 'name', label: '人员' }, { key: 'total', label: '总分' }, { key: 'actions', label: '操作', exportable: false }],
        rows: [{ name: '刘洋', total: 98 }],
      },
      { download, save },
    );
    expect(download).not.toHaveBeenCalled();
    const [blob, filename] = save.mock.calls[0]! as [Blob, string];
    expect(filename).toBe('考核排名-2026-11.csv');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for UTF-8
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFF人员,总分\r\n刘洋,98\r\n');
  });

  it('writes an Excel file in the browser that a spreadsheet library opens', async () => {
    const save = jest.fn();
    const filename = await exportTable(
      'xlsx',
      { name: '考核排名 2026-11', columns: [{ key: 'name', label: '人员' }, { key: 'total', label: '总分' }], rows: [{ name: '刘洋', total: 98 }] },
      { download: jest.fn() as unknown as ExportDeps['download'], save },
    );
    expect(filename).toBe('考核排名-2026-11.xlsx');
    const [blob] = save.mock.calls[0]! as [Blob, string];
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    const sheet = workbook.getWorksheet('考核排名 2026-11')!;
    expect([sheet.getCell('A1').value, sheet.getCell('B1').value]).toEqual(['人员', '总分']);
    expect([sheet.getCell('A2').value, sheet.getCell('B2').value]).toEqual(['刘洋', 98]);
  });
});
