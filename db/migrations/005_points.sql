-- The consolidated points, kept by the flag step for the points each run touches, so that the
-- views users query answer from a small table instead of aggregating every figure.
CREATE TABLE IF NOT EXISTS points (
    metric        VARCHAR NOT NULL,
    partner       VARCHAR,
    period_end    DATE NOT NULL,
    period_start  DATE,
    value         DOUBLE,
    unit          VARCHAR,
    qualifier     VARCHAR,
    n_reports     INTEGER,
    urls          VARCHAR[],
    url           VARCHAR,
    figure_id     VARCHAR,
    run_id        BIGINT
);
CREATE INDEX IF NOT EXISTS points_series ON points (metric, partner);

INSERT INTO points
SELECT metric, partner, period_end, period_start,
       arg_max(value, (published_at, qualifier = 'exact')),
       any_value(unit),
       arg_max(qualifier, (published_at, qualifier = 'exact')),
       count(DISTINCT article_hash),
       list(DISTINCT url ORDER BY url),
       arg_max(url, (published_at, qualifier = 'exact')),
       arg_max(figure_id, (published_at, qualifier = 'exact')),
       NULL
FROM figure_sources
WHERE period_end IS NOT NULL
GROUP BY metric, partner, period_end, period_start;

CREATE OR REPLACE VIEW metric_series AS
SELECT metric, partner, period_end, period_start, value, unit, qualifier, n_reports, urls, url
FROM points;

CREATE OR REPLACE VIEW latest_figures AS
SELECT metric, partner, period_end, period_start, value, unit, qualifier, n_reports, url, urls
FROM points
QUALIFY row_number() OVER (
    PARTITION BY metric, partner ORDER BY period_end DESC, period_start ASC NULLS FIRST) = 1;
