import { loadConsoleMessages } from '../i18n/console-loader';
import type { TableColumn } from '../composables/table';
import { mountInApp } from '../test-utils/mount';
import DataTable from './DataTable.vue';

interface Row {
  id: string;
  name: string;
  visits: number;
}
const columns: TableColumn<Row>[] = [
  { key: 'name', label: '门店' },
  { key: 'visits', label: '拜访次数', align: 'end' },
];
const rows: Row[] = [
  { id: 'a', name: '华联超市', visits: 12 },
  { id: 'b', name: '永辉超市', visits: 3 },
  { id: 'c', name: '家乐福', visits: 40 },
];

const mountTable = (props: Record<string, unknown> = {}) =>
  mountInApp(DataTable, { props: { columns, rows, rowKey: (r: Row) => r.id, caption: '门店拜访', exportable: false, ...props } });
const column = (w: ReturnType<typeof mountTable>, i: number) => w.findAll('tbody tr').map((tr) => tr.findAll('td')[i]!.text());

describe('DataTable', () => {
  beforeAll(() => loadConsoleMessages());

  it('sorts by a header, ascending then descending, and says so to assistive technology', async () => {
    const w = mountTable();
    expect(column(w, 1)).toEqual(['12', '3', '40']);
    const header = w.findAll('th')[1]!;
    await header.find('button').trigger('click');
    expect(column(w, 1)).toEqual(['3', '12', '40']);
    expect(header.attributes('aria-sort')).toBe('ascending');
    await header.find('button').trigger('click');
    expect(column(w, 1)).toEqual(['40', '12', '3']);
    expect(header.attributes('aria-sort')).toBe('descending');
    expect(w.findAll('th')[0]!.attributes('aria-sort')).toBe('none');
  });

  it('shows the empty text across every column when there are no rows', () => {
    const w = mountTable({ rows: [], emptyText: '本月没有拜访' });
    const cells = w.findAll('tbody td');
    expect(cells).toHaveLength(1);
    expect(cells[0]!.text()).toBe('本月没有拜访');
    expect(cells[0]!.attributes('colspan')).toBe('2');
  });

  it('falls back to the common empty text, and filters down to it', async () => {
    const w = mountTable({ filterable: true });
    await w.find('input[type="search"]').setValue('沃尔玛');
    expect(w.find('tbody').text()).toBe('暂无内容');
    await w.find('input[type="search"]').setValue('永辉');
    expect(column(w, 0)).toEqual(['永辉超市']);
  });

  it('emits the clicked row', async () => {
    const w = mountTable();
    await w.findAll('tbody tr')[2]!.trigger('click');
    expect(w.emitted('rowClick')).toEqual([[rows[2]]]);
  });
});
