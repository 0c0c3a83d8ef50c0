import type { User } from '../api/types';

export interface TreeNode {
  user: User;
  children: TreeNode[];
  /** People below, at every level. */
  size: number;
}

/**
 * The manager chain as a tree: everyone under their manager; people whose manager is unknown
 * (or not visible) are roots. A cycle in the data (A under B under A) cannot hang the page:
 * each person appears once, and the rest of a cycle becomes a root.
 */
export function managerTree(users: readonly User[]): TreeNode[] {
  const ids = new Set(users.map((u) => u.id));
  const childrenOf = new Map<string | null, User[]>();
  for (const u of users) {
    const parent = u.managerId && ids.has(u.managerId) && u.managerId !== u.id ? u.managerId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(u);
    childrenOf.set(parent, list);
  }
  const byName = (a: User, b: User) => Number(b.active) - Number(a.active) || a.displayName.localeCompare(b.displayName, 'zh-CN');
  const placed = new Set<string>();
  const build = (u: User): TreeNode => {
    placed.add(u.id);
    const children = (childrenOf.get(u.id) ?? []).filter((c) => !placed.has(c.id)).sort(byName).map(build);
    return { user: u, children, size: children.reduce((n, c) => n + 1 + c.size, 0) };
  };
  const roots = (childrenOf.get(null) ?? []).sort(byName).map(build);
  // Whoever sits only in a cycle was never reached from a root.
  for (const u of [...users].sort(byName)) if (!placed.has(u.id)) roots.push(build(u));
  return roots;
}

/** The chain above a person, nearest manager first (stops at a cycle). */
export function chainAbove(userId: string, users: readonly User[]): User[] {
  const byId = new Map(users.map((u) => [u.id, u]));
  const chain: User[] = [];
  const seen = new Set<string>([userId]);
  let current = byId.get(userId)?.managerId ?? null;
  while (current && !seen.has(current) && byId.has(current)) {
    seen.add(current);
    chain.push(byId.get(current)!);
    current = byId.get(current)!.managerId;
  }
  return chain;
}

/** Managers a person may be moved under: not themself and nobody below them (that would be a cycle). */
export function possibleManagers(userId: string | null, users: readonly User[]): User[] {
  if (!userId) return [...users];
  const below = new Set<string>([userId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of users) {
      if (u.managerId && below.has(u.managerId) && !below.has(u.id)) {
        below.add(u.id);
        grew = true;
      }
    }
  }
  return users.filter((u) => !below.has(u.id));
}
