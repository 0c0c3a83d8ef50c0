import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { api } from '../api';
import { getDb } from '../offline/db';
import { Outbox, type OutboxItem } from '../offline/outbox';
import { useAuthStore } from './auth';

const lock = <T>(name: string, fn: () => Promise<T>): Promise<T> =>
  typeof navigator !== 'undefined' && navigator.locks ? (navigator.locks.request(name, fn) as Promise<T>) : fn();

/**
 * The rep's view of the outbox: what waits to sync, what synced, what failed and why.
 * Sync starts on sign-in, on the `online` event, after every enqueue and on a backoff timer.
 */
export const useOutboxStore = defineStore('outbox', () => {
  const auth = useAuthStore();
  const items = shallowRef<OutboxItem[]>([]);
  const syncing = ref<Set<string>>(new Set());
  const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine);

  async function refreshList(): Promise<void> {
    items.value = auth.user ? await outbox.list(auth.user.id) : [];
    syncing.value = new Set(outbox.inFlight);
  }

  const outbox = new Outbox({
    db: getDb,
    api: {
      post: (path, body) => api.post(path, body),
      upload: (path, form) => api.post(path, form),
    },
    lock,
    isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
    onChange: () => void refreshList(),
  });

  const pending = computed(() => items.value.filter((i) => i.status === 'pending'));
  const failed = computed(() => items.value.filter((i) => i.status === 'failed'));
  const synced = computed(() => items.value.filter((i) => i.status === 'synced'));
  const attention = computed(() => pending.value.length + failed.value.length);

  function sync(): Promise<void> {
    return outbox.sync().catch(() => undefined);
  }

  async function enqueue(input: Parameters<Outbox['enqueue']>[0]): Promise<OutboxItem> {
    const item = await outbox.enqueue(input);
    void sync();
    return item;
  }

  async function retry(id: string): Promise<void> {
    await outbox.retry(id).catch(() => undefined);
  }

  async function discard(id: string): Promise<void> {
    await outbox.remove(id);
  }

  watch(
    () => auth.user?.id ?? null,
    (id) => {
      outbox.setOwner(id);
      void refreshList();
      if (id) void sync();
    },
    { immediate: true },
  );

  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => {
      online.value = true;
      void outbox.wake().catch(() => undefined);
    });
    window.addEventListener('offline', () => {
      online.value = false;
    });
    // Another tab may have synced or queued items.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') {
        void refreshList();
        void sync();
      }
    });
  }

  return { items, pending, failed, synced, attention, syncing, online, enqueue, sync, retry, discard, refreshList };
});
