import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Article bodies (Lexical JSON of Chinese text, which PostgreSQL's built-in compression barely
 * shrinks) and import snapshots are stored out of line without compression: compressing them
 * was a tenth of the database's work in a bulk import. Only storage changes, not the schema.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" ALTER COLUMN "body" SET STORAGE EXTERNAL;
  ALTER TABLE "articles" ALTER COLUMN "imported_snapshot" SET STORAGE EXTERNAL;
  ALTER TABLE "_articles_v" ALTER COLUMN "version_body" SET STORAGE EXTERNAL;
  ALTER TABLE "_articles_v" ALTER COLUMN "version_imported_snapshot" SET STORAGE EXTERNAL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" ALTER COLUMN "body" SET STORAGE EXTENDED;
  ALTER TABLE "articles" ALTER COLUMN "imported_snapshot" SET STORAGE EXTENDED;
  ALTER TABLE "_articles_v" ALTER COLUMN "version_body" SET STORAGE EXTENDED;
  ALTER TABLE "_articles_v" ALTER COLUMN "version_imported_snapshot" SET STORAGE EXTENDED;`)
}
