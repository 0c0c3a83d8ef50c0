import type { RankedScorecard } from '../api/types';

export interface RoleGroup {
  code: string;
  /** The role's title in the UI language, as the API sent it. */
  title: string;
  n: number;
}

/**
 * The roles of a month's ranking, in the API's order (the largest first): each role is ranked
 * apart — reps against reps, never beside their manager — so the page shows one at a time.
 */
export function roleGroups(rows: readonly Pick<RankedScorecard, 'roleCode' | 'roleTitle'>[]): RoleGroup[] {
  const groups = new Map<string, RoleGroup>();
  for (const r of rows) {
    const g = groups.get(r.roleCode);
    if (g) g.n += 1;
    else groups.set(r.roleCode, { code: r.roleCode, title: r.roleTitle, n: 1 });
  }
  return [...groups.values()];
}

/** The role shown: the one asked for when the month has it, else the first (largest). */
export function shownRole(groups: readonly RoleGroup[], asked: string): string {
  return groups.some((g) => g.code === asked) ? asked : (groups[0]?.code ?? '');
}
