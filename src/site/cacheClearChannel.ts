import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import pg from 'pg'

import type { ContentChangeListener } from '../changes/types'

import { transactionDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import { clearPublicCaches } from './publicCaches'

/** The PostgreSQL channel on which web instances tell each other to clear their caches. */
export const cacheClearChannel = 'bulletin_public_caches'

/**
 * Tells every instance listening on the database to clear its caches. Sent inside the change's
 * transaction, PostgreSQL delivers it only once that commits, so no instance re-reads old rows.
 */
export const notifyCacheClear: ContentChangeListener = async ({ office, req }) => {
  const db = await transactionDb({ payload: req.payload, req })
  await db.execute(sql`select pg_notify(${cacheClearChannel}, ${office.slug})`)
}

const listenerKey = Symbol.for('payload-plugin-bulletin.cacheClearListener')

type Holder = { [listenerKey]?: { stop: () => Promise<void> } }

const reconnectDelayMs = 1000

/**
 * Listens on the channel with a connection of its own (once per process; Next may evaluate the
 * config once per route) and clears the caches on each notification; reconnects when the
 * connection drops, clearing then too, since notifications may have been missed. Its socket does
 * not keep the process alive.
 */
export const listenForCacheClears = (connectionString: string): { stop: () => Promise<void> } => {
  const holder = globalThis as Holder
  const existing = holder[listenerKey]
  if (existing) return existing
  let client: null | pg.Client = null
  let isStopped = false
  const connect = async () => {
    if (isStopped) return
    const next = new pg.Client({ connectionString })
    client = next
    next.on('notification', () => clearPublicCaches())
    next.on('error', () => undefined)
    next.on('end', () => {
      if (isStopped) return
      clearPublicCaches()
      setTimeout(() => void connect(), reconnectDelayMs).unref()
    })
    try {
      await next.connect()
      ;(
        next as unknown as { connection?: { stream?: { unref?: () => void } } }
      ).connection?.stream?.unref?.()
      await next.query(`listen ${cacheClearChannel}`)
    } catch {
      await next.end().catch(() => undefined)
    }
  }
  void connect()
  const listener = {
    stop: async () => {
      isStopped = true
      delete holder[listenerKey]
      await client?.end().catch(() => undefined)
    },
  }
  holder[listenerKey] = listener
  return listener
}

/** The connection string of the adapter's primary, for the listener. */
export const readPrimaryConnectionString = (payload: Payload): string | undefined =>
  (payload.db as unknown as PostgresAdapter).poolOptions?.connectionString
