import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "imported_snapshot" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_imported_snapshot" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "imported_snapshot";
  ALTER TABLE "_articles_v" DROP COLUMN "version_imported_snapshot";`)
}
