import { computed } from 'vue';
import { useRouter } from 'vue-router';
import type { NavSection } from '../router/nav-section';
import { INBOX_PERMISSIONS } from '../router/console-routes';
import { useAuthStore } from '../stores/auth';

export interface NavItem {
  name: string;
  path: string;
  title: string;
  icon: string;
  section: NavSection;
  order: number;
  tab: boolean;
}

/** A manager's or admin's own work comes first; a rep's field work first for a rep. */
export function sectionOrder(approves: boolean): NavSection[] {
  return approves ? ['team', 'admin', 'field'] : ['field', 'team', 'admin'];
}

/** The navigation is read from the routes' meta, filtered by the user's permissions. */
export function useNavigation() {
  const router = useRouter();
  const auth = useAuthStore();

  const items = computed<NavItem[]>(() =>
    router
      .getRoutes()
      .filter((r) => r.meta.nav && r.name && auth.can(r.meta.permission))
      .map((r) => ({
        name: String(r.name),
        path: r.path,
        title: r.meta.title ?? String(r.name),
        icon: r.meta.nav!.icon,
        section: r.meta.nav!.section,
        order: r.meta.nav!.order,
        tab: r.meta.nav!.tab === true,
      }))
      .sort((a, b) => a.order - b.order),
  );

  const sections = computed(() =>
    sectionOrder(auth.can(INBOX_PERMISSIONS)).map((section) => ({ section, items: items.value.filter((i) => i.section === section) })).filter(
      (s) => s.items.length > 0,
    ),
  );

  /** At most four tabs on a phone; everything else is under "More". */
  const tabs = computed(() => items.value.filter((i) => i.tab).slice(0, 4));

  return { items, sections, tabs };
}
