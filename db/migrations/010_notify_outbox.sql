-- Notifications (issue 15): what each channel was sent, so that every event goes out once per
-- channel however often a pass crashes or reruns; and each source's passes, for source alerts.
-- Times are instants (TIMESTAMPTZ), like every time of the tracker.

-- One row per (channel, event): queued in the same transaction that moves the channel's cursor,
-- marked sent after the channel accepted it. `delivery_id` is stable, so a receiver can drop a
-- copy sent again after a crash between the send and its record.
CREATE TABLE IF NOT EXISTS notify_outbox (
    channel          VARCHAR NOT NULL,
    event_id         VARCHAR NOT NULL,      -- change:<change_id> | source:<source>:<type>:<run_id>
    event_type       VARCHAR NOT NULL,      -- a change_type, source_failing or source_silent
    delivery_id      VARCHAR NOT NULL,
    payload          VARCHAR NOT NULL,      -- the event as JSON
    queued_at        TIMESTAMPTZ NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_attempt_at  TIMESTAMPTZ,
    last_error       VARCHAR,
    sent_at          TIMESTAMPTZ,
    PRIMARY KEY (channel, event_id)
);

-- The last change each channel has considered (queued or filtered out).
CREATE TABLE IF NOT EXISTS notify_cursor (
    channel         VARCHAR PRIMARY KEY,
    last_change_id  BIGINT NOT NULL
);

-- How each pass went for each source (copied from source_state after every pass; the run
-- says when).
CREATE TABLE IF NOT EXISTS source_passes (
    source        VARCHAR NOT NULL,
    run_id        BIGINT NOT NULL,
    status        VARCHAR,
    articles_new  INTEGER,
    error         VARCHAR,
    PRIMARY KEY (source, run_id)
);
