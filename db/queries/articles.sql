-- name: known_article_ids
SELECT article_id FROM articles
WHERE article_id IN (SELECT unnest(from_json(?, '["VARCHAR"]')));

-- name: insert_articles
-- Returns the ids of the articles this statement stored (a stored one is left alone).
INSERT OR IGNORE INTO articles BY NAME
SELECT {columns} FROM (SELECT from_json(?, ?) AS j)
RETURNING article_id;

-- name: insert_figures
INSERT OR IGNORE INTO figures BY NAME
SELECT {columns} FROM (SELECT from_json(?, ?) AS j);

-- name: known_url_ids
SELECT url_id FROM article_urls
WHERE url_id IN (SELECT unnest(from_json(?, '["VARCHAR"]')));

-- name: insert_article_urls
INSERT OR IGNORE INTO article_urls BY NAME
SELECT {columns} FROM (SELECT from_json(?, ?) AS j);

-- name: all_validators
SELECT url, etag, last_modified FROM http_validators;

-- name: articles_to_recheck
-- Young articles not checked for a while: (article_id, url, etag, last_modified, content_hash, lang)
SELECT article_id, url, etag, last_modified, content_hash, lang
FROM articles
WHERE coalesce(published_at, first_seen_at) >= ?
  AND coalesce(last_checked_at, last_fetched_at) < ?
ORDER BY published_at DESC NULLS LAST;

-- name: mark_checked
UPDATE articles SET last_checked_at = ?
WHERE article_id IN (SELECT unnest(from_json(?, '["VARCHAR"]')));

-- name: current_figures_of
-- The figures of the stored version of each article, as FigureRow (db/records.py) orders them.
SELECT f.metric, f.partner, f.value, f.unit, f.qualifier, f.kind, f.period_start, f.period_end,
       f.text, f.sentence, f.char_start, f.char_end, coalesce(f.confidence, 1.0), f.figure_id,
       f.article_id, f.content_hash, f.extracted_at, f.run_id
FROM figures f JOIN articles a USING (article_id)
WHERE f.article_id IN (SELECT unnest(from_json(?, '["VARCHAR"]')))
  AND f.content_hash = a.content_hash;

-- name: keep_earlier_version
-- The article's current text, before an edit replaces it (a text seen earlier is kept once).
INSERT OR IGNORE INTO earlier_versions
SELECT article_id, content_hash, title, body, last_fetched_at FROM articles WHERE article_id = ?;

-- name: update_article_version
UPDATE articles
SET title = ?, body = ?, content_hash = ?, relevant = ?, relevance_reason = ?,
    last_fetched_at = ?, last_checked_at = ?, etag = ?, last_modified = ?
WHERE article_id = ?;
