import type { BulletinCollectionKey, CollectionLabels } from './types'

export const defaultLabels: Record<BulletinCollectionKey, CollectionLabels> = {
  articles: { plural: { en: 'Articles', zh: '文章' }, singular: { en: 'Article', zh: '文章' } },
  departments: {
    plural: { en: 'Departments', zh: '部门' },
    singular: { en: 'Department', zh: '部门' },
  },
  importRuns: {
    plural: { en: 'Import runs', zh: '导入记录' },
    singular: { en: 'Import run', zh: '导入记录' },
  },
  issues: { plural: { en: 'Issues', zh: '期刊' }, singular: { en: 'Issue', zh: '期刊' } },
  offices: {
    plural: { en: 'Street offices', zh: '街道' },
    singular: { en: 'Street office', zh: '街道' },
  },
  people: { plural: { en: 'People', zh: '人物' }, singular: { en: 'Person', zh: '人物' } },
  photos: { plural: { en: 'Photos', zh: '图片' }, singular: { en: 'Photo', zh: '图片' } },
}

export const defaultPhotosStaticDir = '.data/media/photos'
export const defaultImportFilesStaticDir = '.data/media/bulletins'

/** Admin sidebar groups. */
export const adminGroups = {
  content: { en: 'Bulletin content', zh: '社区报内容' },
  settings: { en: 'Settings', zh: '设置' },
} as const

export const defaultRevalidation = { attempts: 5, backoffDelayMs: 1000, timeoutMs: 10_000 }

/** Every five minutes (Payload crons have a seconds field first). */
export const defaultInboxCron = '0 */5 * * * *'

/** The caches of published reads: a thousand entries, none older than a minute. */
export const defaultCache = { maxEntries: 1000, ttlSeconds: 60 }
