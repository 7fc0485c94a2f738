-- name: touched_points
-- Each point (metric, partner, period_end, period_start) that figures waiting in flag_queue
-- touch, with how many figures of it are stored (a bound on its current reports), in the order
-- the flag step works them: series by series, each in time order.
WITH touched AS (
    SELECT DISTINCT f.metric, f.partner, f.period_end, f.period_start
    FROM flag_queue q
    JOIN figures f USING (figure_id)
    WHERE f.period_end IS NOT NULL
)
SELECT t.metric, t.partner, t.period_end, t.period_start, count(f.figure_id) AS figures
FROM touched t
JOIN figures f
  ON f.metric = t.metric AND f.partner IS NOT DISTINCT FROM t.partner
 AND f.period_end = t.period_end AND f.period_start IS NOT DISTINCT FROM t.period_start
GROUP BY t.metric, t.partner, t.period_end, t.period_start
ORDER BY t.metric, coalesce(t.partner, ''), t.period_end, t.period_start NULLS FIRST;

-- name: reports_of_points
-- Every current report of the given points: the point, the figure (as ReportedFigure in
-- db/records.py orders it), then what its article and run say. A point no current figure
-- reports any more comes once, with NULL report columns. (The points are joined to their
-- figures first, so a part reads its own figures, not every figure with its article.)
WITH part AS (
    SELECT unnest(from_json(?, '[{"metric": "VARCHAR", "partner": "VARCHAR",
                                  "period_end": "DATE", "period_start": "DATE"}]'),
                  recursive := true)
), found AS (
    SELECT fs.*
    FROM part t
    JOIN figure_sources fs
      ON fs.metric = t.metric AND fs.partner IS NOT DISTINCT FROM t.partner
     AND fs.period_end = t.period_end AND fs.period_start IS NOT DISTINCT FROM t.period_start
)
SELECT t.metric, t.partner, t.period_end, t.period_start,
       fs.figure_id, fs.article_id, fs.value, fs.unit, fs.qualifier, fs.kind, fs.sentence,
       fs.published_at, fs.published_date, q.figure_id IS NOT NULL AS fresh,
       coalesce(r.mode = 'backfill', false) AS from_backfill, fs.source, fs.url, fs.article_hash
FROM part t
LEFT JOIN found fs
  ON fs.metric = t.metric AND fs.partner IS NOT DISTINCT FROM t.partner
 AND fs.period_end = t.period_end AND fs.period_start IS NOT DISTINCT FROM t.period_start
LEFT JOIN flag_queue q ON q.figure_id = fs.figure_id
LEFT JOIN runs r ON r.run_id = fs.run_id;

-- name: points_of_series
-- The consolidated points of the given series, as PointRow (db/records.py) orders them.
SELECT p.metric, p.partner, p.period_end, p.period_start, p.value, p.unit, p.qualifier,
       p.n_reports, p.urls, p.url, p.figure_id, p.run_id, coalesce(p.n_sources, 1),
       coalesce(p.suspect, false), p.suspect_reason
FROM points p
JOIN (SELECT unnest(from_json(?, '[{"metric": "VARCHAR", "partner": "VARCHAR"}]'),
                   recursive := true)) t
  ON p.metric = t.metric AND p.partner IS NOT DISTINCT FROM t.partner;

-- name: reviews_of_series
-- The latest verdict on each reviewed point of the given series.
SELECT v.metric, v.partner, v.period_end, v.period_start, v.verdict, v.note, v.reviewed_at
FROM reviews v
JOIN (SELECT unnest(from_json(?, '[{"metric": "VARCHAR", "partner": "VARCHAR"}]'),
                   recursive := true)) t
  ON v.metric = t.metric AND v.partner IS NOT DISTINCT FROM t.partner
QUALIFY row_number() OVER (
    PARTITION BY v.metric, v.partner, v.period_end, v.period_start ORDER BY v.reviewed_at DESC) = 1;

-- name: delete_points
-- The points whose state the flag step writes again (or drops, when no report is left).
DELETE FROM points p
USING (SELECT unnest(from_json(?, '[{"metric": "VARCHAR", "partner": "VARCHAR",
                                     "period_end": "DATE", "period_start": "DATE"}]'),
                     recursive := true)) t
WHERE p.metric = t.metric AND p.partner IS NOT DISTINCT FROM t.partner
  AND p.period_end = t.period_end AND p.period_start IS NOT DISTINCT FROM t.period_start;

-- name: insert_points
INSERT INTO points BY NAME
SELECT {columns} FROM (SELECT from_json(?, ?) AS j);

-- name: queue_figures
-- Figures that wait to be flagged (new ones, and those of an edited article's old version).
INSERT OR IGNORE INTO flag_queue
SELECT unnest(from_json(?, '["VARCHAR"]')) AS figure_id, ? AS run_id;

-- name: clear_flag_queue
-- After a flag step, inside its transaction and under the writers' lock: exactly the figures
-- it flagged.
DELETE FROM flag_queue;

-- name: queued_figures
SELECT count(*) FROM flag_queue;

-- name: insert_snapshots
INSERT INTO snapshots BY NAME
SELECT {columns} FROM (SELECT from_json(?, ?) AS j);

-- name: insert_changes
INSERT INTO changes BY NAME
SELECT nextval('changes_seq') AS change_id, *
FROM (SELECT {columns} FROM (SELECT from_json(?, ?) AS j));

-- name: add_review
INSERT INTO reviews (metric, partner, period_end, period_start, verdict, note, reviewed_at)
VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: figures_of_point
-- The current figures of one point (a review flags its series again through them).
SELECT figure_id, run_id FROM figure_sources
WHERE metric = ? AND partner IS NOT DISTINCT FROM ? AND period_end = ?
  AND period_start IS NOT DISTINCT FROM ?;

-- name: suspect_points
SELECT metric, partner, period_start, period_end, value, unit, n_sources, suspect_reason, url
FROM points WHERE suspect ORDER BY metric, partner, period_end;

-- name: list_changes
SELECT c.detected_at, c.change_type, c.metric, c.partner, c.previous_value, c.value, c.delta,
       c.delta_pct, c.previous_period_end, c.period_end, pa.url AS previous_url,
       coalesce(a.url, ea.url) AS url, c.history, c.note, c.run_id, r.mode AS run_mode,
       c.compared_with
FROM changes c
LEFT JOIN figures f ON f.figure_id = c.figure_id
LEFT JOIN articles a ON a.article_id = f.article_id
LEFT JOIN articles ea ON ea.article_id = c.article_id
LEFT JOIN figures pf ON pf.figure_id = c.previous_figure_id
LEFT JOIN articles pa ON pa.article_id = pf.article_id
LEFT JOIN runs r ON r.run_id = c.run_id
WHERE (?::TIMESTAMPTZ IS NULL OR c.detected_at >= ?::TIMESTAMPTZ)
  AND (?::VARCHAR IS NULL OR c.metric = ?::VARCHAR)
ORDER BY c.detected_at DESC, c.change_id DESC;
