import { computed, watch, type ComputedRef } from 'vue';
import { useAuthStore } from '../stores/auth';
import { usePeopleStore } from '../stores/people';

/**
 * The signed-in person's role by its title (岗位), never its code: empty until the roles are read
 * (every signed-in user may read them; offline the title is simply left out).
 */
export function useOwnRoleTitle(): ComputedRef<string> {
  const auth = useAuthStore();
  const people = usePeopleStore();
  watch(() => auth.user?.id, (id) => id && void people.loadRoles().catch(() => undefined), { immediate: true });
  return computed(() => {
    const code = auth.user?.roleCode;
    return code && people.roles.some((r) => r.code === code) ? people.roleTitle(code) : '';
  });
}
