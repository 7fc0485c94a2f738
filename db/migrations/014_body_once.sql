-- Each article's text stored once (issue 16, memory): the current version's title and body live
-- in `articles` only, earlier versions in `earlier_versions`; `article_versions` becomes a view
-- of both with the columns it had. (DuckDB's checkpoint rewrites every column of a row group
-- that gained rows, so a body stored twice was read twice at each checkpoint of a backfill.)
CREATE TABLE earlier_versions (
    article_id    VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL,
    title         VARCHAR,
    body          VARCHAR,
    fetched_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, content_hash)
);

-- Every stored version but the one its article row holds (same text, fetched at the same time).
INSERT INTO earlier_versions
SELECT v.article_id, v.content_hash, v.title, v.body, v.fetched_at
FROM article_versions v
WHERE NOT EXISTS (
    SELECT 1 FROM articles a
    WHERE a.article_id = v.article_id AND a.content_hash = v.content_hash
      AND a.last_fetched_at = v.fetched_at
);

DROP TABLE article_versions;

CREATE VIEW article_versions AS
SELECT article_id, content_hash, title, body, fetched_at FROM earlier_versions
UNION ALL
SELECT article_id, content_hash, title, body, last_fetched_at AS fetched_at FROM articles;
