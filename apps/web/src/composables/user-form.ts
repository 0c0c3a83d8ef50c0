import { isDate } from '@fieldbeat/domain';
import type { User, UserInput } from '../api/types';

type Translate = (key: string, named?: Record<string, unknown>) => string;

export interface UserDraft {
  username: string;
  displayName: string;
  password: string;
  roleCode: string;
  managerId: string;
  region: string;
  startDate: string;
  active: boolean;
}

export function userToDraft(u: User | null, today: string): UserDraft {
  return {
    username: u?.username ?? '',
    displayName: u?.displayName ?? '',
    password: '',
    roleCode: u?.roleCode ?? '',
    managerId: u?.managerId ?? '',
    region: u?.region ?? '',
    startDate: u?.startDate ?? today,
    active: u?.active ?? true,
  };
}

/** The API's rules for a user (POST/PATCH /users): username 2–64 of A–Z a–z 0–9 _ . @ -, password ≥ 12 (required on create; the server also refuses only spaces and common passwords). */
export function userErrors(d: UserDraft, creating: boolean, t: Translate): Record<string, string> {
  const e: Record<string, string> = {};
  if (!/^[A-Za-z0-9_.@-]{2,64}$/.test(d.username)) e.username = t('users.usernameRule');
  if (!d.displayName.trim()) e.displayName = t('errors.required');
  if (creating || d.password !== '') {
    if ([...d.password.replace(/ {2,}/g, ' ')].length < 12) e.password = t('fieldErrors.minLength', { n: 12 });
  }
  if (!d.roleCode) e.roleCode = t('errors.required');
  if (!isDate(d.startDate)) e.startDate = t('fieldErrors.date');
  return e;
}

/** The create body, or on edit only what changed (PATCH), so an edit never resends a password it did not set. */
export function userBody(d: UserDraft, original: User | null): UserInput {
  const full: UserInput = {
    username: d.username.trim(),
    displayName: d.displayName.trim(),
    roleCode: d.roleCode,
    managerId: d.managerId || null,
    region: d.region.trim() || null,
    startDate: d.startDate,
    active: d.active,
  };
  if (!original) return { ...full, password: d.password };
  const patch: UserInput = {};
  for (const [k, v] of Object.entries(full) as [keyof UserInput, unknown][]) {
    const before = (original as unknown as Record<string, unknown>)[k] ?? null;
    if ((v ?? null) !== before) (patch as Record<string, unknown>)[k] = v;
  }
  if (d.password) patch.password = d.password;
  return patch;
}
