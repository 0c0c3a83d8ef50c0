type Translate = (key: string) => string;

/** A permission's name for people (`promotions.approve` → 审批促销); its message key has no dot inside. */
export function permissionLabel(t: Translate, permission: string): string {
  return t(`roles.perms.${permission.replace('.', '_')}`);
}
