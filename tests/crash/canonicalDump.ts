import pg from 'pg'

/**
 * The database's bulletin content with ids and timestamps left out, so two imports of the same
 * files compare equal however they got there. Also the integrity problems a crash could leave.
 */
export const canonicalDump = async (url: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const rows = async (sql: string) => (await client.query(sql)).rows as unknown[]
  try {
    return {
      articles:
        await rows(`select i.source_file_sha256 as issue, a.position, a.title, a.kind, a._status
        from articles a join issues i on i.id = a.issue_id order by 1, 2`),
      departments: await rows(
        `select o.name as office, d.name from departments d join offices o on o.id = d.office_id order by 1, 2`,
      ),
      issues: await rows(
        `select o.name as office, i.period, i.source_file_sha256, i.title from issues i join offices o on o.id = i.office_id order by 1, 2, 3`,
      ),
      issuesWithoutArticles: await rows(
        `select i.id from issues i where not exists (select 1 from articles a where a.issue_id = i.id)`,
      ),
      mentions: await rows(`select a.title, p.name, m.role from articles_mentions m
        join articles a on a.id = m._parent_id join people p on p.id = m.person_id order by 1, 2`),
      offices: await rows(`select name, district from offices order by 1`),
      orphanPeople:
        await rows(`select p.name from people p where not exists (select 1 from articles_mentions m where m.person_id = p.id)
        and not exists (select 1 from articles_rels r where r.people_id = p.id)`),
      orphanPhotos: await rows(`select caption from photos where article_id is null`),
      people: await rows(
        `select o.name as office, p.name from people p join offices o on o.id = p.office_id order by 1, 2`,
      ),
      photos: await rows(`select caption from photos order by 1`),
    }
  } finally {
    await client.end()
  }
}
