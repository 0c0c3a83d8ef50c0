import { ref, watch, type Ref } from 'vue';
import { useRoute, useRouter, type Router } from 'vue-router';

/** Query changes waiting for the next replace, per router (see `setQuery`). */
const pending = new WeakMap<Router, Record<string, string>>();

/**
 * Sets one query parameter. Changes made together (a quick range sets `from` and `to` at once)
 * go out as one replace: each replace built from the current query would start from the query
 * before the other change, since navigation is asynchronous, and the last one would undo it.
 */
export function setQuery(router: Router, name: string, value: string): Promise<void> {
  let changes = pending.get(router);
  if (changes) {
    changes[name] = value;
    return Promise.resolve();
  }
  pending.set(router, (changes = { [name]: value }));
  return Promise.resolve().then(async () => {
    pending.delete(router);
    await router.replace({ query: { ...router.currentRoute.value.query, ...changes } });
  });
}

/**
 * A filter kept in the address (`?week=2026-W47`): a report's link opens the same view, and
 * Back returns to the previous one.
 */
export function useQueryRef(name: string, fallback: () => string): Ref<string> {
  const route = useRoute();
  const router = useRouter();
  const initial = route.query[name];
  const value = ref(typeof initial === 'string' && initial !== '' ? initial : fallback());
  watch(value, (v) => {
    if (route.query[name] !== v) void setQuery(router, name, v);
  });
  watch(
    () => route.query[name],
    (q) => {
      if (typeof q === 'string' && q !== '' && q !== value.value) value.value = q;
    },
  );
  return value;
}
