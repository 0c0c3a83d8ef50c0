// One Jest run for the whole workspace. Each package is a project; the browser
// tests are their own project because they need a built SPA and Chromium.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: false },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // fastify.inject and swagger-ui pull in ESM-only packages that swc must compile.
  transformIgnorePatterns: ['/node_modules/\\.pnpm/(?!(content-disposition|cookie)@)'],
  moduleNameMapper: {
    '^@fieldbeat/domain$': '<rootDir>/packages/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  rootDir: '.',
};

// The clock-shifted runs: the tests that depend on the calendar (the demo, whose data is relative
// to today, and the features that count days, weeks and months) run again with the wall clock
// set to the first, a middle and the last day of a month and of a year, at hours on the edges of a
// local (Asia/Shanghai) day: just after midnight on New Year's Day (still the old year in UTC), a
// Wednesday in the middle of a month, and late on New Year's Eve. See docs/architecture.md,
// "Tests and the clock".
const CLOCKS = ['2027-01-01T00:20:00+08:00', '2027-06-16T12:00:00+08:00', '2026-12-31T23:10:00+08:00'];
const CALENDAR_TESTS = [
  '<rootDir>/apps/api/src/demo/**/*.test.ts',
  '<rootDir>/apps/api/src/jobs/**/*.test.ts',
  '<rootDir>/apps/api/src/test/clock.test.ts',
  '<rootDir>/apps/api/src/routes/{inbox,market-surveys,promotions,returns,scorecards,scoring,tasks,today,work-logs}/**/*.test.ts',
  '<rootDir>/apps/api/src/routes/reports/{reports,compliance}.test.ts',
  '<rootDir>/apps/api/src/routes/visits/visits.test.ts',
  // The SPA's tests that read the clock or count days, weeks and months.
  '<rootDir>/apps/web/src/{composables/{calendar-grid,forms,log-coverage,role-form,survey-list},offline/outbox,stores/{inbox,scorecards}}.test.ts',
];
const api = { ...common, displayName: 'api', testMatch: ['<rootDir>/apps/api/src/**/*.test.ts'] };
// The SPA's component tests mount .vue files (@vue/test-utils): scripts/jest/vue-transform.mjs compiles them.
const web = {
  ...common,
  displayName: 'web',
  testMatch: ['<rootDir>/apps/web/src/**/*.test.ts'],
  testEnvironment: 'jsdom',
  extensionsToTreatAsEsm: ['.ts', '.vue'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'vue'],
  transform: { ...common.transform, '^.+\\.vue$': '<rootDir>/scripts/jest/vue-transform.mjs' },
};
const clocked = (project) =>
  CLOCKS.map((now) => ({
    ...project,
    displayName: `${project.displayName} @ ${now.slice(0, 16)}`,
    testMatch: CALENDAR_TESTS.filter((glob) => glob.includes(project.displayName === 'web' ? '/apps/web/' : '/apps/api/')),
    globals: { __TEST_NOW__: now },
    setupFilesAfterEnv: ['<rootDir>/scripts/jest/clock.ts'],
  }));

export default {
  projects: [
    { ...common, displayName: 'domain', testMatch: ['<rootDir>/packages/domain/src/**/*.test.ts'] },
    api,
    web,
    ...clocked(api),
    ...clocked(web),
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/e2e/**/*.test.ts'],
    },
  ],
  // Jest reads the timeout globally, not per project. API tests run a real server on a real
  // SQLite file and hash real passwords; browser tests drive Chromium: give them time.
  testTimeout: 60000,
  // CI machines have two cores: Jest's default (cores - 1) would run every file in one worker.
  // The tests mostly wait on SQLite files, argon2 and Chromium, so two workers are faster.
  maxWorkers: 2,
  // Under --experimental-vm-modules each test file's module graph stays in the worker's heap;
  // recycle a worker that has grown past this instead of letting it run out of memory.
  workerIdleMemoryLimit: '1GB',
};
