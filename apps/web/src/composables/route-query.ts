import { useRouteQuery } from '@vueuse/router';
import { toValue, type MaybeRefOrGetter, type Ref } from 'vue';

/**
 * A text filter kept in the address (`?week=2026-W47`): @vueuse/router's `useRouteQuery`, which
 * leaves the fallback out of the address, replaces (Back returns to the previous page, not the
 * previous filter), follows the address when a link or Back changes it, and sends changes made
 * in one tick as one navigation (a quick range sets `from` and `to` together). Read as text: an
 * empty or repeated parameter is the fallback.
 */
export function useQueryText(name: string, fallback: MaybeRefOrGetter<string>): Ref<string> {
  return useRouteQuery<string, string>(name, fallback, {
    transform: { get: (value: unknown) => (typeof value === 'string' && value !== '' ? value : toValue(fallback)) },
  });
}
