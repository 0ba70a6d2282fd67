import type { PublicCachingOptions } from '../site/withPublicCaching'

import { readOptionalNumber } from './readOptionalNumber'

/** Cache-Control lifetimes of anonymous API reads from API_CACHE_MAX_AGE and API_CACHE_SWR. */
export const readPublicCachingOptions = (): PublicCachingOptions => ({
  maxAgeSeconds: readOptionalNumber('API_CACHE_MAX_AGE'),
  staleWhileRevalidateSeconds: readOptionalNumber('API_CACHE_SWR'),
})
