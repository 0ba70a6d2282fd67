/* Payload's GraphQL route; queries may also be sent as GET, where anonymous ones are cached. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { registerPublicRoute } from '../../../../site/publicRoutes'
import { withPublicCaching } from '../../../../site/withPublicCaching'
import { withSiteGraphQL } from '../../../../site/withSiteGraphQL'
import { readPublicCachingOptions } from '../../../../utilities/readPublicCachingOptions'

const graphQL = withSiteGraphQL(GRAPHQL_POST(config), config)

export const POST = graphQL

// graphql-http answers GET with query, variables and operationName in the URL (queries only).
export const GET = registerPublicRoute(
  '/api/graphql',
  withPublicCaching(graphQL, readPublicCachingOptions()),
)

export const OPTIONS = REST_OPTIONS(config)
