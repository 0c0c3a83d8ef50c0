/** The system permissions a role definition grants (权限 as the system enforces them). */
export const PERMISSIONS = [
  'roles.manage',
  'users.manage',
  'masterdata.manage',
  'settings.manage',
  'visits.log',
  'visits.read_team',
  'tasks.assign',
  'promotions.apply',
  'promotions.approve',
  'promotions.approve_gm',
  'returns.request',
  'returns.approve',
  'scores.manage',
  'reports.read',
  'apiclients.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}

export function hasPermission(actor: { permissions: readonly string[] }, permission: Permission): boolean {
  return actor.permissions.includes(permission);
}
