import type { Endpoint, PayloadRequest } from 'payload'

import type { SanitizedBulletinPluginOptions } from '../types'
import type { SiteQueryName } from './siteQueries'

import { runSiteQuery } from './runSiteQuery'
import { parseSiteQueryArgs } from './siteQueries'

/** The REST path of each site query, under the API route (`/api/site/...`). */
export const siteEndpointPaths: Record<SiteQueryName, string> = {
  siteArticle: '/site/:office/issues/:issue/articles/:article',
  siteDepartment: '/site/:office/departments/:department',
  siteIssue: '/site/:office/issues/:issue',
  siteIssues: '/site/:office/issues',
  siteLatestIssue: '/site/:office',
  sitePerson: '/site/:office/people/:person',
}

const errorResponse = (message: string, status: number) =>
  Response.json({ errors: [{ message }] }, { status })

const readArgs = (req: PayloadRequest): Record<string, unknown> => ({
  ...Object.fromEntries(req.searchParams ?? []),
  ...req.routeParams,
})

/**
 * GET endpoints answering the site queries with the same JSON GraphQL gives: 404 when the
 * office or document is not published, 400 with the reason for bad arguments.
 */
export const generateSiteEndpoints = (options: SanitizedBulletinPluginOptions): Endpoint[] =>
  (Object.entries(siteEndpointPaths) as [SiteQueryName, string][]).map(([name, path]) => ({
    handler: async (req) => {
      let args
      try {
        args = parseSiteQueryArgs(name, readArgs(req))
      } catch (error) {
        return errorResponse((error as Error).message, 400)
      }
      const data = await runSiteQuery({ args, name, options, payload: req.payload })
      return data === null ? errorResponse('Not found', 404) : Response.json(data)
    },
    method: 'get',
    path,
  }))
