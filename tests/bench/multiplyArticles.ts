import type { PoolClient } from 'pg'

type Overrides = Record<string, string>

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`

const columnsOf = async (client: PoolClient, table: string): Promise<string[]> => {
  const { rows } = await client.query<{ column_name: string }>(
    `select column_name from information_schema.columns
     where table_schema = current_schema() and table_name = $1 order by ordinal_position`,
    [table],
  )
  return rows.map((row) => row.column_name)
}

/**
 * Inserts a copy of each row of `table` joined to `map` (aliases: `t` the row, `m` the map),
 * every column copied unless overridden by an SQL expression; `omit` leaves serial ids to
 * their sequence.
 */
const copyRows = async ({
  client,
  join,
  map,
  omit = [],
  overrides,
  table,
}: {
  client: PoolClient
  join: string
  map: string
  omit?: string[]
  overrides: Overrides
  table: string
}): Promise<number> => {
  const columns = (await columnsOf(client, table)).filter((column) => !omit.includes(column))
  const values = columns.map((column) => overrides[column] ?? `t.${quote(column)}`)
  const result = await client.query(
    `insert into ${quote(table)} (${columns.map(quote).join(', ')})
     select ${values.join(', ')} from ${quote(table)} t join ${map} m on ${join}`,
  )
  return result.rowCount ?? 0
}

const newRowId = `substr(md5(random()::text || clock_timestamp()::text), 1, 24)`

/** The array tables of a collection (`articles_mentions` …) and of its versions. */
const arrayTablesOf = async (client: PoolClient, prefix: string): Promise<string[]> => {
  const { rows } = await client.query<{ table_name: string }>(
    `select table_name from information_schema.columns
     where table_schema = current_schema() and column_name = '_parent_id' and table_name like $1
     order by table_name`,
    [`${prefix.replaceAll('_', '\\_')}%`],
  )
  return [...new Set(rows.map((row) => row.table_name))]
}

/**
 * Multiplies the imported issues in SQL until there are at least `target` articles: each copy
 * of an issue gets copies of its articles with their relationships, arrays and draft versions,
 * as if the same bulletins had been imported many times. One transaction; minutes of the
 * importer's work in seconds.
 */
export const multiplyArticles = async ({
  client,
  target,
}: {
  client: PoolClient
  target: number
}): Promise<{ articles: number; issues: number }> => {
  const { rows } = await client.query<{ count: string }>('select count(*) from articles')
  const existing = Number(rows[0]?.count ?? 0)
  if (existing === 0) throw new Error('no articles to multiply: import the seed bulletins first')
  const copies = Math.ceil(Math.max(0, target - existing) / existing)
  await client.query('begin')
  try {
    await client.query(`create temp table issue_map on commit drop as
      select i.id as orig, g as copy, nextval(pg_get_serial_sequence('issues', 'id'))::int as id
      from issues i cross join generate_series(1, ${copies}) g`)
    await copyRows({
      client,
      join: 'm.orig = t.id',
      map: 'issue_map',
      overrides: { id: 'm.id', title: `t.title || ' · ' || m.copy` },
      table: 'issues',
    })
    await copyRows({
      client,
      join: 'm.orig = t.parent_id',
      map: 'issue_map',
      omit: ['id'],
      overrides: { parent_id: 'm.id', version_title: `t.version_title || ' · ' || m.copy` },
      table: '_issues_v',
    })
    await client.query(`create temp table article_map on commit drop as
      select a.id as orig, im.id as issue_id, im.copy,
        nextval(pg_get_serial_sequence('articles', 'id'))::int as id
      from articles a join issue_map im on im.orig = a.issue_id`)
    const articles = await copyRows({
      client,
      join: 'm.orig = t.id',
      map: 'article_map',
      overrides: {
        id: 'm.id',
        issue_id: 'm.issue_id',
        slug: `t.slug || '-' || m.id`,
        title: `t.title || ' · ' || m.copy`,
      },
      table: 'articles',
    })
    await client.query(`create temp table article_version_map on commit drop as
      select v.id as orig, am.id as parent_id, am.issue_id, am.copy,
        nextval(pg_get_serial_sequence('_articles_v', 'id'))::int as id
      from _articles_v v join article_map am on am.orig = v.parent_id`)
    await copyRows({
      client,
      join: 'm.orig = t.id',
      map: 'article_version_map',
      overrides: {
        id: 'm.id',
        parent_id: 'm.parent_id',
        version_issue_id: 'm.issue_id',
        version_slug: `t.version_slug || '-' || m.parent_id`,
        version_title: `t.version_title || ' · ' || m.copy`,
      },
      table: '_articles_v',
    })
    await copyRows({
      client,
      join: 'm.orig = t.parent_id',
      map: 'article_map',
      omit: ['id'],
      overrides: { parent_id: 'm.id' },
      table: 'articles_rels',
    })
    await copyRows({
      client,
      join: 'm.orig = t.parent_id',
      map: 'article_version_map',
      omit: ['id'],
      overrides: { parent_id: 'm.id' },
      table: '_articles_v_rels',
    })
    for (const table of await arrayTablesOf(client, 'articles_')) {
      await copyRows({
        client,
        join: 'm.orig = t._parent_id',
        map: 'article_map',
        overrides: { _parent_id: 'm.id', id: newRowId },
        table,
      })
    }
    for (const table of await arrayTablesOf(client, '_articles_v_version_')) {
      await copyRows({
        client,
        join: 'm.orig = t._parent_id',
        map: 'article_version_map',
        omit: ['id'],
        overrides: { _parent_id: 'm.id' },
        table,
      })
    }
    await client.query('commit')
    const counts = await client.query<{ articles: string; issues: string }>(
      'select (select count(*) from articles) as articles, (select count(*) from issues) as issues',
    )
    return {
      articles: Number(counts.rows[0]?.articles ?? articles),
      issues: Number(counts.rows[0]?.issues ?? 0),
    }
  } catch (error) {
    await client.query('rollback')
    throw error
  }
}
