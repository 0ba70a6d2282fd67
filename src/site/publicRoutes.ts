/** A GET route handler as Next calls it; `slug` is the catch-all's path segments. */
export type PublicRouteHandler = (
  request: Request,
  context: { params: Promise<{ slug?: string[] }> },
) => Promise<Response>

/** A route's path: exact (`/api/graphql`), or a prefix ending in `/` for a catch-all. */
export type PublicRoutePath = `/${string}`

const key = Symbol.for('payload-plugin-bulletin.publicRoutes')

type Route = { except: PublicRoutePath[]; handler: PublicRouteHandler }

type Holder = { [key]?: Map<PublicRoutePath, Route> }

const routes = (): Map<PublicRoutePath, Route> => {
  const holder = globalThis as Holder
  holder[key] ??= new Map()
  return holder[key]
}

/**
 * Records the GET handler of an API route once Next has loaded it, so the production server can
 * call it for anonymous reads without Next's routing (src/server/answerFromPublicRoute.ts). Kept
 * on globalThis: the route is bundled by Next, the server is not. Returns the handler.
 */
export const registerPublicRoute = <Handler extends PublicRouteHandler>(
  path: PublicRoutePath,
  handler: Handler,
  {
    except = [],
  }: {
    /** Paths under a catch-all's prefix that other routes of the app serve. */
    except?: PublicRoutePath[]
  } = {},
): Handler => {
  routes().set(path, { except, handler })
  return handler
}

const isExcepted = (pathname: string, except: PublicRoutePath[]): boolean =>
  except.some((path) => pathname === path || pathname.startsWith(`${path}/`))

const toSegments = (rest: string): null | string[] => {
  try {
    return rest === '' ? [] : rest.split('/').map((segment) => decodeURIComponent(segment))
  } catch {
    return null
  }
}

/**
 * The registered route for a path and the catch-all segments after its prefix: the exact path
 * first, then the longest prefix (unless another route serves the path). Null when none is
 * registered (yet), or the segments are not valid percent-encoding.
 */
export const findPublicRoute = (
  pathname: string,
): null | { handler: PublicRouteHandler; slug: string[] | undefined } => {
  const registered = routes()
  const exact = registered.get(pathname as PublicRoutePath)
  if (exact) return { handler: exact.handler, slug: undefined }
  let best: null | (Route & { prefix: string }) = null
  for (const [path, route] of registered) {
    if (path.endsWith('/') && pathname.startsWith(path) && path.length > (best?.prefix.length ?? 0))
      best = { ...route, prefix: path }
  }
  if (!best || isExcepted(pathname, best.except)) return null
  const slug = toSegments(pathname.slice(best.prefix.length))
  return slug === null ? null : { handler: best.handler, slug }
}
