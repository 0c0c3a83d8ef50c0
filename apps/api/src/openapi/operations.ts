import type { RouteOptions } from 'fastify';

/**
 * Every operation of the API under /api/v1, named once: its `operationId` (what a generated client
 * calls the method, so it never changes once published), a one-line English `summary` and its tag
 * (the group a client generator makes a class of). Keyed by method and OpenAPI path relative to
 * /api/v1. Applied to the routes by `describeOperation` as they are registered, so route files
 * carry no names; `openapi.test.ts` fails when a route has no entry or an entry no route.
 */
export interface OperationName {
  operationId: string;
  summary: string;
  tag: Tag;
}

export const TAGS = {
  auth: 'Signing in: tokens for people (password, refresh) and for API clients (client credentials), and the caller.',
  organisation: "The organisation's settings and its working-day calendar.",
  roles: 'Role definitions (permissions and scoring scheme), versioned.',
  users: 'People: reps, managers and administrators, with their manager chain.',
  stores: 'Stores (门店) with their tier, owner and profile.',
  products: 'Products (SKUs) with prices, pack size and shelf life.',
  platform: 'Health, API clients and the audit log.',
  visits: 'Store visits (拜访记录): check-in, shelf lines with the order suggestion and display issues, photos.',
  promotions: 'Promotion requests (促销活动) through approval to their reported actuals and effect.',
  returns: 'Return requests (退货) decided by the return standard or an approver, then executed.',
  inbox: 'What waits for the caller’s decision.',
  webhooks: 'Endpoints that receive signed event deliveries, and their delivery log.',
  scoring: 'The inputs of the monthly scorecard (collections, plans, markets, complaints, discipline) and the scorecards themselves.',
  reports: 'Sales, display issues, promotion effects and visit compliance, as JSON, CSV or Excel.',
  work: 'The rep’s day: today’s stores, work logs (工作日志) and market surveys (市场调查).',
  tasks: 'Tasks a manager assigns and reviews.',
} as const;
export type Tag = keyof typeof TAGS;

const op = (operationId: string, summary: string, tag: Tag): OperationName => ({ operationId, summary, tag });

