import { sql } from '@payloadcms/db-postgres'

import type { TransactionDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import type { SearchParams } from './parseSearchParams'
import type { SearchTables } from './searchTables'
import { officeLexemePrefix } from './searchTables'
import { buildSnippet, highlightTerms } from './buildSnippet'
import { toSearchQuery } from './toSearchQuery'

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

/** A page of hits, shaped like Payload's paginated REST answers. */
export type SearchResults = {
  docs: SearchHit[]
  hasNextPage: boolean
  hasPrevPage: boolean
  limit: number
  page: number
  totalDocs: number
  totalPages: number
}

type HitRow = {
  content: string
  id: number
  issue_id: null | number
  issue_number: null | number | string
  issue_period: null | string
  issue_title: null | string
  office_id: number
  office_name: string
  office_slug: null | string
  rank: number
  slug: null | string
  subtitle: null | string
  title: null | string
  total: number | string
}

/**
 * Runs a search with sequential scans off: PostgreSQL does not count the cost of reading every
 * row's vector out of TOAST, so for a common word it would scan the table rather than the GIN
 * index, ten times slower. SET LOCAL needs a transaction of its own.
 */
const executeOnIndex = <T extends Record<string, unknown>>(
  db: TransactionDb,
  query: ReturnType<typeof sql>,
) =>
  db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`)
    return tx.execute<T>(query)
  })

/** The read replicas when there are any: search never writes. */
const pickReadDb = (db: TransactionDb): TransactionDb => {
  const replicas = (db as { $replicas?: TransactionDb[] }).$replicas
  return replicas?.[Math.floor(Math.random() * replicas.length)] ?? db
}

const toHit = (row: HitRow, terms: string[]): SearchHit => ({
  id: row.id,
  issue:
    row.issue_id === null
      ? null
      : {
          id: row.issue_id,
          issueNumber: row.issue_number === null ? null : Number(row.issue_number),
          period: row.issue_period,
          title: row.issue_title,
        },
  office: { id: row.office_id, name: row.office_name, slug: row.office_slug },
  rank: Number(row.rank),
  slug: row.slug,
  snippet: buildSnippet({ terms, text: row.content }),
  subtitle: row.subtitle,
  title: row.title ?? '',
  titleHighlight: highlightTerms({ terms, text: row.title ?? '' }),
})

const toResults = ({
  docs,
  params,
  totalDocs,
}: {
  docs: SearchHit[]
  params: SearchParams
  totalDocs: number
}): SearchResults => {
  const totalPages = Math.ceil(totalDocs / params.limit)
  return {
    docs,
    hasNextPage: params.page < totalPages,
    hasPrevPage: params.page > 1,
    limit: params.limit,
    page: params.page,
    totalDocs,
    totalPages,
  }
}

/**
 * Published articles matching a query, in one SQL query on the GIN index: articles whose title
 * matches first (ts_rank of the title), then the newest; counted, with issue and office joined
 * for the page asked only. Null when the office slug names no office.
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
  if (!query) return toResults({ docs: [], params, totalDocs: 0 })
  const readDb = pickReadDb(db)
  const search = sql.identifier(tables.search)
  const offices = sql.identifier(tables.offices)
  const rank = sql`cast(${query.rank} as tsquery)`
  // An unknown office makes the match null: no rows.
  const match = params.officeSlug
    ? sql`cast(${query.match} as tsquery) && (select cast(${`'${officeLexemePrefix}`} || id || '''' as tsquery)
        from ${offices} where slug = ${params.officeSlug})`
    : sql`cast(${query.match} as tsquery)`
  const matches = sql`from ${search} s where s.match_vector @@ (${match})`
  // Titles holding the terms first (ranked on the small title vector), then the newest.
  const { rows } = await executeOnIndex<HitRow>(
    readDb,
    sql`
    with hits as (
      select s.article_id, s.office_id, ts_rank(s.title_vector, ${rank}) as rank,
        count(*) over () as total
      ${matches}
      order by rank desc, s.article_id desc
      limit ${params.limit} offset ${(params.page - 1) * params.limit}
    )
    select h.article_id as id, h.rank, h.total, c.content, a.title, a.subtitle, a.slug,
      i.id as issue_id, i.title as issue_title, i.period as issue_period,
      i.issue_number, o.id as office_id, o.name as office_name, o.slug as office_slug
    from hits h
    join ${search} c on c.article_id = h.article_id
    join ${sql.identifier(tables.articles)} a on a.id = h.article_id
    join ${offices} o on o.id = h.office_id
    left join ${sql.identifier(tables.issues)} i on i.id = a.issue_id
    order by h.rank desc, h.article_id desc`,
  )
  if (rows.length > 0) {
    return toResults({
      docs: rows.map((row) => toHit(row, query.terms)),
      params,
      totalDocs: Number(rows[0]?.total ?? 0),
    })
  }
  // Nothing on this page: tell an unknown office, or a page past the end, from no match.
  const { rows: counts } = await readDb.execute<{ has_office: boolean; total: number | string }>(
    sql`
    select
      ${params.officeSlug ? sql`exists (select 1 from ${offices} where slug = ${params.officeSlug})` : sql`true`} as has_office,
      (select count(*) ${matches}) as total`,
  )
  const [count] = counts
  if (!count?.has_office) return null
  return toResults({ docs: [], params, totalDocs: Number(count.total) })
}
