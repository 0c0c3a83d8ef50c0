import { compareCells, filterRows, sortRows } from './table';

type Row = { name: string; total: number | null };
const rows: Row[] = [
  { name: '张伟', total: 97.5 },
  { name: '刘洋', total: null },
  { name: 'Alice', total: 100 },
  { name: '陈静', total: 97.5 },
];
const byTotal = { key: 'total', label: 'Total' };

describe('console tables', () => {
  it('sorts numbers by value, stably, with blanks last in both directions', () => {
    expect(sortRows(rows, byTotal, 'asc').map((r) => r.name)).toEqual(['张伟', '陈静', 'Alice', '刘洋']);
    expect(sortRows(rows, byTotal, 'desc').map((r) => r.name)).toEqual(['Alice', '张伟', '陈静', '刘洋']);
  });

  it('sorts text with a collation that knows numbers and Chinese', () => {
    expect(compareCells('W9', 'W10')).toBeLessThan(0);
    const names = sortRows(rows, { key: 'name', label: 'Name', value: (r: Row) => r.name }, 'asc').map((r) => r.name);
    // Pinyin order: chén, liú, zhāng.
    expect(names.filter((n) => n !== 'Alice')).toEqual(['陈静', '刘洋', '张伟']);
  });

  it('keeps the order without a sort column', () => {
    expect(sortRows(rows, undefined, 'asc')).toEqual(rows);
  });

  it('filters on what the cells show', () => {
    const cols = [{ key: 'name', label: 'Name' }, { key: 'total', label: 'Total', format: (r: Row) => (r.total === null ? '—' : `${r.total} 分`) }];
    expect(filterRows(rows, cols, '97.5 分').map((r) => r.name)).toEqual(['张伟', '陈静']);
    expect(filterRows(rows, cols, 'alice')).toHaveLength(1);
    expect(filterRows(rows, cols, '  ')).toHaveLength(4);
  });
});
