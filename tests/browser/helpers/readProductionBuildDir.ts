import { inject } from 'vitest'

/**
 * NEXT_DIST_DIR of this run's production build, which the browser project's globalSetup makes
 * before any file starts; throws when the run made none, rather than serving a stale build.
 */
export const readProductionBuildDir = (): string => {
  const distDir = inject('productionBuildDir')
  if (!distDir) {
    throw new Error(
      'This run made no production build: tests/browser/globalSetup.ts makes it for the browser project (npx vitest run --project browser).',
    )
  }
  return distDir
}
