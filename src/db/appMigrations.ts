import type { Payload } from 'payload'

import { migrations } from '../migrations'

type Migrations = NonNullable<NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']>

/** The committed migrations, typed as `payload.db.migrate` takes them. */
export const appMigrations = migrations as unknown as Migrations
