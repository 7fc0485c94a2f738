-- name: start_run
INSERT INTO runs (run_id, mode, started_at, status, sources, window_since, window_until, pid,
                  owner)
VALUES (nextval('runs_seq'), ?, ?, 'running', from_json(?, '["VARCHAR"]'), ?, ?, ?, ?)
RETURNING run_id;

-- name: finish_run
UPDATE runs
SET finished_at = ?, status = ?, articles_new = ?, figures_new = ?, changes_new = ?,
    errors = from_json(?, '["VARCHAR"]')
WHERE run_id = ?;

-- name: open_runs
-- Runs still marked running: (run_id, pid, owner).
SELECT run_id, pid, owner FROM runs WHERE status = 'running';

-- name: mark_interrupted_runs
-- Runs a killed process left open: their stored rows stay, their status says what happened.
UPDATE runs SET status = 'interrupted', finished_at = coalesce(finished_at, ?)
WHERE status = 'running' AND run_id IN (SELECT unnest(from_json(?, '["BIGINT"]')));

-- name: fill_published_dates
-- The paper's own date of articles stored before it was kept (in the configured time zone).
UPDATE articles SET published_date = timezone(?, published_at)::DATE
WHERE published_date IS NULL AND published_at IS NOT NULL;

-- name: update_source_state
INSERT INTO source_state (source, last_pass_at, last_status, last_error, articles_new, last_run_id)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (source) DO UPDATE SET
    last_pass_at = excluded.last_pass_at, last_status = excluded.last_status,
    last_error = excluded.last_error, articles_new = excluded.articles_new,
    last_run_id = excluded.last_run_id;

-- name: source_states
SELECT source, last_pass_at, last_status, last_error, articles_new FROM source_state;

-- name: set_validators
INSERT INTO http_validators (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)
ON CONFLICT (url) DO UPDATE SET
    etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at;

-- name: fresh_robots
-- At most 512 KiB of each body (the fetcher's ROBOTS_MAX_BYTES): an oversized body stored by an
-- older version is never loaded whole.
SELECT host, left(body, 524288) AS body FROM robots_cache WHERE fetched_at >= ?;

-- name: save_robots
INSERT INTO robots_cache (host, body, fetched_at) VALUES (?, ?, ?)
ON CONFLICT (host) DO UPDATE SET body = excluded.body, fetched_at = excluded.fetched_at;
