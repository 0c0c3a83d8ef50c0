import type { DbOrTx } from '../client.js';
import { statement } from '../prepared.js';
import type { Principal } from '../../lib/principal.js';

/**
 * Whose records a caller may see: 'all' for admins and API clients, otherwise the
 * caller and everyone whose manager chain leads to them (a rep: only themself).
 */
export type Visibility = { all: true } | { all: false; userIds: ReadonlySet<string> };

const ADMIN_PERMISSIONS = ['roles.manage', 'users.manage'] as const;

/** The caller and everyone whose manager chain leads to them (users_manager_idx); every request of a non-admin runs it. */
const TEAM = `
  WITH RECURSIVE team(id) AS (
    SELECT ?
    UNION
    SELECT u.id FROM users u JOIN team t ON u.manager_id = t.id
  )
  SELECT id FROM team`;

export function visibilityOf(db: DbOrTx, principal: Principal): Visibility {
  if (principal.kind === 'client' || ADMIN_PERMISSIONS.some((p) => principal.permissions.has(p))) {
    return { all: true };
  }
  const rows = statement(db, TEAM).all(principal.id) as { id: string }[];
  return { all: false, userIds: new Set(rows.map((r) => r.id)) };
}

export const canSee = (v: Visibility, userId: string) => v.all || v.userIds.has(userId);

/** The ids to filter on, or undefined for no filter. */
export const visibleIds = (v: Visibility) => (v.all ? undefined : [...v.userIds]);
