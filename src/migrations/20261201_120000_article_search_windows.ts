import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Search at scale. The table is rebuilt in article order, without body_vector (never read) and
// with small rows: the text and the match vector go to TOAST (toast_tuple_target), the title
// vector stays inline (STORAGE MAIN), so the bitmap scans of a search read compact pages and
// never a vector out of TOAST. The match vector gains the title's words marked '#t:' (title
// matches from the GIN index) and the article's id blocks '#r7:', '#r10:', '#r13:', '#r16:'
// (id >> bits): a search reads the newest blocks first and stops once it has its page, so a
// word in most articles costs as little as a rare one. bulletin_search_hits runs that loop.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "bulletin_article_search_new" (
  	"article_id" integer PRIMARY KEY NOT NULL REFERENCES "articles"("id") ON DELETE CASCADE,
  	"office_id" integer REFERENCES "offices"("id") ON DELETE CASCADE,
  	"content" text NOT NULL,
  	"title_vector" tsvector NOT NULL,
  	"match_vector" tsvector NOT NULL
  ) WITH (toast_tuple_target = 128, parallel_workers = 0);
  ALTER TABLE "bulletin_article_search_new" ALTER COLUMN "title_vector" SET STORAGE MAIN;
  INSERT INTO "bulletin_article_search_new"
  SELECT "article_id", "office_id", "content", "title_vector",
    "match_vector"
      || array_to_tsvector(array(SELECT '#t:' || l FROM unnest(tsvector_to_array("title_vector")) l))
      || array_to_tsvector(array['#r7:' || ("article_id" >> 7), '#r10:' || ("article_id" >> 10),
        '#r13:' || ("article_id" >> 13), '#r16:' || ("article_id" >> 16)])
  FROM "bulletin_article_search" ORDER BY "article_id";
  DROP TABLE "bulletin_article_search";
  ALTER TABLE "bulletin_article_search_new" RENAME TO "bulletin_article_search";
  ALTER TABLE "bulletin_article_search" RENAME CONSTRAINT "bulletin_article_search_new_pkey" TO "bulletin_article_search_pkey";
  CREATE INDEX "bulletin_article_search_match_idx" ON "bulletin_article_search" USING gin ("match_vector");
  CREATE INDEX "bulletin_article_search_office_idx" ON "bulletin_article_search" ("office_id");
  ANALYZE "bulletin_article_search";

  -- The ids of one page of a search, newest first: title matches (p_title_phrase on the
  -- title vector, found through p_title_match), then the other matches; and the count of
  -- matches, exact up to p_count_cap and more than it once it stops. Ids from p_newer_than up
  -- (only when the caller's newest id is stale) are walked; then the windows (tsqueries of id
  -- blocks, newest first, window k holding ids from p_window_starts[k] up) are read one by one,
  -- one GIN lookup each, until the page and the count are there; once the ids read say few
  -- matches are left below, the rest is read in one lookup. Generic plans with sequential
  -- scans off: planned once a connection.
  CREATE FUNCTION "bulletin_search_hits"(
    p_match tsquery, p_title_match tsquery, p_title_phrase tsquery, p_windows tsquery[],
    p_window_starts integer[], p_newer_than integer, p_skip integer, p_take integer,
    p_count_cap integer)
  RETURNS TABLE ("article_id" integer, "is_title_hit" boolean, "total" integer, "top_id" integer)
  LANGUAGE plpgsql STABLE
  SET enable_seqscan = off
  SET plan_cache_mode = force_generic_plan
  AS $fn$
  DECLARE
    -- Matches one lookup of the rest may read rather than more windows.
    few constant integer := 200;
    wanted integer := p_skip + p_take;
    title_ids integer[] := '{}';
    body_ids integer[] := '{}';
    window_ids integer[];
    window_title_ids integer[];
    window_count integer;
    -- The first window, and its end, not yet read for titles.
    next_window integer := 1;
    title_below integer := p_newer_than;
    titles_read integer;
    counted integer := 0;
    below integer;
  BEGIN
    -- IS TRUE keeps an index out: the GIN index's whole list of a common word, or the primary
    -- key's every id, costs far more than the rows filtered.
    IF exists (SELECT 1 FROM bulletin_article_search s WHERE s.article_id >= p_newer_than) THEN
      title_ids := array(SELECT s.article_id FROM bulletin_article_search s
        WHERE s.article_id >= p_newer_than AND (s.match_vector @@ p_title_match) IS TRUE
          AND s.title_vector @@ p_title_phrase
        ORDER BY s.article_id DESC LIMIT wanted);
      SELECT count(*), coalesce(array_agg(s.article_id ORDER BY s.article_id DESC)
          FILTER (WHERE NOT s.title_vector @@ p_title_phrase), '{}')
        INTO counted, body_ids
        FROM bulletin_article_search s
        WHERE s.article_id >= p_newer_than AND (s.match_vector @@ p_match) IS TRUE;
    END IF;
    -- One lookup a window counts its matches and lists its title and other matches, until
    -- the count is past the cap and the page is there.
    below := p_newer_than;
    FOR k IN 1 .. cardinality(p_windows) LOOP
      EXIT WHEN counted > p_count_cap AND cardinality(title_ids) + cardinality(body_ids) >= wanted;
      IF k > 1 AND counted::bigint * below <= few::bigint * (p_newer_than - below) THEN
        SELECT count(*),
            coalesce(array_agg(s.article_id ORDER BY s.article_id DESC)
              FILTER (WHERE s.title_vector @@ p_title_phrase), '{}'),
            coalesce(array_agg(s.article_id ORDER BY s.article_id DESC)
              FILTER (WHERE NOT s.title_vector @@ p_title_phrase), '{}')
          INTO window_count, window_title_ids, window_ids
          FROM bulletin_article_search s
          WHERE s.match_vector @@ p_match AND (s.article_id < below) IS TRUE;
        counted := counted + window_count;
        title_ids := title_ids || window_title_ids;
        body_ids := body_ids || window_ids;
        title_below := 0;
        EXIT;
      END IF;
      IF cardinality(title_ids) + cardinality(body_ids) >= wanted THEN
        -- The page is there (but for older titles, read below): only counting is left, and it
        -- stops at the cap.
        counted := counted + (SELECT count(*) FROM (SELECT 1 FROM bulletin_article_search s
          WHERE s.match_vector @@ p_match AND s.match_vector @@ p_windows[k]
          LIMIT p_count_cap + 1 - counted) c);
      ELSE
        SELECT count(*),
            coalesce(array_agg(s.article_id ORDER BY s.article_id DESC)
              FILTER (WHERE s.title_vector @@ p_title_phrase), '{}'),
            coalesce(array_agg(s.article_id ORDER BY s.article_id DESC)
              FILTER (WHERE NOT s.title_vector @@ p_title_phrase), '{}')
          INTO window_count, window_title_ids, window_ids
          FROM bulletin_article_search s
          WHERE s.match_vector @@ p_match AND s.match_vector @@ p_windows[k];
        counted := counted + window_count;
        title_ids := title_ids || window_title_ids;
        body_ids := body_ids || window_ids;
        next_window := k + 1;
        title_below := p_window_starts[k];
      END IF;
      below := p_window_starts[k];
    END LOOP;
    -- Title matches come before every other match: while the page lacks them, the older ids
    -- are read for titles alone (title words are few, their lookups cheap), the same way.
    below := title_below;
    IF below > 0 AND cardinality(title_ids) < wanted THEN
      titles_read := cardinality(title_ids);
      FOR k IN next_window .. cardinality(p_windows) LOOP
        EXIT WHEN cardinality(title_ids) >= wanted;
        IF titles_read::bigint * below <= few::bigint * (p_newer_than - below) THEN
          title_ids := title_ids || array(SELECT s.article_id FROM bulletin_article_search s
            WHERE s.match_vector @@ p_title_match AND (s.article_id < below) IS TRUE
              AND s.title_vector @@ p_title_phrase
            ORDER BY s.article_id DESC LIMIT wanted - cardinality(title_ids));
          EXIT;
        END IF;
        title_ids := title_ids || array(SELECT s.article_id FROM bulletin_article_search s
          WHERE s.match_vector @@ p_title_match AND s.match_vector @@ p_windows[k]
            AND s.title_vector @@ p_title_phrase
          ORDER BY s.article_id DESC LIMIT wanted - cardinality(title_ids));
        titles_read := cardinality(title_ids);
        below := p_window_starts[k];
      END LOOP;
    END IF;
    RETURN QUERY SELECT u.id, u.ord <= cardinality(title_ids), NULL::integer, NULL::integer
      FROM unnest(title_ids || body_ids[1:greatest(wanted - cardinality(title_ids), 0)])
        WITH ORDINALITY u(id, ord)
      WHERE u.ord > p_skip AND u.ord <= wanted ORDER BY u.ord;
    RETURN QUERY SELECT NULL::integer, NULL::boolean, least(counted, p_count_cap + 1),
      (SELECT max(s.article_id) FROM bulletin_article_search s);
  END
  $fn$;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP FUNCTION "bulletin_search_hits";
  ALTER TABLE "bulletin_article_search" ADD COLUMN "body_vector" tsvector NOT NULL DEFAULT ''::tsvector;
  ALTER TABLE "bulletin_article_search" ALTER COLUMN "body_vector" DROP DEFAULT;`)
}
