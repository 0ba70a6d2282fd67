import { defaultSlugs } from '../constants'
import {
  defaultCache,
  defaultImportFilesStaticDir,
  defaultInboxCron,
  defaultLabels,
  defaultPhotosStaticDir,
  defaultRevalidation,
} from '../defaults'
import type {
  BulletinCollectionKey,
  BulletinPluginOptions,
  CollectionLabels,
  SanitizedBulletinPluginOptions,
} from '../types'

const mergeLabels = (
  overrides: BulletinPluginOptions['labels'],
): Record<BulletinCollectionKey, CollectionLabels> => {
  const keys = Object.keys(defaultLabels) as BulletinCollectionKey[]
  return Object.fromEntries(
    keys.map((key) => [key, { ...defaultLabels[key], ...overrides?.[key] }]),
  ) as Record<BulletinCollectionKey, CollectionLabels>
}

/** Fills every option with its default, once, so the rest of the plugin reads plain values. */
export const sanitizePluginOptions = (
  options: BulletinPluginOptions = {},
): SanitizedBulletinPluginOptions => ({
  cache: {
    maxEntries: options.cache?.maxEntries ?? defaultCache.maxEntries,
    ttlSeconds: options.cache?.ttlSeconds ?? defaultCache.ttlSeconds,
  },
  collections: {
    importRuns: options.collections?.importRuns ?? true,
    photos: options.collections?.photos ?? true,
  },
  disabled: options.disabled ?? false,
  importFilesStaticDir: options.importFilesStaticDir ?? defaultImportFilesStaticDir,
  inbox: options.inbox
    ? { cron: options.inbox.cron ?? defaultInboxCron, dir: options.inbox.dir }
    : null,
  revalidation: {
    attempts: options.revalidation?.attempts ?? defaultRevalidation.attempts,
    backoffDelayMs: options.revalidation?.backoffDelayMs ?? defaultRevalidation.backoffDelayMs,
    timeoutMs: options.revalidation?.timeoutMs ?? defaultRevalidation.timeoutMs,
  },
  runJobsInApp: options.runJobsInApp ?? false,
  labels: mergeLabels(options.labels),
  photosStaticDir: options.photosStaticDir ?? defaultPhotosStaticDir,
  slugs: { ...defaultSlugs, ...options.slugs },
})
