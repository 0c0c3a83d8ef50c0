/**
 * @jest-environment node
 */
// Node, not jsdom: jsdom lacks TextEncoder/TextDecoder, which the browser has.
import { columnName, crc32, csvCell, exportFilename, safeSheetName, toCsv, toMatrix, toXlsx } from './table-export';

const dec = new TextDecoder();

/** Reads a stored (uncompressed) zip: the entries' names and texts, checking each CRC. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files = new Map<string, string>();
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    expect(view.getUint16(at + 8, true)).toBe(0); // stored
    const crc = view.getUint32(at + 14, true);
    const size = view.getUint32(at + 18, true);
    const nameLen = view.getUint16(at + 26, true);
    const name = dec.decode(bytes.subarray(at + 30, at + 30 + nameLen));
    const data = bytes.subarray(at + 30 + nameLen, at + 30 + nameLen + size);
    expect(crc32(data)).toBe(crc);
    files.set(name, dec.decode(data));
    at += 30 + nameLen + size;
  }
  // The central directory follows and the end record names every entry.
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  expect(view.getUint16(end + 10, true)).toBe(files.size);
  expect(view.getUint32(end + 16, true)).toBe(at);
  return files;
}

describe('table files', () => {
  it('quotes CSV cells as RFC 4180 and defuses spreadsheet formulas (OWASP CSV injection)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('writes CSV for Excel: a BOM, CRLF line ends, Chinese intact', () => {
    const csv = toCsv(['门店', '订货'], [['联盛超市', 12], ['好邻家', null]]);
    expect(csv.startsWith('\uFEFF门店,订货\r\n')).toBe(true);
    expect(csv).toBe('\uFEFF门店,订货\r\n联盛超市,12\r\n好邻家,\r\n');
  });

  it('reads cells through the columns (value functions, plain keys)', () => {
    const m = toMatrix([{ key: 'a', label: 'A' }, { key: 'b', label: 'B', value: (r: { a: number }) => r.a * 2 }], [{ a: 2 }]);
    expect(m).toEqual({ header: ['A', 'B'], body: [[2, 4]] });
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes an XLSX workbook: the package parts, shared strings, typed cells, a frozen bold header', () => {
    const bytes = toXlsx('销售 2026/11', ['门店', '订货量', '异动'], [['联盛超市 <A&B>', 12, true], ['好邻家', 3.5, false]]);
    const files = unzip(bytes);
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
    ]);
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<c r="A1" s="1" t="s"><v>0</v></c>');
    expect(sheet).toContain('<c r="B2"><v>12</v></c>');
    expect(sheet).toContain('<c r="C2" t="b"><v>1</v></c>');
    expect(sheet).toContain('<c r="B3"><v>3.5</v></c>');
    expect(files.get('xl/sharedStrings.xml')).toContain('<t xml:space="preserve">联盛超市 &lt;A&amp;B&gt;</t>');
    expect(files.get('xl/workbook.xml')).toContain('name="销售 2026-11"');
  });

  it('names columns and files safely', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(safeSheetName('a/b:c?d*e[f]g'.repeat(5))).toHaveLength(31);
    expect(exportFilename('拜访达标 2026-W48', 'xlsx')).toBe('拜访达标-2026-W48.xlsx');
    expect(exportFilename('///', 'csv')).toBe('export.csv');
  });
});
