/** The reference site's paths: /sites/<office slug>[/<kind>/<id>], the slug URL-encoded. */
export const sitePath = (officeSlug: string, ...segments: (number | string)[]): string =>
  ['/sites', encodeURIComponent(officeSlug), ...segments.map(String)].join('/')

/** A route parameter as typed: Next hands dynamic segments over still percent-encoded. */
export const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** A positive integer id from a route parameter, or null. */
export const parseId = (segment: string): null | number => {
  const id = Number(segment)
  return Number.isInteger(id) && id > 0 ? id : null
}
