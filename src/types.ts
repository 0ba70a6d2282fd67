import type { BulletinSlugs } from './constants'

/** A label in each admin language. */
export type LocalizedLabel = { en: string; zh: string }

export type CollectionLabels = { plural: LocalizedLabel; singular: LocalizedLabel }

export type BulletinCollectionKey = Exclude<keyof BulletinSlugs, 'users'>

export type BulletinPluginOptions = {
  /**
   * The in-process caches of published reads (site queries, and anonymous GET responses where
   * the routes use withPublicCaching), cleared whenever published content changes.
   * @default { maxEntries: 1000, ttlSeconds: 60 }
   */
  cache?: {
    /** Entries each cache keeps; 0 turns caching off. */
    maxEntries?: number
    /** Longest life of an entry (bounds staleness from writes that bypass Payload's hooks). */
    ttlSeconds?: number
  }
  /**
   * Collections that may be left out. Offices, Issues, Articles, Departments and People are the
   * schema itself and are always added.
   * @default { importRuns: true, photos: true }
   */
  collections?: { importRuns?: boolean; photos?: boolean }
  /**
   * The import inbox: a folder scanned on a schedule for new bulletin files (top level: office
   * inferred; a sub-folder per office slug). Handled files move to processed/ or failed/.
   * @default no inbox
   */
  inbox?: { cron?: string; dir: string }
  /**
   * The revalidation webhook each office may set: a signed POST naming the site paths and cache
   * tags to refresh after published content changes, sent by the jobs queue.
   * @default { attempts: 5, backoffDelayMs: 1000, timeoutMs: 10000 }
   */
  revalidation?: {
    /** Retries after a failed request (non-2xx, network error or timeout). */
    attempts?: number
    /** First retry delay; each further retry waits twice as long. */
    backoffDelayMs?: number
    /** How long one request may take before it counts as failed. */
    timeoutMs?: number
  }
  /**
   * Run queued imports inside the web app (development). In production run `npm run worker`.
   * @default false
   */
  runJobsInApp?: boolean
  /**
   * Turns the plugin off: the host config is returned unchanged.
   * @default false
   */
  disabled?: boolean
  /**
   * Overrides of collection labels (singular and plural, in Chinese and English).
   * @default the labels in `defaults.ts`
   */
  labels?: Partial<Record<BulletinCollectionKey, Partial<CollectionLabels>>>
  /**
   * Overrides of collection slugs, for hosts that already use a slug of ours. `users` names the
   * host's existing auth collection, which gains a `roles` field and the office assignments.
   * @default the slugs in `constants.ts`
   */
  slugs?: Partial<BulletinSlugs>
  /**
   * Folder where uploaded photo files are stored when no storage adapter handles them.
   * @default '.data/media/photos'
   */
  photosStaticDir?: string
  /**
   * Folder where uploaded bulletin files of import runs are stored.
   * @default '.data/media/bulletins'
   */
  importFilesStaticDir?: string
}

export type SanitizedBulletinPluginOptions = {
  cache: { maxEntries: number; ttlSeconds: number }
  inbox: { cron: string; dir: string } | null
  revalidation: { attempts: number; backoffDelayMs: number; timeoutMs: number }
  runJobsInApp: boolean
  collections: { importRuns: boolean; photos: boolean }
  disabled: boolean
  importFilesStaticDir: string
  labels: Record<BulletinCollectionKey, CollectionLabels>
  photosStaticDir: string
  slugs: BulletinSlugs
}

/** What each collection factory receives. */
export type CollectionFactoryArgs = {
  labels: CollectionLabels
  options: SanitizedBulletinPluginOptions
}
