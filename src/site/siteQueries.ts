import type { SiteSql, SiteSqlContext } from './siteSql'

import {
  articleSql,
  departmentSql,
  issueSql,
  issuesSql,
  latestIssueSql,
  personSql,
} from './siteSql'

/** The default and largest page of a person's or department's articles. */
export const articlePageLimits = { default: 20, max: 100 } as const

type SlugArg = { description: string; name: string }

/** One query a site needs: its arguments and the one SQL statement that answers it. */
type SiteQueryDefinition<Args> = {
  description: string
  /** Which arguments are office-scoped slugs. */
  slugs: SlugArg[]
  hasPaging?: boolean
  hasYear?: boolean
  toSql: (context: SiteSqlContext, args: Args) => SiteSql
}

export type SitePage = { limit: number; page: number }

/** Every site query by the name GraphQL knows it by; REST endpoints use the same names. */
export const siteQueries = {
  siteArticle: {
    description: 'A published article with its body, department, bylines, people and photos.',
    slugs: [
      { description: 'Office slug', name: 'office' },
      { description: 'Issue slug (2021-01)', name: 'issue' },
      { description: 'Article slug', name: 'article' },
    ],
    toSql: articleSql,
  } satisfies SiteQueryDefinition<{ article: string; issue: string; office: string }>,
  siteDepartment: {
    description: 'A department and a page of the published articles it is credited with.',
    hasPaging: true,
    slugs: [
      { description: 'Office slug', name: 'office' },
      { description: 'Department slug', name: 'department' },
    ],
    toSql: departmentSql,
  } satisfies SiteQueryDefinition<SitePage & { department: string; office: string }>,
  siteIssue: {
    description: 'A published issue with its published articles in printed order.',
    slugs: [
      { description: 'Office slug', name: 'office' },
      { description: 'Issue slug (2021-01)', name: 'issue' },
    ],
    toSql: issueSql,
  } satisfies SiteQueryDefinition<{ issue: string; office: string }>,
  siteIssues: {
    description: 'An office’s published issues of one year (the latest by default) and its years.',
    hasYear: true,
    slugs: [{ description: 'Office slug', name: 'office' }],
    toSql: issuesSql,
  } satisfies SiteQueryDefinition<{ office: string; year?: null | string }>,
  siteLatestIssue: {
    description: 'An office’s latest published issue with its table of contents.',
    slugs: [{ description: 'Office slug', name: 'office' }],
    toSql: latestIssueSql,
  } satisfies SiteQueryDefinition<{ office: string }>,
  sitePerson: {
    description: 'A person and a page of the published articles crediting or naming them.',
    hasPaging: true,
    slugs: [
      { description: 'Office slug', name: 'office' },
      { description: 'Person slug', name: 'person' },
    ],
    toSql: personSql,
  } satisfies SiteQueryDefinition<SitePage & { office: string; person: string }>,
} as const

export type SiteQueryName = keyof typeof siteQueries

export type SiteQueryArgs = Record<string, null | number | string>

const maxSlugLength = 200

/** A query-string or GraphQL argument as text, for parsing and for error messages. */
const toText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value)

const readPositiveInteger = (value: unknown, name: string, fallback: number): number => {
  if (value === undefined || value === null || value === '') return fallback
  const number = typeof value === 'number' ? value : Number(toText(value))
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`${name} must be a whole number from 1 up, not "${toText(value)}"`)
  }
  return number
}

/**
 * A query's arguments checked and completed (paging defaults), or an Error with a one-line
 * reason naming the bad argument.
 */
export const parseSiteQueryArgs = (name: SiteQueryName, raw: Record<string, unknown>) => {
  const definition: SiteQueryDefinition<never> = siteQueries[name]
  const args: SiteQueryArgs = {}
  for (const slug of definition.slugs) {
    const value = raw[slug.name]
    if (typeof value !== 'string' || value.trim() === '' || value.length > maxSlugLength) {
      throw new Error(`${name} needs "${slug.name}": ${slug.description.toLowerCase()}`)
    }
    args[slug.name] = value
  }
  if (definition.hasPaging) {
    args.page = readPositiveInteger(raw.page, 'page', 1)
    args.limit = readPositiveInteger(raw.limit, 'limit', articlePageLimits.default)
    if (args.limit > articlePageLimits.max) {
      throw new Error(`limit may be at most ${articlePageLimits.max}, not ${args.limit}`)
    }
  }
  if (definition.hasYear && raw.year !== undefined && raw.year !== null && raw.year !== '') {
    const year = toText(raw.year)
    if (!/^\d{4}$/.test(year)) throw new Error(`year must have four digits, not "${year}"`)
    args.year = year
  }
  return args
}
