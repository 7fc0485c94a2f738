-- Version 1 of the tracker's schema: the tables of PRODUCT.md §3 and the tracker's own state.
-- Times are stored in UTC (TIMESTAMP without zone); dates of figures are calendar dates.

CREATE SEQUENCE IF NOT EXISTS runs_seq START 1;
CREATE SEQUENCE IF NOT EXISTS changes_seq START 1;

CREATE TABLE IF NOT EXISTS runs (
    run_id        BIGINT PRIMARY KEY,
    mode          VARCHAR NOT NULL,           -- once | backfill | daemon | demo
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    status        VARCHAR NOT NULL,           -- running | ok | partial | failed | interrupted
    sources       VARCHAR[],
    articles_new  INTEGER DEFAULT 0,
    figures_new   INTEGER DEFAULT 0,
    changes_new   INTEGER DEFAULT 0,
    errors        VARCHAR[],                  -- "url: reason", one per failure
    window_since  TIMESTAMP,
    window_until  TIMESTAMP
);

CREATE TABLE IF NOT EXISTS articles (
    article_id       VARCHAR PRIMARY KEY,     -- sha256 of the canonical URL, first 16 hex digits
    url              VARCHAR NOT NULL,
    canonical_url    VARCHAR NOT NULL,
    source           VARCHAR NOT NULL,
    title            VARCHAR,
    published_at     TIMESTAMP,               -- UTC
    lang             VARCHAR,
    relevant         BOOLEAN NOT NULL,
    body             VARCHAR,
    content_hash     VARCHAR,
    first_seen_at    TIMESTAMP NOT NULL,
    last_fetched_at  TIMESTAMP NOT NULL,
    date_source      VARCHAR,                 -- json-ld | meta | time | text | feed | none
    relevance_reason VARCHAR,
    etag             VARCHAR,
    last_modified    VARCHAR,
    run_id           BIGINT
);

CREATE TABLE IF NOT EXISTS article_versions (
    article_id    VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL,
    title         VARCHAR,
    body          VARCHAR,
    fetched_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (article_id, content_hash)
);

CREATE TABLE IF NOT EXISTS figures (
    figure_id     VARCHAR PRIMARY KEY,        -- hash of article, metric, partner, period, value, span
    article_id    VARCHAR NOT NULL,
    metric        VARCHAR NOT NULL,
    partner       VARCHAR,
    value         DOUBLE NOT NULL,
    unit          VARCHAR NOT NULL,
    qualifier     VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    period_start  DATE,
    period_end    DATE,
    text          VARCHAR NOT NULL,
    sentence      VARCHAR NOT NULL,
    extracted_at  TIMESTAMP NOT NULL,
    char_start    INTEGER,
    char_end      INTEGER,
    content_hash  VARCHAR,                    -- the article version the figure came from
    run_id        BIGINT
);
CREATE INDEX IF NOT EXISTS figures_series ON figures (metric, partner, period_end);
CREATE INDEX IF NOT EXISTS figures_article ON figures (article_id);

CREATE TABLE IF NOT EXISTS snapshots (
    run_id      BIGINT NOT NULL,
    metric      VARCHAR NOT NULL,
    partner     VARCHAR,
    period_end  DATE,
    value       DOUBLE,
    unit        VARCHAR,
    figure_id   VARCHAR
);

CREATE TABLE IF NOT EXISTS changes (
    change_id           BIGINT PRIMARY KEY,
    run_id              BIGINT NOT NULL,
    detected_at         TIMESTAMP NOT NULL,
    metric              VARCHAR NOT NULL,
    partner             VARCHAR,
    change_type         VARCHAR NOT NULL,
    previous_value      DOUBLE,
    value               DOUBLE,
    previous_period_end DATE,
    period_end          DATE,
    delta               DOUBLE,
    delta_pct           DOUBLE,
    figure_id           VARCHAR,
    previous_figure_id  VARCHAR
);

-- Per-source state, so that a restarted process continues where it stopped.
CREATE TABLE IF NOT EXISTS source_state (
    source         VARCHAR PRIMARY KEY,
    last_pass_at   TIMESTAMP,
    last_status    VARCHAR,
    last_error     VARCHAR,
    articles_new   INTEGER,
    last_run_id    BIGINT
);

-- HTTP validators of feeds, sitemaps and listing pages, for conditional requests.
CREATE TABLE IF NOT EXISTS http_validators (
    url            VARCHAR PRIMARY KEY,
    etag           VARCHAR,
    last_modified  VARCHAR,
    checked_at     TIMESTAMP
);

-- Every URL an article was found under (the same story under two URLs is fetched once).
CREATE TABLE IF NOT EXISTS article_urls (
    url_id      VARCHAR PRIMARY KEY,
    article_id  VARCHAR NOT NULL
);
