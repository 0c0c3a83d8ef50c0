import { roleGroups, shownRole } from './ranking-groups';

const row = (roleCode: string, roleTitle: string) => ({ roleCode, roleTitle });

describe('the ranking, one role at a time', () => {
  const rows = [row('sales_rep', '业务员'), row('sales_rep', '业务员'), row('sales_rep', '业务员'), row('ka_manager', 'KA经理')];

  it('lists the roles in the API’s order (largest first) with their titles and head counts', () => {
    expect(roleGroups(rows)).toEqual([
      { code: 'sales_rep', title: '业务员', n: 3 },
      { code: 'ka_manager', title: 'KA经理', n: 1 },
    ]);
    expect(roleGroups([])).toEqual([]);
  });

  it('shows the role asked for when the month has it, else the largest', () => {
    const groups = roleGroups(rows);
    expect(shownRole(groups, 'ka_manager')).toBe('ka_manager');
    expect(shownRole(groups, '')).toBe('sales_rep');
    expect(shownRole(groups, 'gone')).toBe('sales_rep');
    expect(shownRole([], 'x')).toBe('');
  });
});
