-- name: reports_of_touched_points
-- Every current report of every point that figures of not-yet-flagged runs touch.
WITH pending AS (
    SELECT run_id FROM runs WHERE NOT coalesce(flagged, false)
), touched AS (
    SELECT DISTINCT metric, partner, period_end, period_start
    FROM figures
    WHERE run_id IN (SELECT run_id FROM pending) AND period_end IS NOT NULL
)
SELECT fs.metric, fs.partner, fs.period_end, fs.period_start, fs.figure_id, fs.article_id,
       fs.value, fs.qualifier, fs.unit, fs.kind, fs.published_at,
       fs.run_id IN (SELECT run_id FROM pending) AS fresh, fs.source
FROM touched t
JOIN figures f ON f.metric = t.metric AND f.partner IS NOT DISTINCT FROM t.partner
     AND f.period_end = t.period_end AND f.period_start IS NOT DISTINCT FROM t.period_start
JOIN figure_sources fs ON fs.figure_id = f.figure_id;

-- name: known_points_of_series
-- The latest snapshot of every point of the given series (metric, partner).
SELECT s.metric, s.partner, s.period_end, s.period_start, s.value, s.qualifier, s.figure_id
FROM snapshots s
JOIN (SELECT unnest(?::VARCHAR[]) AS metric, unnest(?::VARCHAR[]) AS partner) t
  ON s.metric = t.metric AND s.partner IS NOT DISTINCT FROM t.partner
QUALIFY row_number() OVER (
    PARTITION BY s.metric, s.partner, s.period_end, s.period_start ORDER BY s.run_id DESC) = 1;

-- name: mark_runs_flagged
UPDATE runs SET flagged = true WHERE NOT coalesce(flagged, false) AND run_id <= ?;

-- name: insert_snapshots
INSERT INTO snapshots BY NAME
SELECT unnest(from_json(?, ?), recursive := true);

-- name: insert_changes
INSERT INTO changes BY NAME
SELECT nextval('changes_seq') AS change_id, *
FROM (SELECT unnest(from_json(?, ?), recursive := true));

-- name: list_changes
SELECT c.detected_at, c.change_type, c.metric, c.partner, c.previous_value, c.value, c.delta,
       c.delta_pct, c.previous_period_end, c.period_end, pa.url AS previous_url,
       coalesce(a.url, ea.url) AS url, c.history, c.note, c.run_id, r.mode AS run_mode
FROM changes c
LEFT JOIN figures f ON f.figure_id = c.figure_id
LEFT JOIN articles a ON a.article_id = f.article_id
LEFT JOIN articles ea ON ea.article_id = c.article_id
LEFT JOIN figures pf ON pf.figure_id = c.previous_figure_id
LEFT JOIN articles pa ON pa.article_id = pf.article_id
LEFT JOIN runs r ON r.run_id = c.run_id
WHERE (?::TIMESTAMP IS NULL OR c.detected_at >= ?::TIMESTAMP)
  AND (?::VARCHAR IS NULL OR c.metric = ?::VARCHAR)
ORDER BY c.detected_at DESC, c.change_id DESC;
