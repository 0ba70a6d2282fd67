import type { Pool } from 'pg'

import { sql } from '@payloadcms/db-postgres'
import { createHash } from 'node:crypto'

import type { TransactionDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import type { SearchParams } from './parseSearchParams'
import type { SearchTables } from './searchTables'
import { officeLexemePrefix, searchHitsFunction } from './searchTables'
import { buildSnippet, highlightTerms } from './buildSnippet'
import { toSearchQuery } from './toSearchQuery'
import { toSearchWindows } from './toSearchWindows'

/** One published article found by a search. */
export type SearchHit = {
  id: number
  issue: null | {
    id: number
    issueNumber: null | number
    period: null | string
    title: null | string
  }
  office: { id: number; name: string; slug: null | string }
  rank: number
  slug: null | string
  /** HTML: a passage of the body with the matched words in <mark>, the rest escaped. */
  snippet: string
  subtitle: null | string
  title: string
  /** HTML: the title with the matched words in <mark>. */
  titleHighlight: string
}

/**
 * A page of hits, shaped like Payload's paginated REST answers. Counting stops past
 * `searchCountCap` matches: then `totalDocs` is the cap and `isTotalDocsCapped` is true
 * ("1,000 or more"), and `totalPages` covers the counted ones; `hasNextPage` is exact either way.
 */
export type SearchResults = {
  docs: SearchHit[]
  hasNextPage: boolean
  hasPrevPage: boolean
  isTotalDocsCapped: boolean
  limit: number
  page: number
  totalDocs: number
  totalPages: number
}

/** Matches counted at most: a common word is in most articles, and counting them all costs more than finding the page. */
export const searchCountCap = 100

/** One row per hit of the page, then one (id null) with the count. */
type HitRow = {
  content: null | string
  has_office: boolean
  id: null | number
  issue_id: null | number
  issue_number: null | number | string
  issue_period: null | string
  issue_title: null | string
  office_id: null | number
  office_name: null | string
  office_slug: null | string
  rank: null | number
  slug: null | string
  subtitle: null | string
  title: null | string
  top_id: null | number
  total: null | number | string
}

/** The read replicas when there are any: search never writes. */
const pickReadDb = (db: TransactionDb): TransactionDb => {
  const replicas = (db as { $replicas?: TransactionDb[] }).$replicas
  return replicas?.[Math.floor(Math.random() * replicas.length)] ?? db
}

/**
 * The newest indexed id each database last reported (every search reports it), where a
 * search's windows start. A stale one (another instance published since) stays right: the
 * function walks the ids past it.
 */
const newestIds = new WeakMap<object, number>()

const readNewestId = async ({ db, tables }: { db: TransactionDb; tables: SearchTables }) => {
  const known = newestIds.get(db)
  if (known !== undefined) return known
  const { rows } = await db.execute<{ newest: null | number }>(
    sql`select max(article_id) as newest from ${sql.identifier(tables.search)}`,
  )
  const newest = Number(rows[0]?.newest ?? 0)
  newestIds.set(db, newest)
  return newest
}

const toHit = (row: HitRow, terms: string[]): SearchHit => ({
  id: row.id ?? 0,
  issue:
    row.issue_id === null
      ? null
      : {
          id: row.issue_id,
          issueNumber: row.issue_number === null ? null : Number(row.issue_number),
          period: row.issue_period,
          title: row.issue_title,
        },
  office: { id: row.office_id ?? 0, name: row.office_name ?? '', slug: row.office_slug },
  rank: Number(row.rank ?? 0),
  slug: row.slug,
  snippet: buildSnippet({ terms, text: row.content ?? '' }),
  subtitle: row.subtitle,
  title: row.title ?? '',
  titleHighlight: highlightTerms({ terms, text: row.title ?? '' }),
})

const toResults = ({
  counted,
  docs,
  hasMore,
  params,
}: {
  counted: number
  docs: SearchHit[]
  hasMore: boolean
  params: SearchParams
}): SearchResults => {
  const totalDocs = Math.min(counted, searchCountCap)
  return {
    docs,
    hasNextPage: hasMore,
    hasPrevPage: params.page > 1,
    isTotalDocsCapped: counted > searchCountCap,
    limit: params.limit,
    page: params.page,
    totalDocs,
    totalPages: Math.ceil(totalDocs / params.limit),
  }
}

const quoteIdentifier = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`

const hitsStatements = new Map<string, { name: string; text: string }>()

/**
 * The statement of a search, prepared once a connection under its name: planning it (a
 * function call and four joins) costs as much as running it. $1 rank, $2 match, $3 title
 * match, $4 title phrase, $5 windows, $6 their first ids, $7 the first id past them, $8 skip,
 * $9 take, $10 count cap, $11 the office slug when there is one.
 */
const toHitsStatement = ({
  isInOffice,
  tables,
}: {
  isInOffice: boolean
  tables: SearchTables
}): { name: string; text: string } => {
  const key = JSON.stringify([isInOffice, tables])
  const known = hitsStatements.get(key)
  if (known) return known
  const [search, articles, offices, issues] = [
    tables.search,
    tables.articles,
    tables.offices,
    tables.issues,
  ].map(quoteIdentifier)
  // An unknown office makes both matches null: no hits.
  const inOffice = (param: string) =>
    isInOffice
      ? `${param}::tsquery && (select ('''${officeLexemePrefix}' || id || '''')::tsquery
          from ${offices} where slug = $11)`
      : `${param}::tsquery`
  const text = `
    select h.article_id as id, h.total, h.top_id,
      ${isInOffice ? `exists (select 1 from ${offices} where slug = $11)` : 'true'} as has_office,
      ts_rank(c.title_vector, $1::tsquery) as rank, c.content, a.title, a.subtitle, a.slug,
      i.id as issue_id, i.title as issue_title, i.period as issue_period,
      i.issue_number, o.id as office_id, o.name as office_name, o.slug as office_slug
    from ${quoteIdentifier(searchHitsFunction)}(${inOffice('$2')}, ${inOffice('$3')},
      $4::tsquery, $5::tsquery[], $6::integer[], $7::integer, $8::integer, $9::integer,
      $10::integer) with ordinality as h(article_id, is_title_hit, total, top_id, ord)
    left join ${search} c on c.article_id = h.article_id
    left join ${articles} a on a.id = h.article_id
    left join ${offices} o on o.id = c.office_id
    left join ${issues} i on i.id = a.issue_id
    order by h.ord`
  const statement = {
    name: `bulletin_search_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`,
    text,
  }
  hitsStatements.set(key, statement)
  return statement
}

/**
 * Published articles matching a query: those whose title (or subtitle) holds the terms as
 * typed first, then the others, each newest first; counted up to `searchCountCap`, with issue
 * and office joined for the page asked only. One statement: `bulletin_search_hits` reads the
 * GIN index a window of ids at a time, newest first, and stops once it has the page and the
 * count. Null when the office slug names no office.
 */
export const searchArticles = async ({
  db,
  params,
  tables,
}: {
  db: TransactionDb
  params: SearchParams
  tables: SearchTables
}): Promise<null | SearchResults> => {
  const query = toSearchQuery(params.q)
  if (!query) return toResults({ counted: 0, docs: [], hasMore: false, params })
  const readDb = pickReadDb(db)
  const { newerThan, starts, windows } = toSearchWindows(await readNewestId({ db: readDb, tables }))
  const isInOffice = params.officeSlug !== null
  const { name, text } = toHitsStatement({ isInOffice, tables })
  const values = [
    query.rank,
    query.match,
    query.titleMatch,
    query.titlePhrase,
    windows,
    starts,
    newerThan,
    (params.page - 1) * params.limit,
    // One more than the page, to tell whether another follows.
    params.limit + 1,
    searchCountCap,
    ...(isInOffice ? [params.officeSlug] : []),
  ]
  const { rows } = await (readDb as unknown as { $client: Pool }).$client.query<HitRow>({
    name,
    text,
    values,
  })
  const countRow = rows.find((row) => row.id === null)
  if (countRow?.top_id != null) newestIds.set(readDb, Number(countRow.top_id))
  if (!countRow?.has_office) return null
  const hits = rows.filter((row) => row.id !== null)
  return toResults({
    counted: Number(countRow.total ?? 0),
    docs: hits.slice(0, params.limit).map((row) => toHit(row, query.terms)),
    hasMore: hits.length > params.limit,
    params,
  })
}
