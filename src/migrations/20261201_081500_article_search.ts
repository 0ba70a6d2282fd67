import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { transactionDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import { rebuildSearchIndex } from '../search/indexArticles'
import { resolveSearchTables } from '../search/searchTables'
import { defaultSlugs } from '../constants'

// The search index lives beside Payload's tables, in a table of its own, so Payload's schema
// snapshots (and migrate:create) never see it. title_vector ranks, body_vector checks phrases,
// match_vector (both stripped of positions, plus the office) is what the GIN index answers.
// Articles already published are indexed here.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "bulletin_article_search" (
  	"article_id" integer PRIMARY KEY NOT NULL REFERENCES "articles"("id") ON DELETE CASCADE,
  	"office_id" integer REFERENCES "offices"("id") ON DELETE CASCADE,
  	"content" text NOT NULL,
  	"title_vector" tsvector NOT NULL,
  	"body_vector" tsvector NOT NULL,
  	"match_vector" tsvector NOT NULL
  );
  CREATE INDEX "bulletin_article_search_match_idx" ON "bulletin_article_search" USING gin ("match_vector");
  CREATE INDEX "bulletin_article_search_office_idx" ON "bulletin_article_search" ("office_id");`)
  await rebuildSearchIndex({
    db: await transactionDb({ payload, req }),
    tables: resolveSearchTables({ payload, slugs: defaultSlugs }),
  })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "bulletin_article_search";`)
}
