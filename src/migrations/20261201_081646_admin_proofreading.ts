import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "provenance_source_lines" jsonb;
  ALTER TABLE "articles" ADD COLUMN "needs_review" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_provenance_source_lines" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_needs_review" boolean DEFAULT false;
  CREATE INDEX "articles_needs_review_idx" ON "articles" USING btree ("needs_review");
  CREATE INDEX "_articles_v_version_version_needs_review_idx" ON "_articles_v" USING btree ("version_needs_review");
  -- The admin lists the latest versions of an office's articles in Payload's order (position,
  -- then newest first): partial indexes in exactly that order, not in Payload's schema.
  CREATE INDEX "_articles_v_latest_office_position_idx" ON "_articles_v" USING btree ("version_office_id", "version_position", "created_at" DESC) WHERE "latest";
  CREATE INDEX "_articles_v_latest_position_idx" ON "_articles_v" USING btree ("version_position", "created_at" DESC) WHERE "latest";
  UPDATE "articles" SET "needs_review" = EXISTS (SELECT 1 FROM "articles_diagnostics" d WHERE d."_parent_id" = "articles"."id" AND d."is_resolved" IS NOT TRUE);
  UPDATE "_articles_v" SET "version_needs_review" = EXISTS (SELECT 1 FROM "_articles_v_version_diagnostics" d WHERE d."_parent_id" = "_articles_v"."id" AND d."is_resolved" IS NOT TRUE);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_articles_v_latest_office_position_idx";
  DROP INDEX "_articles_v_latest_position_idx";
  DROP INDEX "articles_needs_review_idx";
  DROP INDEX "_articles_v_version_version_needs_review_idx";
  ALTER TABLE "articles" DROP COLUMN "provenance_source_lines";
  ALTER TABLE "articles" DROP COLUMN "needs_review";
  ALTER TABLE "_articles_v" DROP COLUMN "version_provenance_source_lines";
  ALTER TABLE "_articles_v" DROP COLUMN "version_needs_review";`)
}
