import { sql } from '@payloadcms/db-postgres'

import type { TransactionDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import type { SearchTables } from './searchTables'
import { idBlockLexemePrefix, officeLexemePrefix, titleLexemePrefix } from './searchTables'
import { idBlockBits } from './toSearchWindows'
import { extractPlainText } from './extractPlainText'
import { toSearchVector } from './toSearchVector'

type PublishedArticleRow = {
  body: unknown
  id: number
  office_id: null | number
  subtitle: null | string
  title: null | string
}

type SearchRow = {
  article_id: number
  body: string
  content: string
  office_id: null | number
  title: string
}

const toSearchRow = (row: PublishedArticleRow): SearchRow => {
  const content = extractPlainText(row.body)
  return {
    article_id: row.id,
    body: toSearchVector([{ text: content, weight: 'D' }]),
    content,
    office_id: row.office_id,
    title: toSearchVector([
      { text: row.title ?? '', weight: 'A' },
      { text: row.subtitle ?? '', weight: 'B' },
    ]),
  }
}

const writeSearchRows = async ({
  db,
  rows,
  tables,
}: {
  db: TransactionDb
  rows: SearchRow[]
  tables: SearchTables
}) => {
  if (rows.length === 0) return
  // Our own constants, written into the statement.
  const idBlocks = sql.raw(
    idBlockBits
      .map((bits) => `'${idBlockLexemePrefix}${bits}:' || (r.article_id >> ${bits})`)
      .join(', '),
  )
  // The match vector: title and body words without positions, the title's words once more
  // marked, the article's office and id blocks.
  await db.execute(sql`
    insert into ${sql.identifier(tables.search)}
      (article_id, office_id, content, title_vector, match_vector)
    select r.article_id, r.office_id, r.content, r.title::tsvector,
      strip(r.title::tsvector || r.body::tsvector)
        || array_to_tsvector(array(select cast(${titleLexemePrefix} as text) || lexeme
          from unnest(tsvector_to_array(r.title::tsvector)) lexeme))
        || array_to_tsvector(array[cast(${officeLexemePrefix} as text) || coalesce(r.office_id::text, ''), ${idBlocks}])
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as r(article_id integer, office_id integer, content text, title text, body text)
    on conflict (article_id) do update set
      office_id = excluded.office_id,
      content = excluded.content,
      title_vector = excluded.title_vector,
      match_vector = excluded.match_vector`)
}

/**
 * Brings the search rows of some articles in line with their published state: the main row
 * of an article is what the public reads, so a published one is (re)indexed from it and any
 * other (draft, unpublished, deleted) loses its row. Runs on the handle given, so inside the
 * request's transaction when called from a hook.
 */
export const indexArticles = async ({
  db,
  ids,
  tables,
}: {
  db: TransactionDb
  ids: number[]
  tables: SearchTables
}): Promise<void> => {
  if (ids.length === 0) return
  const idList = sql`(select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::integer)`
  const { rows } = await db.execute<PublishedArticleRow>(sql`
    select id, office_id, title, subtitle, body from ${sql.identifier(tables.articles)}
    where id in ${idList} and _status = 'published'`)
  await db.execute(sql`
    delete from ${sql.identifier(tables.search)}
    where article_id in ${idList}
      and article_id not in (select id from ${sql.identifier(tables.articles)}
        where id in ${idList} and _status = 'published')`)
  await writeSearchRows({ db, rows: rows.map(toSearchRow), tables })
}

const rebuildBatchSize = 500

/**
 * Rebuilds the whole index from the published articles, a batch at a time: after a bulk load
 * that bypassed Payload's hooks, or when the way text is segmented changes.
 */
export const rebuildSearchIndex = async ({
  db,
  tables,
}: {
  db: TransactionDb
  tables: SearchTables
}): Promise<{ indexed: number }> => {
  await db.execute(sql`
    delete from ${sql.identifier(tables.search)} where article_id not in
      (select id from ${sql.identifier(tables.articles)} where _status = 'published')`)
  let lastId = 0
  let indexed = 0
  for (;;) {
    const { rows } = await db.execute<PublishedArticleRow>(sql`
      select id, office_id, title, subtitle, body from ${sql.identifier(tables.articles)}
      where _status = 'published' and id > ${lastId} order by id limit ${rebuildBatchSize}`)
    if (rows.length === 0) return { indexed }
    await writeSearchRows({ db, rows: rows.map(toSearchRow), tables })
    indexed += rows.length
    lastId = rows[rows.length - 1]?.id ?? lastId
  }
}
