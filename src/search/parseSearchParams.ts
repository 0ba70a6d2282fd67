/** What a search asks for, checked. */
export type SearchParams = { limit: number; officeSlug: null | string; page: number; q: string }

export const defaultSearchLimit = 10
export const maxSearchLimit = 50
const maxQueryLength = 200

const readPositiveInteger = ({
  fallback,
  max,
  name,
  value,
}: {
  fallback: number
  max: number
  name: string
  value: unknown
}): number | string => {
  if (value === undefined || value === null || value === '') return fallback
  const number = typeof value === 'number' ? value : Number(value)
  return Number.isInteger(number) && number >= 1 && number <= max
    ? number
    : `${name} must be a whole number from 1 to ${max} (got ${JSON.stringify(value)})`
}

/**
 * Checks the parameters of a search (REST query string or GraphQL arguments): a result, or a
 * one-line reason it cannot run.
 */
export const parseSearchParams = (input: {
  limit?: unknown
  office?: unknown
  page?: unknown
  q?: unknown
}): { error: string } | { params: SearchParams } => {
  const q = typeof input.q === 'string' ? input.q.trim() : ''
  if (q === '') return { error: 'q is required: the words to search for (搜索词不能为空)' }
  if (q.length > maxQueryLength) {
    return { error: `q is too long: at most ${maxQueryLength} characters` }
  }
  if (input.office !== undefined && typeof input.office !== 'string') {
    return { error: 'office must be an office slug' }
  }
  const limit = readPositiveInteger({
    fallback: defaultSearchLimit,
    max: maxSearchLimit,
    name: 'limit',
    value: input.limit,
  })
  if (typeof limit === 'string') return { error: limit }
  const page = readPositiveInteger({ fallback: 1, max: 1000, name: 'page', value: input.page })
  if (typeof page === 'string') return { error: page }
  const officeSlug = typeof input.office === 'string' && input.office !== '' ? input.office : null
  return { params: { limit, officeSlug, page, q } }
}
