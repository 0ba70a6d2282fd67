import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_import_runs_status" ADD VALUE 'rolledBack';
  ALTER TABLE "import_runs" ADD COLUMN "created_documents" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "import_runs" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "import_runs" ALTER COLUMN "status" SET DEFAULT 'queued'::text;
  DROP TYPE "public"."enum_import_runs_status";
  CREATE TYPE "public"."enum_import_runs_status" AS ENUM('queued', 'running', 'succeeded', 'failed', 'skipped');
  ALTER TABLE "import_runs" ALTER COLUMN "status" SET DEFAULT 'queued'::"public"."enum_import_runs_status";
  ALTER TABLE "import_runs" ALTER COLUMN "status" SET DATA TYPE "public"."enum_import_runs_status" USING "status"::"public"."enum_import_runs_status";
  ALTER TABLE "import_runs" DROP COLUMN "created_documents";`)
}
