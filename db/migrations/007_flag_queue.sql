-- Exact flagging (issue 11): every stored figure waits in flag_queue until a flag step has
-- compared it, and that step takes exactly the rows it flagged out of the queue, in its own
-- transaction. This replaces runs.flagged, which one source's pass could set for a concurrent
-- pass that was still storing (its later figures were then never flagged).
CREATE TABLE IF NOT EXISTS flag_queue (
    figure_id  VARCHAR PRIMARY KEY,
    run_id     BIGINT
);

-- What the old marking left unflagged: figures of runs never flagged, and figures of points
-- that no flag step ever consolidated.
INSERT OR IGNORE INTO flag_queue
SELECT fs.figure_id, fs.run_id
FROM figure_sources fs
WHERE fs.period_end IS NOT NULL
  AND (fs.run_id IN (SELECT run_id FROM runs WHERE NOT coalesce(flagged, false))
       OR NOT EXISTS (
           SELECT 1 FROM points p
           WHERE p.metric = fs.metric AND p.partner IS NOT DISTINCT FROM fs.partner
             AND p.period_end = fs.period_end
             AND p.period_start IS NOT DISTINCT FROM fs.period_start));

-- Which process runs a pass, so that a run another live process is running is never marked
-- interrupted (only one whose process is gone).
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN owner VARCHAR;
