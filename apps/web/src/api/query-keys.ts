/**
 * Every server read the SPA caches, by one key each (TanStack Vue Query). Keys are arrays
 * from the general to the particular, so a write invalidates a whole family with its prefix —
 * `queryKeys.tasks.all` refreshes the rep's list, the team's filtered lists and nothing else.
 * Pages take their keys from here only, never spell them out.
 */
export const queryKeys = {
  /** GET /me/today (it carries the rep's open tasks too). */
  today: ['today'] as const,

  tasks: {
    all: ['tasks'] as const,
    mine: () => ['tasks', 'mine'] as const,
    team: (filter: Record<string, string | undefined>) => ['tasks', 'team', filter] as const,
  },

  workLogs: {
    all: ['work-logs'] as const,
    mine: (month: string) => ['work-logs', 'mine', month] as const,
    team: (month: string, userId: string) => ['work-logs', 'team', month, userId] as const,
  },

  surveys: {
    all: ['market-surveys'] as const,
    of: (userId: string) => ['market-surveys', userId] as const,
  },

  scorecards: {
    all: ['scorecards'] as const,
    ranking: (month: string, managerId: string) => ['scorecards', 'ranking', month, managerId] as const,
    card: (userId: string, month: string) => ['scorecards', 'card', userId, month] as const,
  },

  promotions: {
    all: ['promotions'] as const,
    list: () => ['promotions', 'list'] as const,
    detail: (id: string) => ['promotions', 'detail', id] as const,
    effect: (id: string) => ['promotions', 'effect', id] as const,
  },

  returns: {
    all: ['returns'] as const,
    list: () => ['returns', 'list'] as const,
  },

  visits: {
    detail: (id: string) => ['visits', 'detail', id] as const,
  },

  /** What waits for the manager's decision (GET /inbox). */
  inbox: ['inbox'] as const,

  stores: {
    all: ['stores'] as const,
    list: () => ['stores', 'list'] as const,
    detail: (id: string) => ['stores', 'detail', id] as const,
  },

  products: {
    all: ['products'] as const,
    list: () => ['products', 'list'] as const,
  },

  users: {
    all: ['users'] as const,
  },

  roles: {
    all: ['roles'] as const,
    list: () => ['roles', 'list'] as const,
    detail: (code: string) => ['roles', 'detail', code] as const,
    versions: (code: string) => ['roles', 'versions', code] as const,
  },

  /** The organisation's settings with their ETag (the admin's form). */
  settings: ['settings'] as const,

  calendar: {
    all: ['calendar'] as const,
    /** The year with its ETag (the admin's editor). */
    year: (year: number) => ['calendar', year] as const,
  },

  integrations: {
    clients: ['api-clients'] as const,
    webhooks: ['webhooks'] as const,
    deliveries: (webhookId: string) => ['webhooks', 'deliveries', webhookId] as const,
  },

  reports: {
    all: ['reports'] as const,
    compliance: (week: string) => ['reports', 'visit-compliance', week] as const,
    complianceWeeks: (week: string, count: number) => ['reports', 'visit-compliance-weeks', week, count] as const,
    sales: (from: string, to: string, groupBy: string) => ['reports', 'sales', from, to, groupBy] as const,
    displayIssues: (from: string, to: string, groupBy: string) => ['reports', 'display-issues', from, to, groupBy] as const,
    promotionEffects: (from: string, to: string) => ['reports', 'promotion-effects', from, to] as const,
  },

  /** The manager's scoring inputs (collections, plans, market plans, complaints, discipline). */
  records: {
    all: ['scoring-records'] as const,
    plans: (month: string) => ['scoring-records', 'collection-plans', month] as const,
    list: (kind: string, month: string, userId: string) => ['scoring-records', kind, month, userId] as const,
  },
} as const;
