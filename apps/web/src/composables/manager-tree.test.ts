import type { User } from '../api/types';
import { chainAbove, managerTree, possibleManagers } from './manager-tree';

const u = (id: string, managerId: string | null, displayName = id, active = true): User => ({
  id,
  username: id,
  displayName,
  roleCode: 'r',
  managerId,
  region: null,
  startDate: '2024-01-01',
  active,
  permissions: [],
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
});
const people = [u('gm', null, '王总'), u('ka1', 'gm', '李明辉'), u('rep1', 'ka1', '刘洋'), u('rep2', 'ka1', '陈静'), u('sup1', 'ka1', '张伟'), u('rep9', 'sup1', '赵磊'), u('x', 'gone', '外部')];

describe('the manager chain', () => {
  it('builds the tree under each manager, counting everyone below', () => {
    const roots = managerTree(people);
    expect(roots.map((r) => r.user.id)).toEqual(['x', 'gm']); // a manager nobody can see makes a root; by name
    const gm = roots[1]!;
    expect(gm.size).toBe(5);
    const ka1 = gm.children[0]!;
    expect(ka1.children.map((c) => c.user.displayName)).toEqual(['陈静', '刘洋', '张伟']);
    expect(ka1.children[2]!.children[0]!.user.id).toBe('rep9');
  });

  it('survives a cycle in the data: everyone appears once', () => {
    const loop = [u('a', 'b'), u('b', 'a'), u('c', null)];
    const roots = managerTree(loop);
    const seen: string[] = [];
    const walk = (ns: ReturnType<typeof managerTree>) => ns.forEach((n) => (seen.push(n.user.id), walk(n.children)));
    walk(roots);
    expect(seen.sort()).toEqual(['a', 'b', 'c']);
  });

  it('lists the chain above a person and the managers they may be moved under (no loops)', () => {
    expect(chainAbove('rep9', people).map((p) => p.id)).toEqual(['sup1', 'ka1', 'gm']);
    expect(possibleManagers('ka1', people).map((p) => p.id).sort()).toEqual(['gm', 'x']);
    expect(possibleManagers(null, people)).toHaveLength(people.length);
  });
});
