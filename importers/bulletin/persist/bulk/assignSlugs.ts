import { sql } from '@payloadcms/db-postgres'

import {
  listFirstSlugCandidates,
  listSlugCandidates,
} from '../../../../src/utilities/listSlugCandidates'
import { textArray } from './textArray'
import type { TransactionDb } from './transactionDb'

/** The tables whose rows carry a slug unique within their office. */
export type SlugTable = 'articles' | 'departments' | 'issues' | 'people'

/**
 * One new row's slug to choose: its formatted base and the qualifier tried before numbers, or
 * the index of an earlier request whose chosen slug qualifies it (an article's issue).
 */
export type SlugRequest = {
  base: string
  qualifier?: null | string | { slugOf: number }
  table: SlugTable
}

const qualifierOf = (request: SlugRequest, known: (index: number) => string | undefined) =>
  typeof request.qualifier === 'object' && request.qualifier !== null
    ? (known(request.qualifier.slugOf) ?? null)
    : (request.qualifier ?? null)

/**
 * Slugs for new rows exactly as the slug field's hook would choose them creating the rows one
 * by one in this order (src/fields/slugField.ts): the first candidate that neither the office's
 * existing rows nor an earlier request holds. Every request's first candidates (bare and
 * qualified) are asked in one query; numbered ones cost one more, asked only when both of those
 * are taken, ten at a time.
 */
export const assignSlugs = async ({
  db,
  officeId,
  requests,
}: {
  db: TransactionDb
  officeId: number
  requests: SlugRequest[]
}): Promise<string[]> => {
  const taken = new Map<SlugTable, Set<string>>()
  const asked = new Map<SlugTable, Set<string>>()
  const setOf = (sets: Map<SlugTable, Set<string>>, table: SlugTable) => {
    const set = sets.get(table) ?? new Set<string>()
    sets.set(table, set)
    return set
  }
  const ask = async (wanted: { candidates: string[]; table: SlugTable }[]) => {
    const byTable = new Map<SlugTable, string[]>()
    for (const { candidates, table } of wanted) {
      const askedOfTable = setOf(asked, table)
      const fresh = byTable.get(table) ?? []
      byTable.set(table, fresh)
      for (const candidate of candidates) {
        if (askedOfTable.has(candidate)) continue
        askedOfTable.add(candidate)
        fresh.push(candidate)
      }
    }
    const selects = [...byTable]
      .filter(([, candidates]) => candidates.length > 0)
      .map(
        ([table, candidates]) =>
          sql`select ${table}::text as "table", slug from ${sql.raw(`"${table}"`)} where office_id = ${officeId} and slug = any(${textArray(candidates)})`,
      )
    if (selects.length === 0) return
    const { rows } = await db.execute<{ slug: string; table: SlugTable }>(
      sql.join(selects, sql` union all `),
    )
    for (const { slug, table } of rows) setOf(taken, table).add(slug)
  }
  // Every request's first candidates at once, guessing a qualifying slug is its base.
  await ask(
    requests
      .filter((request) => request.base !== '')
      .map((request) => ({
        candidates: listFirstSlugCandidates({
          base: request.base,
          qualifier: qualifierOf(request, (index) => requests[index]?.base),
        }),
        table: request.table,
      })),
  )
  /** The first of `candidates` not taken, asking for the rest of them once one is unknown. */
  const chooseFree = async (candidates: string[], table: SlugTable) => {
    for (const [index, candidate] of candidates.entries()) {
      if (!setOf(asked, table).has(candidate)) {
        await ask([{ candidates: candidates.slice(index), table }])
      }
      if (!setOf(taken, table).has(candidate)) return candidate
    }
    return undefined
  }
  const slugs: string[] = []
  for (const request of requests) {
    if (request.base === '') {
      slugs.push('')
      continue
    }
    for (let round = 0; ; round++) {
      const candidates = listSlugCandidates({
        base: request.base,
        qualifier: qualifierOf(request, (index) => slugs[index] || undefined),
        round,
      })
      const free = await chooseFree(candidates, request.table)
      if (free !== undefined) {
        setOf(taken, request.table).add(free)
        slugs.push(free)
        break
      }
    }
  }
  return slugs
}
