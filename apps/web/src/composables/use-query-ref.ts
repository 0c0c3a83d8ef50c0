import { ref, watch, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

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
    if (route.query[name] === v) return;
    void router.replace({ query: { ...route.query, [name]: v } });
  });
  watch(
    () => route.query[name],
    (q) => {
      if (typeof q === 'string' && q !== '' && q !== value.value) value.value = q;
    },
  );
  return value;
}
