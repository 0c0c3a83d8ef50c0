// The import rules of the architecture (docs/architecture.md, "Dependency rules"), checked by
// dependency-cruiser in `pnpm lint` (so in CI): a rule written only in a README drifts.
// Run it alone with `pnpm depcheck`.

const API = 'apps/api/src';

// Known violations: imports that break a rule today and cannot move without the services
// restructure (issue 14 item 2: where use cases and the views that several features show live).
// Each entry allows exactly these imports of exactly this file; every other import, and any new
// one in these files, is still checked. Remove an entry when its imports are gone.
const KNOWN = {
  'routes-not-other-routes': {
    // Today's page lists the caller's open tasks in the tasks feature's view.
    [`${API}/routes/today/index.ts`]: [`${API}/routes/tasks/index.ts`],
    // The approvals inbox lists returns and promotions in their features' views.
    [`${API}/routes/inbox/index.ts`]: [
      `${API}/routes/returns/schemas.ts`,
      `${API}/routes/returns/service.ts`,
      `${API}/routes/promotions/schemas.ts`,
      `${API}/routes/promotions/service.ts`,
    ],
    // Sign-in and /auth/me answer the signed-in user in the users feature's view.
    [`${API}/routes/auth/index.ts`]: [`${API}/routes/users/schemas.ts`],
    [`${API}/routes/auth/service.ts`]: [`${API}/routes/users/view.ts`],
  },
  'demo-not-routes': {
    // The demo records its visits, returns, promotions and scoring records through the features'
    // own use cases (validation, rules, audit), which still live beside the routes.
    [`${API}/demo/field-work.ts`]: [`${API}/routes/visits/service.ts`],
    [`${API}/demo/approvals.ts`]: [`${API}/routes/returns/service.ts`, `${API}/routes/promotions/service.ts`],
    [`${API}/demo/scoring.ts`]: [
      `${API}/routes/scoring/collection-plans.ts`,
      `${API}/routes/scoring/collections.ts`,
      `${API}/routes/scoring/complaints.ts`,
      `${API}/routes/scoring/discipline-records.ts`,
      `${API}/routes/scoring/market-plans.ts`,
      `${API}/routes/scoring/shared.ts`,
      `${API}/routes/scoring/user-records.ts`,
    ],
  },
};

/** An anchored alternation of exact module paths (a pattern that matches nothing for none). */
const exactly = (paths) => (paths.length ? `^(${paths.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$` : '^$');

/**
 * A rule, with its known violations let through: the rule itself skips the files that have any,
 * and one copy of it per such file skips exactly that file's known imports.
 */
function withKnown(rule, toPathNot) {
  const known = KNOWN[rule.name] ?? {};
  const files = Object.keys(known);
  const general = { ...rule, from: { ...rule.from, pathNot: [...[rule.from.pathNot ?? []].flat(), exactly(files)] } };
  const perFile = files.map((file) => ({
    ...rule,
    from: { path: exactly([file]) },
    to: { ...rule.to, pathNot: [...toPathNot(file), exactly(known[file])] },
  }));
  return [general, ...perFile];
}

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'domain-no-node',
      comment:
        'packages/domain is pure: the SPA runs it in the browser, so it imports no Node built-in (fs, crypto, path, ...).',
      severity: 'error',
      // Its tests run in Jest on Node and may read files.
      from: { path: '^packages/domain/src', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-only-itself',
      comment:
        'packages/domain imports only its own files and date-fns (its one dependency): no framework (fastify, vue, pinia), no database (drizzle, better-sqlite3), no app code.',
      severity: 'error',
      from: { path: '^packages/domain/src', pathNot: '\\.test\\.ts$' },
      to: { pathNot: ['^packages/domain/src/', 'node_modules/date-fns/'], dependencyTypesNot: ['core'] },
    },
    ...withKnown(
      {
        name: 'routes-not-other-routes',
        comment:
          'A feature under apps/api/src/routes/<x>/ never imports another feature routes/<y>/: shared code goes to lib/, db/repos/ or the domain. The registrar routes/index.ts may import every feature.',
        severity: 'error',
        from: { path: `^${API}/routes/([^/]+)/` },
        to: { path: `^${API}/routes/`, pathNot: `^${API}/routes/$1/` },
      },
      (file) => [`^${API}/routes/${file.split('/')[4]}/`],
    ),
    ...withKnown(
      {
        name: 'demo-not-routes',
        comment:
          'The demo seeder (apps/api/src/demo) writes through repositories and services, never through route modules.',
        severity: 'error',
        from: { path: `^${API}/demo/` },
        to: { path: `^${API}/routes/` },
      },
      () => [],
    ),
    {
      name: 'services-not-http',
      comment:
        'A service (apps/api/src/services/<feature>/) holds the use cases that routes, the demo and the jobs call: it never imports a route, a plugin or the demo (routes call services, never the other way).',
      severity: 'error',
      from: { path: `^${API}/services/` },
      to: { path: `^${API}/(routes|plugins|demo)/` },
    },
    {
      name: 'jobs-not-routes',
      comment: 'A background job (apps/api/src/jobs) calls the services, never route modules.',
      severity: 'error',
      from: { path: `^${API}/jobs/` },
      to: { path: `^${API}/(routes|plugins)/` },
    },
    {
      name: 'repos-only-data',
      comment:
        'A repository (apps/api/src/db/) reads and writes rows: it never imports a service, a route, a plugin or a job.',
      severity: 'error',
      from: { path: `^${API}/db/`, pathNot: '\\.test\\.ts$' },
      to: { path: `^${API}/(services|routes|plugins|jobs|demo)/` },
    },
    {
      name: 'no-cycles',
      comment: 'No import cycles, type-only imports included: a shared type goes to a third module that both import.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|coverage)/' },
    // Type-only imports count: `import type` cycles are cycles too.
    tsPreCompilationDeps: true,
    // The API imports `./x.js` for `./x.ts` (NodeNext); the SPA imports `.vue` files.
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.mjs', '.vue', '.json'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
