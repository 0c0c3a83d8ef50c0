import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import type { Permission } from '../api/types';
import { loadConsoleMessages } from '../i18n/console-loader';
import { useAuthStore } from '../stores/auth';
import { consoleRoutes, INBOX_PERMISSIONS } from './console-routes';
import type { NavSection } from './nav-section';

declare module 'vue-router' {
  interface RouteMeta {
    /** Pages open to signed-out visitors. */
    public?: boolean;
    /** Any one of these permissions opens the page. */
    permission?: Permission | Permission[];
    /** i18n key of the page title (document title and headers). */
    title?: string;
    /** Shown in the navigation (sidebar on desktop; `tab` also puts it in the phone's bottom bar). */
    nav?: { section: NavSection; icon: string; order: number; tab?: boolean };
    /** A manager or admin screen: its strings are loaded (one chunk) before it renders. */
    console?: boolean;
  }
}

// Every page is its own chunk: the rep's phone downloads only the shell up front.
export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('../pages/LoginPage.vue'), meta: { public: true, title: 'login.title' } },
  { path: '/', name: 'home', redirect: () => homeRoute() },
  {
    path: '/today',
    name: 'today',
    component: () => import('../pages/TodayPage.vue'),
    meta: { title: 'today.title', nav: { section: 'field', icon: 'today', order: 10, tab: true } },
  },
  {
    path: '/visit',
    name: 'visit-start',
    component: () => import('../pages/VisitStartPage.vue'),
    meta: { title: 'visit.title', permission: 'visits.log', nav: { section: 'field', icon: 'visit', order: 20, tab: true } },
  },
  {
    path: '/visit/:storeId',
    name: 'visit',
    component: () => import('../pages/VisitPage.vue'),
    props: true,
    meta: { title: 'visit.title', permission: 'visits.log' },
  },
  {
    // A stored visit, for its rep and their managers (GET /visits/{id} answers 404 to everyone else).
    path: '/visits/:id',
    name: 'visit-detail',
    component: () => import('../pages/VisitDetailPage.vue'),
    props: true,
    meta: { title: 'visitDetail.title', permission: ['visits.log', 'visits.read_team'] },
  },
  {
    path: '/sync',
    name: 'sync',
    component: () => import('../pages/SyncPage.vue'),
    // The outbox holds what a rep captured offline; people who capture nothing have no use for it.
    meta: { title: 'outbox.title', permission: ['visits.log', 'returns.request'], nav: { section: 'field', icon: 'sync', order: 25 } },
  },
  {
    path: '/returns',
    name: 'returns',
    component: () => import('../pages/ReturnsPage.vue'),
    meta: { title: 'returns.title', permission: 'returns.request', nav: { section: 'field', icon: 'returns', order: 30, tab: true } },
  },
  {
    path: '/returns/new',
    name: 'return-new',
    component: () => import('../pages/ReturnNewPage.vue'),
    meta: { title: 'returns.new', permission: 'returns.request' },
  },
  {
    path: '/promotions',
    name: 'promotions',
    component: () => import('../pages/PromotionsPage.vue'),
    meta: { title: 'promotions.title', permission: 'promotions.apply', nav: { section: 'field', icon: 'promo', order: 40 } },
  },
  {
    path: '/promotions/new',
    name: 'promotion-new',
    component: () => import('../pages/PromotionNewPage.vue'),
    meta: { title: 'promotions.new', permission: 'promotions.apply' },
  },
  {
    path: '/promotions/:id',
    name: 'promotion',
    component: () => import('../pages/PromotionPage.vue'),
    props: true,
    meta: { title: 'promotions.title', permission: ['promotions.apply', 'promotions.approve'] },
  },
  {
    path: '/tasks',
    name: 'tasks',
    component: () => import('../pages/TasksPage.vue'),
    meta: { title: 'tasks.title', nav: { section: 'field', icon: 'tasks', order: 50, tab: true } },
  },
  {
    path: '/work-log',
    name: 'work-log',
    component: () => import('../pages/WorkLogPage.vue'),
    meta: { title: 'workLog.title', nav: { section: 'field', icon: 'log', order: 60 } },
  },
  {
    path: '/survey',
    name: 'survey',
    component: () => import('../pages/SurveyPage.vue'),
    meta: { title: 'survey.title', permission: 'visits.log', nav: { section: 'field', icon: 'survey', order: 70 } },
  },
  {
    path: '/scorecard',
    name: 'scorecard',
    component: () => import('../pages/ScorecardPage.vue'),
    meta: { title: 'scorecard.title', nav: { section: 'field', icon: 'score', order: 80 } },
  },
  ...consoleRoutes,
  { path: '/more', name: 'more', component: () => import('../pages/MorePage.vue'), meta: { title: 'nav.more' } },
  { path: '/forbidden', name: 'forbidden', component: () => import('../pages/ForbiddenPage.vue'), meta: { title: 'forbidden.title' } },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../pages/NotFoundPage.vue'),
    meta: { public: true, title: 'notFound.title' },
  },
];

/** Where "/" leads: the inbox for whoever approves others' work, the day's route for a rep. */
export function homeRoute(): { name: string } {
  const auth = useAuthStore();
  return { name: auth.can(INBOX_PERMISSIONS) ? 'inbox' : 'today' };
}

export const router = createRouter({
  history: createWebHistory('/'),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});

router.beforeEach(async (to) => {
  const auth = useAuthStore();
  if (to.meta.public) return true;
  if (!auth.isAuthenticated) {
    return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
  }
  // Every matched record's permission applies (a report tab inherits the reports' permission).
  if (!to.matched.every((r) => auth.can(r.meta.permission))) return { name: 'forbidden' };
  if (to.matched.some((r) => r.meta.console)) {
    try {
      await loadConsoleMessages();
    } catch {
      // Offline before the strings ever loaded: the page still renders (with keys); the next navigation retries.
    }
  }
  return true;
});
