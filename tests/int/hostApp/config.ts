import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import type { BulletinPluginOptions } from '../../../src/index'

import { bulletinPlugin } from '../../../src/index'

/** What the host's own onInit saw, so a test can tell it ran (and ran first). */
export const hostInitLog: string[] = []

/**
 * A second host app, unlike ours: its own staff collection and pages, an endpoint, a job task,
 * an onInit, and slugs of ours it renames. The plugin must leave all of it working.
 */
export const buildHostConfig = (databaseUrl: string) =>
  buildConfig({
    admin: { user: 'staff' },
    collections: [
      {
        slug: 'staff',
        auth: true,
        fields: [{ name: 'displayName', type: 'text' }],
      },
      {
        slug: 'pages',
        fields: [{ name: 'heading', type: 'text', required: true }],
        hooks: {
          beforeChange: [({ data }) => ({ ...data, heading: String(data.heading).trim() })],
        },
      },
    ],
    db: postgresAdapter({ pool: { connectionString: databaseUrl }, push: true }),
    editor: lexicalEditor(),
    endpoints: [
      { handler: () => Response.json({ ok: true }), method: 'get', path: '/host-health' },
    ],
    jobs: { tasks: [{ handler: () => ({ output: {} }), slug: 'hostTask' }] },
    onInit: (payload) => {
      hostInitLog.push(`host onInit with ${payload.config.collections.length} collections`)
    },
    plugins: [
      bulletinPlugin({
        collections: { importRuns: false },
        slugs: { offices: 'sites', users: 'staff' } as unknown as BulletinPluginOptions['slugs'],
      }),
    ],
    secret: 'host-test-secret',
    telemetry: false,
  })
