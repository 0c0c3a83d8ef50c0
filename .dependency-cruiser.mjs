// The import rules of the architecture (docs/architecture.md, "Dependency rules"), checked by
// dependency-cruiser in `pnpm lint` (so in CI): a rule written only in a README drifts.
// Run it alone with `pnpm depcheck`.

const API = 'apps/api/src';

// Known violations: imports that break a rule and cannot move yet. Each entry allows exactly
// these imports of exactly this file; every other import, and any new one in these files, is still
// checked. None today: the services restructure (issue 14 item 2) moved the use cases and the
// views that several features show to apps/api/src/services/. Keep the mechanism for the next
// time a rule lands before the code that satisfies it.
const KNOWN = {};

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
      name: 'web-not-api',
      comment:
        'The SPA (apps/web/src) never imports the API app: it reads the contract through the types generated from the OpenAPI document (apps/web/src/api/generated); only the generator script and the drift test in apps/api build the API.',
      severity: 'error',
      from: { path: '^apps/web/src/' },
      to: { path: '^apps/api/' },
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
