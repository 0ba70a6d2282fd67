/* Payload's REST route, with anonymous GET reads cached and ETagged (withPublicCaching). */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { registerPublicRoute } from '../../../../site/publicRoutes'
import { withPublicCaching } from '../../../../site/withPublicCaching'
import { readPublicCachingOptions } from '../../../../utilities/readPublicCachingOptions'

export const GET = registerPublicRoute(
  '/api/',
  withPublicCaching(REST_GET(config), readPublicCachingOptions()),
  { except: ['/api/graphql', '/api/graphql-playground'] },
)
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
