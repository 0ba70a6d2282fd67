import { sql } from '@payloadcms/db-postgres'

import type { SiteTables } from './siteTables'

import { besideTable } from './siteTables'

type SQL = ReturnType<typeof sql>

/**
 * The SQL of the site queries: each is one statement that returns the whole answer as one JSON
 * value, reading only the columns the answer holds, and only published issues and articles of
 * the office named by its slug. The JSON keys are the GraphQL field names (siteGraphQLQueries.ts).
 */

const office = (alias: string) =>
  `json_build_object('slug', ${alias}.slug, 'name', ${alias}.name, 'district', ${alias}.district, 'publication', ${alias}.publication)`

const named = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'slug', ${alias}.slug, 'name', ${alias}.name)`

const issueSummary = (alias: string) =>
  `'id', ${alias}.id, 'slug', ${alias}.slug, 'title', ${alias}.title, 'publication', ${alias}.publication, 'period', ${alias}.period, 'issueNumber', ${alias}.issue_number, 'runningNumber', ${alias}.running_number`

const byPrintedOrder = (alias: string) =>
  `${alias}.period desc, coalesce(${alias}.issue_number, ${alias}.running_number, 0) desc, ${alias}.id desc`

/** A photo's fields, its file URLs made from the route Payload serves upload files at. */
const photo = (alias: string, fileRoute: string) => {
  const url = (column: string) =>
    `case when ${alias}.${column} is null then null else ${quoteLiteral(fileRoute)} || ${alias}.${column} end`
  return `json_build_object('id', ${alias}.id, 'caption', ${alias}.caption, 'alt', ${alias}.alt, 'url', ${url('filename')}, 'width', ${alias}.width, 'height', ${alias}.height, 'thumbnailUrl', ${url('sizes_thumbnail_filename')}, 'cardUrl', ${url('sizes_card_filename')})`
}

const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`

type Context = { fileRoute: string; tables: SiteTables }

/** People of one relationship path of the article, in stored (printed) order. */
const relatedPeople = ({ tables }: Context, article: string, path: string) =>
  `coalesce((select json_agg(${named('p')} order by r."order") from ${besideTable(tables.articles, 'rels')} r join ${tables.people} p on p.id = r.people_id where r.parent_id = ${article}.id and r.path = ${quoteLiteral(path)}), '[]'::json)`

/** The article's photos in stored order, as a JSON list. */
const allPhotos = ({ fileRoute, tables }: Context, article: string) =>
  tables.photos === null
    ? `'[]'::json`
    : `coalesce((select json_agg(${photo('ph', fileRoute)} order by r."order") from ${besideTable(tables.articles, 'rels')} r join ${tables.photos} ph on ph.id = r.photos_id where r.parent_id = ${article}.id and r.path = 'photos'), '[]'::json)`

/** The article's first photo, or null. */
const firstPhoto = ({ fileRoute, tables }: Context, article: string) =>
  tables.photos === null
    ? 'null'
    : `(select ${photo('ph', fileRoute)} from ${besideTable(tables.articles, 'rels')} r join ${tables.photos} ph on ph.id = r.photos_id where r.parent_id = ${article}.id and r.path = 'photos' order by r."order" limit 1)`

/** What a table of contents shows of an article: no body. */
const articleSummary = (context: Context, article: string) =>
  `'id', ${article}.id, 'slug', ${article}.slug, 'title', ${article}.title, 'subtitle', ${article}.subtitle, 'kind', ${article}.kind, 'section', ${article}.section, 'position', ${article}.position, 'excerpt', ${article}.excerpt, 'department', (select ${named('d')} from ${context.tables.departments} d where d.id = ${article}.department_id), 'firstPhoto', ${firstPhoto(context, article)}`

const raw = (text: string) => sql.raw(text)

const officeCte = (context: Context, officeSlug: string) =>
  sql`o as (select id, slug, name, district, publication from ${raw(context.tables.offices)} where slug = ${officeSlug} limit 1)`

/** An issue with its published articles in printed order; the issue chosen by `issueWhere`. */
const issuePage = (context: Context, officeSlug: string, issueWhere: SQL): SQL => sql`
  with ${officeCte(context, officeSlug)},
  i as (
    select i.id, i.slug, i.title, i.publication, i.period, i.issue_number, i.running_number
    from ${raw(context.tables.issues)} i join o on i.office_id = o.id
    where i._status = 'published' and ${issueWhere}
    order by ${raw(byPrintedOrder('i'))} limit 1
  )
  select (
    select json_build_object(${raw(issueSummary('i'))}, 'office', ${raw(office('o'))},
      'articles', coalesce((
        select json_agg(json_build_object(${raw(articleSummary(context, 'a'))}) order by a.position, a.id)
        from ${raw(context.tables.articles)} a
        where a.issue_id = i.id and a._status = 'published'
      ), '[]'::json))
    from i, o
  ) as data`

export const latestIssueSql = (context: Context, args: { office: string }): SQL =>
  issuePage(context, args.office, sql`true`)

export const issueSql = (context: Context, args: { issue: string; office: string }): SQL =>
  issuePage(context, args.office, sql`i.slug = ${args.issue}`)

