import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "issues" ADD COLUMN "slug" varchar;
  ALTER TABLE "_issues_v" ADD COLUMN "version_slug" varchar;
  CREATE INDEX "issues_slug_idx" ON "issues" USING btree ("slug");
  CREATE INDEX "_issues_v_version_version_slug_idx" ON "_issues_v" USING btree ("version_slug");`)
  // Existing rows get the slugs the hooks would give: issues their period and number, and a
  // slug already used in the same office gets the row's id appended (slugs are unique per office).
  await db.execute(sql`
  UPDATE "issues" i SET "slug" = CASE WHEN r.rn = 1 THEN r.base ELSE r.base || '-' || r.rn END
  FROM (
    SELECT id, base, row_number() OVER (PARTITION BY office_id, base ORDER BY id) AS rn
    FROM (
      SELECT id, office_id,
        period || coalesce('-' || coalesce(issue_number, running_number)::text, '') AS base
      FROM "issues"
    ) b
  ) r
  WHERE i.id = r.id;
  UPDATE "_issues_v" v SET "version_slug" = i."slug" FROM "issues" i WHERE v.parent_id = i.id;
  UPDATE "articles" a SET "slug" = a."slug" || '-' || a.id FROM (
    SELECT id, row_number() OVER (PARTITION BY office_id, slug ORDER BY id) AS rn
    FROM "articles" WHERE coalesce(slug, '') <> ''
  ) d WHERE a.id = d.id AND d.rn > 1;
  UPDATE "people" p SET "slug" = p."slug" || '-' || p.id FROM (
    SELECT id, row_number() OVER (PARTITION BY office_id, slug ORDER BY id) AS rn
    FROM "people" WHERE coalesce(slug, '') <> ''
  ) d WHERE p.id = d.id AND d.rn > 1;
  UPDATE "departments" p SET "slug" = p."slug" || '-' || p.id FROM (
    SELECT id, row_number() OVER (PARTITION BY office_id, slug ORDER BY id) AS rn
    FROM "departments" WHERE coalesce(slug, '') <> ''
  ) d WHERE p.id = d.id AND d.rn > 1;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "issues_slug_idx";
  DROP INDEX "_issues_v_version_version_slug_idx";
  ALTER TABLE "issues" DROP COLUMN "slug";
  ALTER TABLE "_issues_v" DROP COLUMN "version_slug";`)
}
