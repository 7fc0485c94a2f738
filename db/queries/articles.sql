-- name: known_article_ids
SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]));

-- name: table_shape
SELECT column_name, data_type FROM information_schema.columns
WHERE table_name = ? ORDER BY ordinal_position;

-- name: insert_articles
INSERT OR IGNORE INTO articles BY NAME
SELECT unnest(from_json(?, ?), recursive := true);

-- name: insert_figures
INSERT OR IGNORE INTO figures BY NAME
SELECT unnest(from_json(?, ?), recursive := true);

-- name: insert_article_versions
INSERT OR IGNORE INTO article_versions BY NAME
SELECT unnest(from_json(?, ?), recursive := true);

-- name: known_url_ids
SELECT url_id FROM article_urls WHERE url_id IN (SELECT unnest(?::VARCHAR[]));

-- name: insert_article_urls
INSERT OR IGNORE INTO article_urls BY NAME
SELECT unnest(from_json(?, ?), recursive := true);

-- name: all_validators
SELECT url, etag, last_modified FROM http_validators;
