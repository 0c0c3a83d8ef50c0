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

export default {
  projects: [
    { ...common, displayName: 'domain', testMatch: ['<rootDir>/packages/domain/src/**/*.test.ts'] },
    { ...common, displayName: 'api', testMatch: ['<rootDir>/apps/api/src/**/*.test.ts'] },
    {
      ...common,
      displayName: 'web',
      testMatch: ['<rootDir>/apps/web/src/**/*.test.ts'],
      testEnvironment: 'jsdom',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/e2e/**/*.test.ts'],
    },
  ],
  // Jest reads the timeout globally, not per project. API tests run a real server on a real
  // SQLite file and hash real passwords; browser tests drive Chromium: give them time.
  testTimeout: 60000,
};
