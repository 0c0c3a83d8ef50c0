import { roleTitleIn } from '@fieldbeat/domain';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { api } from '../api';
import type { Role, User, UserInput } from '../api/types';
import { fetchAll } from '../api/lists';
import { currentLocale } from '../i18n';
import { useAuthStore } from './auth';

/**
 * The people the caller may see (a manager: their team through the manager chain; an admin:
 * everyone). Names for every console table, the pickers, and the admin's user management.
 */
export const usePeopleStore = defineStore('people', () => {
  const auth = useAuthStore();
  const users = shallowRef<User[]>([]);
  const loaded = ref(false);
  const roles = shallowRef<Role[]>([]);
  let inflight: Promise<void> | null = null;
  let rolesInflight: Promise<void> | null = null;

  const byId = computed(() => new Map(users.value.map((u) => [u.id, u])));
  /** Everyone below the caller (not the caller), active first, by name: whom a manager assigns to and grades. */
  const team = computed(() =>
    users.value
      .filter((u) => u.id !== auth.user?.id)
      .sort((a, b) => Number(b.active) - Number(a.active) || a.displayName.localeCompare(b.displayName, 'zh-CN')),
  );

  function name(id: string | null | undefined): string {
    if (!id) return '—';
    // someone outside the caller's view: a dash, never a piece of their id
    return byId.value.get(id)?.displayName ?? '—';
  }

  /** Role titles (岗位) in the UI language for tables, never the code once roles are loaded; role definitions are readable by every signed-in user. */
  function roleTitle(code: string | null | undefined): string {
    if (!code) return '—';
    const role = roles.value.find((r) => r.code === code);
    return role ? roleTitleIn(role, currentLocale()) : code;
  }

  function loadRoles(force = false): Promise<void> {
    if (roles.value.length && !force) return Promise.resolve();
    rolesInflight ??= fetchAll<Role>('/roles')
      .then((list) => {
        roles.value = list;
      })
      .finally(() => {
        rolesInflight = null;
      });
    return rolesInflight;
  }

  function load(force = false): Promise<void> {
    if (loaded.value && !force) return Promise.resolve();
    inflight ??= fetchAll<User>('/users')
      .then((list) => {
        users.value = list;
        loaded.value = true;
      })
      .finally(() => {
        inflight = null;
      });
    return inflight;
  }

  async function create(body: UserInput, idempotencyKey: string): Promise<User> {
    const user = await api.post<User>('/users', body, { idempotencyKey });
    users.value = [...users.value, user];
    return user;
  }

  async function update(id: string, patch: UserInput): Promise<User> {
    const user = await api.patch<User>(`/users/${encodeURIComponent(id)}`, patch);
    users.value = users.value.map((u) => (u.id === id ? user : u));
    return user;
  }

  return { users, loaded, byId, team, roles, name, roleTitle, load, loadRoles, create, update };
});
