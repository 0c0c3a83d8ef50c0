import type { RouteRecordRaw } from 'vue-router';
import type { Permission } from '../api/types';

/** Who has an inbox: anyone who approves, reviews or grades someone else's work. */
export const INBOX_PERMISSIONS: Permission[] = ['promotions.approve', 'promotions.approve_gm', 'returns.approve', 'tasks.assign', 'scores.manage'];

// The KA manager's and the admin's screens. Each is its own chunk; `console` loads the
// consoles' strings before the page renders.
export const consoleRoutes: RouteRecordRaw[] = [
  {
    path: '/inbox',
    name: 'inbox',
    component: () => import('../pages/team/InboxPage.vue'),
    meta: { title: 'nav.inbox', console: true, permission: INBOX_PERMISSIONS, nav: { section: 'team', icon: 'inbox', order: 5, tab: true } },
  },
  {
    path: '/team/tasks',
    name: 'team-tasks',
    component: () => import('../pages/team/TeamTasksPage.vue'),
    meta: { title: 'nav.teamTasks', console: true, permission: 'tasks.assign', nav: { section: 'team', icon: 'tasks', order: 110 } },
  },
  {
    path: '/team/logs',
    name: 'team-logs',
    component: () => import('../pages/team/TeamLogsPage.vue'),
    meta: { title: 'nav.teamLogs', console: true, permission: 'visits.read_team', nav: { section: 'team', icon: 'log', order: 120 } },
  },
  {
    path: '/reports',
    name: 'reports',
    redirect: { name: 'report-visits' },
    component: () => import('../pages/team/ReportsLayout.vue'),
    meta: { title: 'nav.reports', console: true, permission: 'reports.read', nav: { section: 'team', icon: 'chart', order: 130 } },
    children: [
      { path: 'visits', name: 'report-visits', component: () => import('../pages/team/reports/VisitComplianceReport.vue'), meta: { title: 'nav.reports', console: true, permission: 'reports.read' } },
      { path: 'display', name: 'report-display', component: () => import('../pages/team/reports/DisplayIssuesReport.vue'), meta: { title: 'nav.reports', console: true, permission: 'reports.read' } },
      { path: 'sales', name: 'report-sales', component: () => import('../pages/team/reports/SalesReport.vue'), meta: { title: 'nav.reports', console: true, permission: 'reports.read' } },
      { path: 'promotions', name: 'report-promotions', component: () => import('../pages/team/reports/PromotionEffectsReport.vue'), meta: { title: 'nav.reports', console: true, permission: 'reports.read' } },
    ],
  },
  {
    path: '/team/scorecards',
    name: 'team-scorecards',
    component: () => import('../pages/team/ScorecardsPage.vue'),
    meta: { title: 'nav.scorecards', console: true, permission: ['scores.manage', 'reports.read'], nav: { section: 'team', icon: 'score', order: 140 } },
  },
  {
    path: '/team/scorecards/:userId/:month',
    name: 'team-scorecard',
    component: () => import('../pages/team/ScorecardDetailPage.vue'),
    props: true,
    meta: { title: 'nav.scorecardDetail', console: true, permission: ['scores.manage', 'reports.read'] },
  },
  {
    path: '/team/records',
    name: 'team-records',
    component: () => import('../pages/team/ScoringRecordsPage.vue'),
    meta: { title: 'nav.records', console: true, permission: 'scores.manage', nav: { section: 'team', icon: 'records', order: 150 } },
  },

  {
    path: '/admin/roles',
    name: 'admin-roles',
    component: () => import('../pages/admin/RolesPage.vue'),
    meta: { title: 'nav.roles', console: true, permission: 'roles.manage', nav: { section: 'admin', icon: 'roles', order: 210 } },
  },
  {
    path: '/admin/roles/new',
    name: 'admin-role-new',
    component: () => import('../pages/admin/RoleEditPage.vue'),
    meta: { title: 'nav.roleNew', console: true, permission: 'roles.manage' },
  },
  {
    path: '/admin/roles/:code',
    name: 'admin-role',
    component: () => import('../pages/admin/RoleEditPage.vue'),
    props: true,
    meta: { title: 'nav.roleEdit', console: true, permission: 'roles.manage' },
  },
  {
    path: '/admin/roles/:code/history',
    name: 'admin-role-history',
    component: () => import('../pages/admin/RoleHistoryPage.vue'),
    props: true,
    meta: { title: 'nav.roleHistory', console: true, permission: 'roles.manage' },
  },
  {
    path: '/admin/users',
    name: 'admin-users',
    component: () => import('../pages/admin/UsersPage.vue'),
    meta: { title: 'nav.users', console: true, permission: 'users.manage', nav: { section: 'admin', icon: 'users', order: 220 } },
  },
  {
    path: '/admin/stores',
    name: 'admin-stores',
    component: () => import('../pages/admin/StoresPage.vue'),
    meta: { title: 'nav.stores', console: true, permission: 'masterdata.manage', nav: { section: 'admin', icon: 'store', order: 230 } },
  },
  {
    path: '/admin/stores/new',
    name: 'admin-store-new',
    component: () => import('../pages/admin/StoreEditPage.vue'),
    meta: { title: 'nav.storeNew', console: true, permission: 'masterdata.manage' },
  },
  {
    path: '/admin/stores/:id',
    name: 'admin-store',
    component: () => import('../pages/admin/StoreEditPage.vue'),
    props: true,
    meta: { title: 'nav.storeEdit', console: true, permission: 'masterdata.manage' },
  },
  {
    path: '/admin/products',
    name: 'admin-products',
    component: () => import('../pages/admin/ProductsPage.vue'),
    meta: { title: 'nav.products', console: true, permission: 'masterdata.manage', nav: { section: 'admin', icon: 'box', order: 240 } },
  },
  {
    path: '/admin/calendar',
    name: 'admin-calendar',
    component: () => import('../pages/admin/CalendarPage.vue'),
    meta: { title: 'nav.calendar', console: true, permission: 'settings.manage', nav: { section: 'admin', icon: 'today', order: 250 } },
  },
  {
    path: '/admin/settings',
    name: 'admin-settings',
    component: () => import('../pages/admin/SettingsPage.vue'),
    meta: { title: 'nav.settings', console: true, permission: 'settings.manage', nav: { section: 'admin', icon: 'settings', order: 260 } },
  },
  {
    path: '/admin/integrations',
    name: 'admin-integrations',
    component: () => import('../pages/admin/IntegrationsPage.vue'),
    meta: { title: 'nav.integrations', console: true, permission: 'apiclients.manage', nav: { section: 'admin', icon: 'plug', order: 270 } },
  },
  {
    path: '/admin/audit',
    name: 'admin-audit',
    component: () => import('../pages/admin/AuditPage.vue'),
    meta: { title: 'nav.audit', console: true, permission: ['users.manage', 'settings.manage'], nav: { section: 'admin', icon: 'audit', order: 280 } },
  },
];
