import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api, session, sessionEvents, ApiError } from '../api';
import { clearUserCache } from '../offline/cache';
import type { Me, Permission } from '../api/types';

const USER_KEY = 'fieldbeat.user';

function loadUser(): Me | null {
  try {
    const raw = localStorage.getItem(USER_KEY);
    return raw && session.get() ? (JSON.parse(raw) as Me) : null;
  } catch {
    return null;
  }
}

/**
 * Who is signed in and what they may do. The user is kept beside the tokens so a reload —
 * or opening the app offline in a store — keeps the rep signed in with their permissions.
 */
export const useAuthStore = defineStore('auth', () => {
  const user = ref<Me | null>(loadUser());
  const permissions = computed(() => new Set(user.value?.permissions ?? []));
  const isAuthenticated = computed(() => user.value !== null);
  const expired = ref(false);

  function setUser(me: Me | null): void {
    user.value = me;
    if (me) localStorage.setItem(USER_KEY, JSON.stringify(me));
    else localStorage.removeItem(USER_KEY);
  }

  function can(permission: Permission | Permission[] | undefined): boolean {
    if (!permission) return true;
    const list = Array.isArray(permission) ? permission : [permission];
    return list.some((p) => permissions.value.has(p));
  }

  async function login(username: string, password: string): Promise<void> {
    await api.login(username, password);
    expired.value = false;
    setUser(await api.get<Me>('/me'));
  }

  /** Re-reads /me (permissions may have changed); offline keeps the stored user. */
  async function refreshMe(): Promise<void> {
    if (!session.get()) return;
    try {
      setUser(await api.get<Me>('/me'));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setUser(null);
    }
  }

  /** Cached reads are dropped (a phone may be shared); queued writes stay for the next sign-in. */
  async function logout(): Promise<void> {
    const id = user.value?.id;
    await api.logout();
    setUser(null);
    if (id) await clearUserCache(id);
  }

  sessionEvents.addEventListener('expired', () => {
    expired.value = true;
    setUser(null);
  });

  return { user, permissions, isAuthenticated, expired, can, login, logout, refreshMe };
});
