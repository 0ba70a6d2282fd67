import type { TaskConfig } from 'payload'

import type { SanitizedBulletinPluginOptions } from '../types'
import { generateImportBulletinTask } from './importBulletinTask'
import { generateScanInboxTask } from './scanInboxTask'

/** The plugin's job tasks: one import per file, and the inbox scan. */
export const generateBulletinTasks = (options: SanitizedBulletinPluginOptions): TaskConfig[] => [
  generateImportBulletinTask({ importFilesStaticDir: options.importFilesStaticDir }),
  generateScanInboxTask({ inbox: options.inbox }),
]
