-- name: touched_series
-- The series (metric, partner) that figures of not-yet-flagged runs or of the articles edited
-- in this run touch, with how many such figures each has.
SELECT metric, partner, count(*) AS figures
FROM figures
WHERE (run_id IN (SELECT run_id FROM runs WHERE NOT coalesce(flagged, false))
       OR article_id IN (SELECT unnest(?::VARCHAR[])))
  AND period_end IS NOT NULL
GROUP BY metric, partner;

-- name: reports_of_touched_points
-- Every current report of every point of the given series that figures of not-yet-flagged runs,
-- or of the articles edited in this run (their old figures too), touch: the point, the figure
-- (as FigureRow in db/records.py orders it), then what its article says.
WITH pending AS (
    SELECT run_id FROM runs WHERE NOT coalesce(flagged, false)
), chunk AS (
    SELECT unnest(?::VARCHAR[]) AS metric, unnest(?::VARCHAR[]) AS partner
), touched AS (
    SELECT DISTINCT f.metric, f.partner, f.period_end, f.period_start
    FROM figures f
    JOIN chunk c ON f.metric = c.metric AND f.partner IS NOT DISTINCT FROM c.partner
    WHERE (f.run_id IN (SELECT run_id FROM pending)
           OR f.article_id IN (SELECT unnest(?::VARCHAR[])))
      AND f.period_end IS NOT NULL
)
SELECT t.metric, t.partner, t.period_end, t.period_start,
       fs.metric, fs.partner, fs.value, fs.unit, fs.qualifier, fs.kind, fs.period_start,
       fs.period_end, fs.text, fs.sentence, fs.char_start, fs.char_end, fs.confidence, fs.figure_id,
       fs.article_id, fs.content_hash, fs.extracted_at, fs.run_id,
       fs.published_at, coalesce(fs.run_id IN (SELECT run_id FROM pending), false) AS fresh,
       fs.source, fs.url, fs.article_hash
FROM touched t
LEFT JOIN figure_sources fs
  ON fs.metric = t.metric AND fs.partner IS NOT DISTINCT FROM t.partner
 AND fs.period_end = t.period_end AND fs.period_start IS NOT DISTINCT FROM t.period_start;

-- name: delete_points
-- The touched points, before they are written again (or not, when no report is left).
DELETE FROM points p
USING (SELECT unnest(?::VARCHAR[]) AS metric, unnest(?::VARCHAR[]) AS partner,
              unnest(?::DATE[]) AS period_end, unnest(?::DATE[]) AS period_start) t
WHERE p.metric = t.metric AND p.partner IS NOT DISTINCT FROM t.partner
  AND p.period_end = t.period_end AND p.period_start IS NOT DISTINCT FROM t.period_start;

-- name: insert_points
INSERT INTO points BY NAME
SELECT {columns} FROM (SELECT from_json(?, ?) AS j);

-- name: known_points_of_series
-- The latest snapshot of every point of the given series (metric, partner), as SnapshotRow.
SELECT s.run_id, s.metric, s.partner, s.period_end, s.period_start, s.value, s.qualifier,
       s.figure_id
FROM snapshots s
JOIN (SELECT unnest(?::VARCHAR[]) AS metric, unnest(?::VARCHAR[]) AS partner) t
  ON s.metric = t.metric AND s.partner IS NOT DISTINCT FROM t.partner
QUALIFY row_number() OVER (
    PARTITION BY s.metric, s.partner, s.period_end, s.period_start ORDER BY s.run_id DESC) = 1;

-- name: mark_runs_flagged
UPDATE runs SET flagged = true WHERE NOT coalesce(flagged, false) AND run_id <= ?;

-- name: insert_snapshots
INSERT INTO snapshots BY NAME
SELECT {columns} FROM (SELECT from_json(?, ?) AS j);

-- name: insert_changes
INSERT INTO changes BY NAME
SELECT nextval('changes_seq') AS change_id, *
FROM (SELECT {columns} FROM (SELECT from_json(?, ?) AS j));

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

-- name: rebuild_points
-- Every point again from the current figures (after a bulk load that bypassed the flag step).
DELETE FROM points;
INSERT INTO points
SELECT metric, partner, period_end, period_start,
       arg_max(value, (published_at, qualifier = 'exact')), any_value(unit),
       arg_max(qualifier, (published_at, qualifier = 'exact')), count(DISTINCT article_hash),
       list(DISTINCT url ORDER BY url), arg_max(url, (published_at, qualifier = 'exact')),
       arg_max(figure_id, (published_at, qualifier = 'exact')), NULL
FROM figure_sources
WHERE period_end IS NOT NULL
GROUP BY metric, partner, period_end, period_start;
