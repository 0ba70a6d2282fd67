import { defineConfig } from 'vitest/config'

/**
 * The processes the tests start (the import CLI, workers, the app) resolve Lexical to its
 * production build, as the npm scripts do: Lexical's default Node entry loads its build through a
 * top-level await that Node 20 sometimes never settles, and the process then exits with code 13
 * and prints nothing. Vitest's own workers already resolve its development build.
 */
const childProcessEnv = {
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--conditions=production'].filter(Boolean).join(' '),
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          environment: 'node',
          env: childProcessEnv,
          globalSetup: ['tests/int/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          env: childProcessEnv,
          // One production build for the run, which the files serve (and productionServer.test.ts).
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 400_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
