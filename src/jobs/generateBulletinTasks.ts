import type { TaskConfig } from 'payload'

import type { SanitizedBulletinPluginOptions } from '../types'
import { generateImportBulletinTask } from './importBulletinTask'
import { generateScanInboxTask } from './scanInboxTask'
import { generateSendRevalidationWebhookTask } from './sendRevalidationWebhookTask'

/** The plugin's job tasks: one import per file, the inbox scan, and revalidation webhooks. */
export const generateBulletinTasks = (options: SanitizedBulletinPluginOptions): TaskConfig[] => [
  generateImportBulletinTask({ importFilesStaticDir: options.importFilesStaticDir }),
  generateScanInboxTask({ inbox: options.inbox }),
  generateSendRevalidationWebhookTask({
    ...options.revalidation,
    officesSlug: options.slugs.offices,
  }),
]
