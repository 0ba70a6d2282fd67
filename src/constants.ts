import type { CollectionSlug } from 'payload'

/** Default collection slugs. Hosts may override them through `bulletinPlugin({ slugs })`. */
export const defaultSlugs = {
  articles: 'articles',
  departments: 'departments',
  importRuns: 'import-runs',
  issues: 'issues',
  offices: 'offices',
  people: 'people',
  photos: 'photos',
  users: 'users',
} as const

/** Slugs are the host's collection slugs (its generated types' `CollectionSlug`). */
export type BulletinSlugs = { [K in keyof typeof defaultSlugs]: CollectionSlug }

/** The field on every office-scoped collection that names its office (the tenant). */
export const officeFieldName = 'office'

export const articleKinds = ['article', 'brief', 'sidebar', 'notice'] as const
export type ArticleKind = (typeof articleKinds)[number]

/** `site` is a downstream site's read-only API key user, with exactly one office. */
export const userRoles = ['admin', 'editor', 'author', 'site'] as const
export type UserRole = (typeof userRoles)[number]

export const importRunStatuses = [
  'queued',
  'running',
  'succeeded',
  'failed',
  'skipped',
  'rolledBack',
] as const
export type ImportRunStatus = (typeof importRunStatuses)[number]

export const diagnosticLevels = ['error', 'warning', 'info'] as const
