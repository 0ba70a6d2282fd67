import { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Changes nothing: its snapshot (the .json beside it) records the schema as the migrations
 * before it leave it. Those were written side by side (access control, site slugs, proof-reading
 * fields, photo storage), each from an older snapshot, so the next `migrate:create` diffs from
 * this one instead of repeating their changes.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
