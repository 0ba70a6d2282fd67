import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "provenance_source_lines" jsonb;
  ALTER TABLE "articles" ADD COLUMN "needs_review" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_provenance_source_lines" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_needs_review" boolean DEFAULT false;
  CREATE INDEX "articles_needs_review_idx" ON "articles" USING btree ("needs_review");
  CREATE INDEX "_articles_v_version_version_needs_review_idx" ON "_articles_v" USING btree ("version_needs_review");
  UPDATE "articles" SET "needs_review" = EXISTS (SELECT 1 FROM "articles_diagnostics" d WHERE d."_parent_id" = "articles"."id" AND d."is_resolved" IS NOT TRUE);
  UPDATE "_articles_v" SET "version_needs_review" = EXISTS (SELECT 1 FROM "_articles_v_version_diagnostics" d WHERE d."_parent_id" = "_articles_v"."id" AND d."is_resolved" IS NOT TRUE);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_needs_review_idx";
  DROP INDEX "_articles_v_version_version_needs_review_idx";
  ALTER TABLE "articles" DROP COLUMN "provenance_source_lines";
  ALTER TABLE "articles" DROP COLUMN "needs_review";
  ALTER TABLE "_articles_v" DROP COLUMN "version_provenance_source_lines";
  ALTER TABLE "_articles_v" DROP COLUMN "version_needs_review";`)
}