export const OPERATIONS: Record<string, OperationName> = {
  'GET /health': op('getHealth', 'Check that the service and its database answer', 'platform'),

  'POST /auth/login': op('login', 'Sign in with a username and password', 'auth'),
  'POST /auth/refresh': op('refreshToken', 'Exchange a refresh token for new tokens', 'auth'),
  'POST /auth/logout': op('logout', 'Revoke a refresh token', 'auth'),
  'POST /auth/token': op('issueClientToken', 'Get an access token for an API client (client credentials)', 'auth'),
  'GET /me': op('getMe', 'Get the signed-in user or client and their permissions', 'auth'),

  'GET /settings': op('getSettings', "Get the organisation's settings", 'organisation'),
  'PUT /settings': op('updateSettings', "Replace the organisation's settings", 'organisation'),
  'GET /calendar/{year}': op('getCalendar', 'Get the working-day calendar of a year', 'organisation'),
  'PUT /calendar/{year}': op('setCalendar', "Set the organisation's own calendar for a year", 'organisation'),

  'GET /roles': op('listRoles', 'List the roles', 'roles'),
  'POST /roles': op('createRole', 'Create a role', 'roles'),
  'GET /roles/{code}': op('getRole', 'Get a role in its current version', 'roles'),
  'PUT /roles/{code}': op('updateRole', 'Save a new version of a role', 'roles'),
  'GET /roles/{code}/versions': op('listRoleVersions', 'List the versions of a role', 'roles'),

  'GET /users': op('listUsers', 'List the users the caller may see', 'users'),
  'POST /users': op('createUser', 'Create a user', 'users'),
  'GET /users/{id}': op('getUser', 'Get a user', 'users'),
  'PATCH /users/{id}': op('updateUser', 'Change a user', 'users'),

  'GET /stores': op('listStores', 'List the stores the caller may see', 'stores'),
  'POST /stores': op('createStore', 'Create a store', 'stores'),
  'GET /stores/{id}': op('getStore', 'Get a store', 'stores'),
  'PATCH /stores/{id}': op('updateStore', 'Change a store', 'stores'),

  'GET /products': op('listProducts', 'List the products', 'products'),
  'POST /products': op('createProduct', 'Create a product', 'products'),
  'GET /products/{id}': op('getProduct', 'Get a product', 'products'),
  'PATCH /products/{id}': op('updateProduct', 'Change a product', 'products'),

  'GET /api-clients': op('listApiClients', 'List the API clients', 'platform'),
  'POST /api-clients': op('createApiClient', 'Register an API client (its secret is shown once)', 'platform'),
  'DELETE /api-clients/{clientId}': op('revokeApiClient', 'Revoke an API client', 'platform'),
  'GET /audit': op('listAuditEntries', 'List audit entries, newest first', 'platform'),

  'GET /promotions': op('listPromotions', 'List the promotions the caller may see', 'promotions'),
  'POST /promotions': op('createPromotion', 'Apply for a promotion (saved as a draft)', 'promotions'),
  'GET /promotions/{id}': op('getPromotion', 'Get a promotion with its history', 'promotions'),
  'POST /promotions/{id}/submit': op('submitPromotion', 'Submit a draft promotion for approval', 'promotions'),
  'POST /promotions/{id}/approve': op('approvePromotion', 'Approve a submitted promotion', 'promotions'),
  'POST /promotions/{id}/reject': op('rejectPromotion', 'Reject a submitted promotion', 'promotions'),
  'POST /promotions/{id}/withdraw': op('withdrawPromotion', 'Withdraw a draft or submitted promotion', 'promotions'),
  'POST /promotions/{id}/report': op('reportPromotion', 'Report the actuals of an approved promotion', 'promotions'),
  'GET /promotions/{id}/effect': op('getPromotionEffect', 'Get the measured effect of a promotion', 'promotions'),

  'GET /returns': op('listReturns', 'List the returns the caller may see', 'returns'),
  'POST /returns': op('createReturn', 'Request a return (decided at once by the return standard)', 'returns'),
  'POST /returns/preview': op('previewReturn', 'Check whether a return would be covered, storing nothing', 'returns'),
  'GET /returns/{id}': op('getReturn', 'Get a return', 'returns'),
  'POST /returns/{id}/approve': op('approveReturn', 'Approve a pending return', 'returns'),
  'POST /returns/{id}/reject': op('rejectReturn', 'Reject a pending return', 'returns'),
  'POST /returns/{id}/execute': op('executeReturn', 'Record the execution and refund of an approved return', 'returns'),

  'GET /inbox': op('getInbox', 'List what waits for the caller’s decision', 'inbox'),

  'GET /webhooks': op('listWebhooks', 'List the webhook endpoints', 'webhooks'),
  'POST /webhooks': op('createWebhook', 'Register a webhook endpoint (its secret is shown once)', 'webhooks'),
  'DELETE /webhooks/{id}': op('deleteWebhook', 'Delete a webhook endpoint', 'webhooks'),
  'GET /webhooks/{id}/deliveries': op('listWebhookDeliveries', 'List the deliveries of a webhook endpoint', 'webhooks'),

  'PUT /collection-plans/{userId}/{month}': op('setCollectionPlan', "Set a user's collection plan for a month", 'scoring'),
  'GET /collection-plans/{userId}/{month}': op('getCollectionPlan', "Get a user's collection plan for a month", 'scoring'),
  'GET /collection-plans': op('listCollectionPlans', 'List collection plans', 'scoring'),
  'POST /collections': op('createCollection', 'Book a collection (回款)', 'scoring'),
  'GET /collections': op('listCollections', 'List collections', 'scoring'),
  'POST /market-plans': op('createMarketPlan', 'Plan a market to develop in a month', 'scoring'),
  'GET /market-plans': op('listMarketPlans', 'List market plans', 'scoring'),
  'GET /market-plans/{id}': op('getMarketPlan', 'Get a market plan', 'scoring'),
  'POST /market-plans/{id}/complete': op('completeMarketPlan', 'Record that a planned market was developed', 'scoring'),
  'POST /complaints': op('createComplaint', 'Record a customer complaint about a user', 'scoring'),
  'GET /complaints': op('listComplaints', 'List complaints', 'scoring'),
  'GET /complaints/{id}': op('getComplaint', 'Get a complaint', 'scoring'),
  'POST /complaints/{id}/validate': op('validateComplaint', 'Decide whether a complaint is valid', 'scoring'),
  'POST /discipline-records': op('createDisciplineRecord', 'Record a discipline violation', 'scoring'),
  'GET /discipline-records': op('listDisciplineRecords', 'List discipline violations', 'scoring'),
  'GET /scorecards': op('listScorecards', "Rank a month's scorecards", 'scoring'),
  'GET /scorecards/{userId}/{month}': op('getScorecard', "Get a user's scorecard for a month, line by line", 'scoring'),
  'POST /scorecards/{userId}/{month}/finalize': op('finalizeScorecard', 'Finalize a scorecard as computed now', 'scoring'),
  'POST /scorecards/{userId}/{month}/reopen': op('reopenScorecard', 'Reopen a final scorecard', 'scoring'),

  'GET /reports/sales': op('getSalesReport', 'Report orders, sell-out estimates and change by period', 'reports'),
  'GET /reports/display-issues': op('getDisplayIssuesReport', 'Report display issues found on visits', 'reports'),
  'GET /reports/promotion-effects': op('getPromotionEffectsReport', 'Report the effect of every promotion in a period', 'reports'),
  'GET /reports/visit-compliance': op('getVisitComplianceReport', 'Report visit frequency per store and ISO week', 'reports'),
  'GET /reports/visit-compliance/weeks': op('getVisitComplianceWeeks', 'Report the visit compliance rate week by week', 'reports'),

  'POST /visits': op('createVisit', 'Store a visit with its shelf lines (offline-safe by client id)', 'visits'),
  'GET /visits': op('listVisits', 'List the visits the caller may see, newest first', 'visits'),
  'POST /visits/preview': op('previewVisit', 'Compute a visit’s suggestions and issues, storing nothing', 'visits'),
  'GET /visits/{id}': op('getVisit', 'Get a visit with its lines, explanations and photos', 'visits'),
  'POST /visits/{id}/photos': op('uploadVisitPhoto', 'Upload a shelf photo to a visit', 'visits'),
  'GET /visits/{id}/photos/{photoId}': op('getVisitPhoto', 'Download a visit photo', 'visits'),

  'GET /me/today': op('getToday', 'Get the calling rep’s stores due a visit today', 'work'),

  'POST /tasks': op('createTask', 'Assign a task', 'tasks'),
  'GET /tasks': op('listTasks', 'List the tasks the caller may see', 'tasks'),
  'GET /tasks/{id}': op('getTask', 'Get a task', 'tasks'),
  'POST /tasks/{id}/complete': op('completeTask', 'Mark an assigned task done', 'tasks'),
  'POST /tasks/{id}/review': op('reviewTask', 'Accept or fail a done task', 'tasks'),

  'PUT /work-logs/{date}': op('writeWorkLog', 'Write the caller’s work log for a day', 'work'),
  'GET /work-logs': op('listWorkLogs', 'List work logs', 'work'),
  'GET /work-logs/{userId}/{date}': op('getWorkLog', "Get a user's work log for a day", 'work'),
  'POST /work-logs/{userId}/{date}/flag-vague': op('flagWorkLogVague', 'Flag a work log as vague', 'work'),

  'POST /market-surveys': op('createMarketSurvey', 'Submit the caller’s market survey for a month', 'work'),
  'GET /market-surveys': op('listMarketSurveys', 'List market surveys', 'work'),
  'GET /market-surveys/{id}': op('getMarketSurvey', 'Get a market survey', 'work'),
  'POST /market-surveys/{id}/grade': op('gradeMarketSurvey', 'Grade a market survey', 'work'),
};

export const API_PREFIX = '/api/v1';

/** `GET /visits/{id}` for a route at `/api/v1/visits/:id`; null outside the API. */
export function operationKey(method: string, url: string): string | null {
  if (url !== API_PREFIX && !url.startsWith(`${API_PREFIX}/`)) return null;
  const path = url.slice(API_PREFIX.length).replace(/:([A-Za-z_]\w*)/g, '{$1}');
  return `${method.toUpperCase()} ${path}`;
}

/**
 * The `onRoute` hook: gives an API route its name, summary and tag from the map. HEAD twins of GET
 * routes and routes hidden from the document are left alone; a route without an entry keeps what
 * it declared (the test names it).
 */
export function describeOperation(route: RouteOptions): void {
  if (route.method === 'HEAD' || route.schema?.hide) return;
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  if (methods.length !== 1) return;
  const key = operationKey(methods[0]!, route.url);
  const name = key ? OPERATIONS[key] : undefined;
  if (!name) return;
  // A new object: route files may share one schema object between routes.
  route.schema = { ...route.schema, operationId: name.operationId, summary: name.summary, tags: [name.tag] };
}