/** An article with its body, department, bylines, people and their roles, and photos. */
export const articleSql = (
  context: Context,
  args: { article: string; issue: string; office: string },
): SQL => sql`
  with ${officeCte(context, args.office)},
  i as (
    select i.id, i.slug, i.title, i.publication, i.period, i.issue_number, i.running_number
    from ${raw(context.tables.issues)} i join o on i.office_id = o.id
    where i._status = 'published' and i.slug = ${args.issue} limit 1
  ),
  a as (
    select a.* from ${raw(context.tables.articles)} a join i on a.issue_id = i.id
    where a._status = 'published' and a.slug = ${args.article} limit 1
  )
  select (
    select json_build_object(${raw(articleSummary(context, 'a'))}, 'body', a.body,
      'office', ${raw(office('o'))}, 'issue', json_build_object(${raw(issueSummary('i'))}),
      'authors', ${raw(relatedPeople(context, 'a', 'authors'))},
      'photographers', ${raw(relatedPeople(context, 'a', 'photographers'))},
      'mentions', coalesce((
        select json_agg(json_build_object('person', ${raw(named('p'))}, 'role', m.role) order by m._order)
        from ${raw(besideTable(context.tables.articles, 'mentions'))} m
        join ${raw(context.tables.people)} p on p.id = m.person_id
        where m._parent_id = a.id
      ), '[]'::json),
      'photos', ${raw(allPhotos(context, 'a'))})
    from a, i, o
  ) as data`

type Page = { limit: number; page: number }

/** A page of published articles (newest issue first) with their issue, as one JSON list. */
const articleList = (context: Context, found: string, { limit, page }: Page, extra = '') => sql`
  'articles', json_build_object(
    'totalDocs', (select count(*) from ${raw(found)}),
    'page', ${page}::int, 'limit', ${limit}::int,
    'docs', coalesce((
      select json_agg(json_build_object(${raw(articleSummary(context, 'a'))},
        'issue', json_build_object(${raw(issueSummary('i'))})${raw(extra)}) order by f.rank)
      from (
        select f.*, row_number() over (order by f.period desc, coalesce(f.issue_number, f.running_number, 0) desc, f.issue_id desc, f.position, f.article_id) as rank
        from ${raw(found)} f order by rank limit ${limit} offset ${(page - 1) * limit}
      ) f
      join ${raw(context.tables.articles)} a on a.id = f.article_id
      join ${raw(context.tables.issues)} i on i.id = f.issue_id
    ), '[]'::json))`

const foundColumns =
  'a.id as article_id, i.id as issue_id, i.period, i.issue_number, i.running_number, a.position'

/** A person with the published articles that credit or name them, and the roles printed there. */
export const personSql = (context: Context, args: Page & { office: string; person: string }) => {
  const rels = besideTable(context.tables.articles, 'rels')
  const mentions = besideTable(context.tables.articles, 'mentions')
  return sql`
  with ${officeCte(context, args.office)},
  p as (select p.id, p.slug, p.name from ${raw(context.tables.people)} p join o on p.office_id = o.id where p.slug = ${args.person} limit 1),
  credits as (
    select r.parent_id as article_id, case r.path when 'authors' then 'author' else 'photographer' end as credit, null::varchar as role
    from ${raw(rels)} r where r.people_id = (select id from p) and r.path in ('authors', 'photographers')
    union all
    select m._parent_id, 'mentioned', m.role from ${raw(mentions)} m where m.person_id = (select id from p)
  ),
  found as (
    select ${raw(foundColumns)},
      array_agg(distinct c.credit) as credits,
      coalesce(array_agg(distinct c.role) filter (where c.role is not null), '{}') as roles
    from credits c
    join ${raw(context.tables.articles)} a on a.id = c.article_id and a._status = 'published'
    join ${raw(context.tables.issues)} i on i.id = a.issue_id and i._status = 'published'
    group by a.id, i.id
  )
  select (
    select json_build_object('id', p.id, 'slug', p.slug, 'name', p.name, 'office', ${raw(office('o'))},
      ${articleList(context, 'found', args, ", 'credits', to_json(f.credits), 'roles', to_json(f.roles)")})
    from p, o
  ) as data`
}

/** A department with the published articles it is credited with. */
export const departmentSql = (
  context: Context,
  args: Page & { department: string; office: string },
) => sql`
  with ${officeCte(context, args.office)},
  d as (select d.id, d.slug, d.name from ${raw(context.tables.departments)} d join o on d.office_id = o.id where d.slug = ${args.department} limit 1),
  found as (
    select ${raw(foundColumns)}
    from ${raw(context.tables.articles)} a
    join ${raw(context.tables.issues)} i on i.id = a.issue_id and i._status = 'published'
    where a.department_id = (select id from d) and a._status = 'published'
  )
  select (
    select json_build_object('id', d.id, 'slug', d.slug, 'name', d.name, 'office', ${raw(office('o'))},
      ${articleList(context, 'found', args)})
    from d, o
  ) as data`

/** An office's published issues of one year (the latest year when none is asked), and its years. */
export const issuesSql = (context: Context, args: { office: string; year?: null | string }) => sql`
  with ${officeCte(context, args.office)},
  pub as (
    select i.id, i.slug, i.title, i.publication, i.period, i.issue_number, i.running_number, left(i.period, 4) as year
    from ${raw(context.tables.issues)} i join o on i.office_id = o.id where i._status = 'published'
  ),
  chosen as (select coalesce(${args.year ?? null}::text, (select max(year) from pub)) as year)
  select (
    select json_build_object('office', ${raw(office('o'))},
      'years', coalesce((select json_agg(y.year order by y.year desc) from (select distinct year from pub) y), '[]'::json),
      'year', (select year from chosen),
      'issues', coalesce((
        select json_agg(json_build_object(${raw(issueSummary('i'))}) order by ${raw(byPrintedOrder('i'))})
        from pub i where i.year = (select year from chosen)
      ), '[]'::json))
    from o
  ) as data`

export type SiteSqlContext = Context

/** One statement of a site query. */
export type SiteSql = SQL
