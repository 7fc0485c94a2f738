-- Series a user can trust (issue 11): per point, how many distinct outlets reported it and
-- whether it is plausible; a reviewer's verdict per point; what each movement compares.
ALTER TABLE points ADD COLUMN n_sources INTEGER;         -- distinct outlets; syndicated copies once
ALTER TABLE points ADD COLUMN suspect BOOLEAN DEFAULT false;
ALTER TABLE points ADD COLUMN suspect_reason VARCHAR;

-- previous_as_of (stocks), year_before or previous_period (flows and rates)
ALTER TABLE changes ADD COLUMN compared_with VARCHAR;

-- A person's verdict on a point: 'accept' (never suspect) or 'reject' (always suspect).
CREATE TABLE IF NOT EXISTS reviews (
    metric        VARCHAR NOT NULL,
    partner       VARCHAR,
    period_end    DATE NOT NULL,
    period_start  DATE,
    verdict       VARCHAR NOT NULL,
    note          VARCHAR,
    reviewed_at   TIMESTAMPTZ NOT NULL
);

-- Every current figure is flagged once more, so that every point gets n_sources and suspect.
INSERT OR IGNORE INTO flag_queue
SELECT figure_id, run_id FROM figure_sources WHERE period_end IS NOT NULL;

CREATE OR REPLACE VIEW metric_series AS
SELECT metric, partner, period_end, period_start, value, unit, qualifier, n_reports, n_sources,
       suspect, suspect_reason, urls, url
FROM points;

-- Per series the newest plausible point; among points of the same end, the one more outlets
-- confirm, then the longest period.
CREATE OR REPLACE VIEW latest_figures AS
SELECT metric, partner,
       unnest(arg_max(
           {'period_end': period_end, 'period_start': period_start, 'value': value,
            'unit': unit, 'qualifier': qualifier, 'n_reports': n_reports,
            'n_sources': n_sources, 'url': url, 'urls': urls},
           (period_end, coalesce(n_sources, 0), -coalesce(epoch(period_start), 0))))
FROM points
WHERE NOT coalesce(suspect, false)
GROUP BY metric, partner;
