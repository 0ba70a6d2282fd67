import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * An article's source lines (JSON of Chinese text, like its body) are stored out of line without
 * compression too, for the same reason as 20261201_084500_article_body_storage: compressing them
 * was about a tenth of the database's work in a bulk import (`npm run bench:import`: 1.05 → 0.93
 * ms of PostgreSQL CPU per article). Only storage changes, not the schema.
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
