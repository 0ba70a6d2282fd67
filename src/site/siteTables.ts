import type { SanitizedBulletinPluginOptions } from '../types'

/** The plugin's table names, as the PostgreSQL adapter derives them from collection slugs. */
export type SiteTables = {
  articles: string
  departments: string
  issues: string
  offices: string
  people: string
  /** Null when the host left the photos collection out. */
  photos: null | string
}

const toTableName = (slug: string): string => `"${slug.replace(/-/g, '_')}"`

const quote = (name: string, suffix: string) => `"${name.slice(1, -1)}${suffix}"`

/** Quoted table names of the collections the site queries read. */
export const toSiteTables = ({
  collections,
  slugs,
}: SanitizedBulletinPluginOptions): SiteTables => ({
  articles: toTableName(slugs.articles),
  departments: toTableName(slugs.departments),
  issues: toTableName(slugs.issues),
  offices: toTableName(slugs.offices),
  people: toTableName(slugs.people),
  photos: collections.photos ? toTableName(slugs.photos) : null,
})

/** `"articles_rels"`, `"articles_mentions"`: a table beside a collection's own. */
export const besideTable = (table: string, suffix: string): string => quote(table, `_${suffix}`)
