import type pg from 'pg'

type Columns = Map<string, string[]>

const readColumns = async (client: pg.Client, tables: string[]): Promise<Columns> => {
  const { rows } = await client.query<{ column_name: string; table_name: string }>(
    `select table_name, column_name from information_schema.columns
     where table_schema = 'public' and table_name = any($1) order by ordinal_position`,
    [tables],
  )
  const columns: Columns = new Map()
  for (const { column_name: column, table_name: table } of rows) {
    columns.set(table, [...(columns.get(table) ?? []), column])
  }
  return columns
}

/** `insert into T (every column but skipped) select <override or s.column> from …`. */
const copyStatement = ({
  columns,
  from,
  overrides,
  skip = [],
  table,
}: {
  columns: Columns
  from: string
  overrides: Record<string, string>
  skip?: string[]
  table: string
}): string => {
  const names = (columns.get(table) ?? []).filter((column) => !skip.includes(column))
  const values = names.map((column) => overrides[column] ?? `s."${column}"`)
  return `insert into "${table}" (${names.map((name) => `"${name}"`).join(', ')}) select ${values.join(', ')} from ${from}`
}

/**
 * Grows an imported archive in SQL to about `targetArticles` published articles: every issue is
 * copied (a month earlier per copy, numbered by copy, so slugs stay unique per office) with its
 * articles, their bylines, photos, mentions and arrays; the originals are published too. One
 * transaction, then ANALYZE. Returns the number of articles.
 */
export const multiplyArchive = async (
  client: pg.Client,
  targetArticles: number,
): Promise<number> => {
  const arrays = ['articles_mentions', 'articles_diagnostics']
  const columns = await readColumns(client, ['issues', 'articles', 'articles_rels', ...arrays])
  const { rows } = await client.query<{ count: string }>('select count(*) from articles')
  const existing = Number(rows[0]?.count ?? 0)
  if (existing === 0) throw new Error('multiplyArchive: import some bulletins first')
  const copies = Math.max(0, Math.ceil(targetArticles / existing) - 1)
  await client.query('begin')
  await client.query(`update issues set _status = 'published'`)
  await client.query(`update articles set _status = 'published'`)
  await client.query(
    `create temp table issue_copies on commit drop as
     select i.id as old_id, k, nextval(pg_get_serial_sequence('issues', 'id')) as new_id,
       to_char(to_date(i.period || '-01', 'YYYY-MM-DD') - make_interval(months => k % 120), 'YYYY-MM') as period
     from issues i cross join generate_series(1, $1::int) k`,
    [copies],
  )
  await client.query(
    copyStatement({
      columns,
      from: 'issue_copies m join issues s on s.id = m.old_id',
      overrides: {
        _status: `'published'`,
        id: 'm.new_id',
        import_run_id: 'null',
        issue_number: 'm.k',
        period: 'm.period',
        slug: `m.period || '-' || m.k`,
        source_file_sha256: `s.source_file_sha256 || '-' || m.k`,
        title: `s.title || ' #' || m.k`,
      },
      table: 'issues',
    }),
  )
  await client.query(
    `create temp table article_copies on commit drop as
     select a.id as old_id, m.k, m.new_id as issue_id, nextval(pg_get_serial_sequence('articles', 'id')) as new_id
     from articles a join issue_copies m on m.old_id = a.issue_id`,
  )
  await client.query(
    copyStatement({
      columns,
      from: 'article_copies m join articles s on s.id = m.old_id',
      overrides: {
        _status: `'published'`,
        id: 'm.new_id',
        issue_id: 'm.issue_id',
        slug: `s.slug || '-' || m.k`,
      },
      table: 'articles',
    }),
  )
  await client.query(
    copyStatement({
      columns,
      from: 'article_copies m join articles_rels s on s.parent_id = m.old_id',
      overrides: { parent_id: 'm.new_id' },
      skip: ['id'],
      table: 'articles_rels',
    }),
  )
  for (const table of arrays) {
    await client.query(
      copyStatement({
        columns,
        from: `article_copies m join "${table}" s on s._parent_id = m.old_id`,
        overrides: { _parent_id: 'm.new_id', id: `s.id || '-' || m.k` },
        table,
      }),
    )
  }
  await client.query('commit')
  await client.query('analyze')
  const { rows: after } = await client.query<{ count: string }>('select count(*) from articles')
  return Number(after[0]?.count ?? 0)
}
