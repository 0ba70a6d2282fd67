import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * An article's source lines (JSON of Chinese text, like its body) are stored out of line without
 * compression too, as 20261201_084500_article_body_storage does for bodies and snapshots. With
 * every text and JSON column of articles and their versions stored so, a bulk import of 1,500
 * issues used about 0.93 rather than 1.05 ms of PostgreSQL CPU per article; the source lines are
 * the large column of those not stored so before. Only storage changes, not the schema.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" ALTER COLUMN "provenance_source_lines" SET STORAGE EXTERNAL;
  ALTER TABLE "_articles_v" ALTER COLUMN "version_provenance_source_lines" SET STORAGE EXTERNAL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" ALTER COLUMN "provenance_source_lines" SET STORAGE EXTENDED;
  ALTER TABLE "_articles_v" ALTER COLUMN "version_provenance_source_lines" SET STORAGE EXTENDED;`)
}
