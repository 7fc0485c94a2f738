-- Change flags (PRODUCT.md §5): which runs are flagged, article re-checks, and what a change
-- row needs to be read on its own.

ALTER TABLE runs ADD COLUMN flagged BOOLEAN DEFAULT false;
ALTER TABLE articles ADD COLUMN last_checked_at TIMESTAMP;

ALTER TABLE snapshots ADD COLUMN period_start DATE;
ALTER TABLE snapshots ADD COLUMN qualifier VARCHAR;
CREATE INDEX IF NOT EXISTS snapshots_point ON snapshots (metric, partner, period_end);

ALTER TABLE changes ALTER COLUMN metric DROP NOT NULL;       -- an edit that changed no figure
ALTER TABLE changes ADD COLUMN period_start DATE;
ALTER TABLE changes ADD COLUMN article_id VARCHAR;
ALTER TABLE changes ADD COLUMN history BOOLEAN DEFAULT false; -- an older point arrived (backfill)
ALTER TABLE changes ADD COLUMN note VARCHAR;

-- One point = one (metric, partner, period_end, period_start); its value is the latest report's.
CREATE OR REPLACE VIEW metric_series AS
SELECT metric, partner, period_end, period_start,
       arg_max(value, (published_at, qualifier = 'exact')) AS value,
       any_value(unit) AS unit,
       arg_max(qualifier, (published_at, qualifier = 'exact')) AS qualifier,
       count(DISTINCT article_hash) AS n_reports,
       list(DISTINCT url ORDER BY url) AS urls,
       arg_max(url, (published_at, qualifier = 'exact')) AS url
FROM figure_sources
WHERE period_end IS NOT NULL
GROUP BY metric, partner, period_end, period_start;

CREATE OR REPLACE VIEW latest_figures AS
SELECT metric, partner, period_end, period_start, value, unit, qualifier, n_reports, url, urls
FROM metric_series
QUALIFY row_number() OVER (
    PARTITION BY metric, partner ORDER BY period_end DESC, period_start ASC NULLS FIRST) = 1;
