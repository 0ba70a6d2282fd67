import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Users } from '../collections/Users'
import { bulletinPlugin } from './index'
import { migrations } from './migrations'
import { readOptionalNumber } from './utilities/readOptionalNumber'
import { readPayloadSecret } from './utilities/readPayloadSecret'
import { readReplicaUrls } from './utilities/readReplicaUrls'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const isProduction = process.env.NODE_ENV === 'production'

export default buildConfig({
  admin: {
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · 社区报管理' },
    user: Users.slug,
  },
  collections: [Users],
  db: postgresAdapter({
    migrationDir: path.resolve(dirname, 'migrations'),
    pool: { connectionString: process.env.DATABASE_URL ?? '' },
    prodMigrations: migrations,
    // The schema is shaped by committed migrations only: push asks questions on a terminal.
    push: false,
    readReplicas: readReplicaUrls(process.env.DATABASE_READ_REPLICA_URLS),
  }),
  editor: lexicalEditor(),
  graphQL: {
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
  },
  i18n: {
    fallbackLanguage: 'zh',
    supportedLanguages: { en, zh },
  },
  plugins: [
    bulletinPlugin({
      inbox: process.env.IMPORT_INBOX
        ? { cron: process.env.IMPORT_INBOX_CRON, dir: path.resolve(process.env.IMPORT_INBOX) }
        : undefined,
      revalidation: {
        attempts: readOptionalNumber('REVALIDATION_WEBHOOK_ATTEMPTS'),
        backoffDelayMs: readOptionalNumber('REVALIDATION_WEBHOOK_BACKOFF_MS'),
        timeoutMs: readOptionalNumber('REVALIDATION_WEBHOOK_TIMEOUT_MS'),
      },
      runJobsInApp: process.env.RUN_JOBS_IN_APP
        ? process.env.RUN_JOBS_IN_APP === 'true'
        : !isProduction,
    }),
  ],
  secret: readPayloadSecret({ isProduction }),
  serverURL: process.env.SERVER_URL ?? '',
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
