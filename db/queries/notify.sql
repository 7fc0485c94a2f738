-- Notifications (issue 15): the outbox of each channel, its cursor over `changes`, and each
-- source's passes (for "failing" and "silent" alerts).

-- name: record_source_passes
-- Keep how the last pass of every source went (a pass already kept is left alone).
INSERT OR IGNORE INTO source_passes (source, run_id, status, articles_new, error)
SELECT source, last_run_id, last_status, articles_new, last_error
FROM source_state
WHERE last_run_id IS NOT NULL;

-- name: source_streaks
-- Per source, its current run of failing passes and its current run of passes that found no
-- new article: (source, event_type, passes, first_run_id, last_run_id, last_error).
WITH passes AS (
    SELECT *, status IN ('error', 'failed') AS failing,
           status NOT IN ('error', 'failed') AND coalesce(articles_new, 0) = 0 AS silent
    FROM source_passes
), kinds AS (
    SELECT p.*, k.event_type,
           CASE k.event_type WHEN 'source_failing' THEN failing ELSE silent END AS hit
    FROM passes p
    CROSS JOIN (VALUES ('source_failing'), ('source_silent')) k(event_type)
), breaks AS (
    SELECT source, event_type, max(run_id) FILTER (WHERE NOT hit) AS last_break
    FROM kinds GROUP BY source, event_type
)
SELECT k.source, k.event_type, count(*) AS passes, min(k.run_id) AS first_run_id,
       max(k.run_id) AS last_run_id, arg_max(k.error, k.run_id) AS last_error
FROM kinds k
JOIN breaks b USING (source, event_type)
WHERE k.hit AND k.run_id > coalesce(b.last_break, -1)
GROUP BY k.source, k.event_type
ORDER BY k.source, k.event_type;

-- name: notify_cursor
SELECT last_change_id FROM notify_cursor WHERE channel = ?;

-- name: set_notify_cursor
INSERT INTO notify_cursor (channel, last_change_id) VALUES (?, ?)
ON CONFLICT (channel) DO UPDATE SET last_change_id = excluded.last_change_id;

-- name: last_change_before_run
-- Where a new channel starts: after every change of the runs before run ?.
SELECT coalesce(max(change_id), 0) FROM changes WHERE run_id < ?;

-- name: change_events
-- The changes after change_id ?, each with what a notification says of it.
SELECT c.change_id, c.run_id, c.detected_at, c.metric, c.partner, c.change_type,
       c.previous_value, c.value, c.previous_period_end, c.period_end, c.period_start,
       c.delta, c.delta_pct, c.note,
       coalesce(c.history, false) OR coalesce(r.mode = 'backfill', false) AS history,
       coalesce(f.unit, pf.unit) AS unit, f.qualifier, f.text, f.sentence,
       coalesce(a.source, ea.source) AS outlet, coalesce(a.url, ea.url) AS url,
       coalesce(a.title, ea.title) AS title, a.published_at, pa.url AS previous_url,
       r.mode AS run_mode
FROM changes c
LEFT JOIN figures f ON f.figure_id = c.figure_id
LEFT JOIN articles a ON a.article_id = f.article_id
LEFT JOIN articles ea ON ea.article_id = c.article_id
LEFT JOIN figures pf ON pf.figure_id = c.previous_figure_id
LEFT JOIN articles pa ON pa.article_id = pf.article_id
LEFT JOIN runs r ON r.run_id = c.run_id
WHERE c.change_id > ?
ORDER BY c.change_id;

-- name: queue_event
INSERT OR IGNORE INTO notify_outbox
    (channel, event_id, event_type, delivery_id, payload, queued_at)
VALUES (?, ?, ?, ?, ?, ?);

-- name: pending_events
-- What a channel has still to send, oldest first.
SELECT event_id, event_type, delivery_id, payload, attempts
FROM notify_outbox
WHERE channel = ? AND sent_at IS NULL
ORDER BY queued_at, event_id;

-- name: recent_events
-- The newest ? events of a channel, sent or not (what its Atom feed shows).
SELECT event_id, payload, queued_at
FROM notify_outbox
WHERE channel = ?
ORDER BY queued_at DESC, event_id DESC
LIMIT ?;

-- name: mark_events_sent
UPDATE notify_outbox
SET sent_at = ?, last_attempt_at = ?, attempts = attempts + 1, last_error = NULL
WHERE channel = ? AND event_id IN (SELECT unnest(?::VARCHAR[]));

-- name: mark_events_failed
UPDATE notify_outbox
SET last_attempt_at = ?, attempts = attempts + 1, last_error = ?
WHERE channel = ? AND event_id IN (SELECT unnest(?::VARCHAR[]));

-- name: outbox_summary
-- Per channel: sent, waiting, the last send and the last error.
SELECT channel, count(sent_at) AS sent, count(*) - count(sent_at) AS waiting,
       max(sent_at) AS last_sent_at, arg_max(last_error, last_attempt_at) AS last_error
FROM notify_outbox
GROUP BY channel
ORDER BY channel;

-- name: has_outbox
SELECT count(*) > 0 FROM duckdb_tables() WHERE table_name = 'notify_outbox';
