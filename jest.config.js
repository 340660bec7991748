// One jest run for everything: fast unit specs beside the code (*.spec.ts) and tests that talk
// to the real PostgreSQL and Redis (test/**/*.e2e-spec.ts). SWC strips types only; `npm run
// typecheck` is the type check.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const ESM_ONLY_PACKAGES = ['archiver', 'zip-stream', 'compress-commons', 'crc32-stream', 'is-stream'];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/apps/admin/'],
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', swc] },
  // archiver 8 and the parts of it that are ES modules only: jest's registry loads CommonJS, so
  // SWC compiles these to CommonJS (Node itself require()s them as they are, in the built app).
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)`],
  moduleNameMapper: { '^@stemme/(.*)$': '<rootDir>/libs/$1/src' },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
