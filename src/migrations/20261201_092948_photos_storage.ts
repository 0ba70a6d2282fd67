import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "photos" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "photos" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "photos" DROP COLUMN "prefix";
  ALTER TABLE "photos" DROP COLUMN "_objectkey";`)
}
