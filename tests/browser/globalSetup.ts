import type { TestProject } from 'vitest/node'

import { rm } from 'node:fs/promises'

import { buildProductionApp } from '../helpers/buildProductionApp'

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * NEXT_DIST_DIR of this run's production build, when the run includes the browser project;
     * unset otherwise.
     */
    productionBuildDir?: string
  }
}

/** The build's own folder: a developer's .next and the dev-server tests' .next-test stay apart. */
const distDir = '.next-test-browser'

/**
 * One production build (`npm run build`) for the whole run. Vitest runs every project's
 * globalSetup before the first test file, so the build is done before any file starts, and no
 * file builds while another serves. Each browser file then starts `npm start` on it in seconds,
 * where `next dev` compiled each admin route again on its first visit. It is provided to every
 * project of the run, so that another test serving a production build can use it too.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Said, so that the run's quiet first minutes are not taken for a hang.
  console.log(`Building the app once for the browser tests (npm run build into ${distDir})…`)
  const started = performance.now()
  const removeBuild = () => rm(distDir, { force: true, recursive: true })
  try {
    await buildProductionApp({ distDir, env: { ...process.env, ...project.config.env } })
  } catch (error) {
    // No teardown runs for a setup that threw: a half-written build would stay behind.
    await removeBuild()
    throw error
  }
  console.log(`Built in ${Math.round((performance.now() - started) / 1000)} s.`)
  project.vitest.provide('productionBuildDir', distDir)
  return removeBuild
}
