-- Unambiguous time (issue 11): every timestamp is a TIMESTAMPTZ (an instant; shown with its
-- offset), and an article keeps the paper's own calendar date beside its publication time.
-- Stored values were UTC. DuckDB cannot alter a column of an indexed table: figures' indexes
-- are dropped and made again.
ALTER TABLE runs ALTER started_at SET DATA TYPE TIMESTAMPTZ USING timezone('UTC', started_at);
ALTER TABLE runs ALTER finished_at SET DATA TYPE TIMESTAMPTZ USING timezone('UTC', finished_at);
ALTER TABLE runs ALTER window_since SET DATA TYPE TIMESTAMPTZ USING timezone('UTC', window_since);
ALTER TABLE runs ALTER window_until SET DATA TYPE TIMESTAMPTZ USING timezone('UTC', window_until);

ALTER TABLE articles ALTER published_at SET DATA TYPE TIMESTAMPTZ
    USING timezone('UTC', published_at);
ALTER TABLE articles ALTER first_seen_at SET DATA TYPE TIMESTAMPTZ
    USING timezone('UTC', first_seen_at);
ALTER TABLE articles ALTER last_fetched_at SET DATA TYPE TIMESTAMPTZ
    USING timezone('UTC', last_fetched_at);
ALTER TABLE articles ALTER last_checked_at SET DATA TYPE TIMESTAMPTZ
    USING timezone('UTC', last_checked_at);
-- The paper's date in the tracker's time zone; filled for older rows by the next run, which
-- knows the configured zone.
ALTER TABLE articles ADD COLUMN published_date DATE;

ALTER TABLE article_versions ALTER fetched_at SET DATA TYPE TIMESTAMPTZ
    USING timezone('UTC', fetched_at);

DROP INDEX IF EXISTS figures_series;
DROP INDEX IF EXISTS figures_article;
ALTER TABLE figures ALTER extracted_at SET DATA TYPE TIMESTAMPTZ
    USING timezone('UTC', extracted_at);
CREATE INDEX IF NOT EXISTS figures_series ON figures (metric, partner, period_end);
CREATE INDEX IF NOT EXISTS figures_article ON figures (article_id);

ALTER TABLE changes ALTER detected_at SET DATA TYPE TIMESTAMPTZ USING timezone('UTC', detected_at);
ALTER TABLE source_state ALTER last_pass_at SET DATA TYPE TIMESTAMPTZ
    USING timezone('UTC', last_pass_at);
ALTER TABLE http_validators ALTER checked_at SET DATA TYPE TIMESTAMPTZ
    USING timezone('UTC', checked_at);
ALTER TABLE robots_cache ALTER fetched_at SET DATA TYPE TIMESTAMPTZ
    USING timezone('UTC', fetched_at);

-- Views bind their columns' types when made: made again, they read the new types.
CREATE OR REPLACE VIEW figure_sources AS
SELECT f.*, a.url, a.source, a.title, a.published_at, a.published_date,
       a.content_hash AS article_hash
FROM figures f
JOIN articles a USING (article_id)
WHERE a.relevant AND f.content_hash IS NOT DISTINCT FROM a.content_hash;
