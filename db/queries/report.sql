-- The HTML report (issue 15): every point with its winning report, flags and provenance, and
-- each source's health. `p.*` brings the columns later schema versions add to `points`
-- (n_sources, suspect, suspect_reason), which the report shows when they are there.

-- name: report_points
WITH first_report AS (
    SELECT metric, partner, period_end, period_start, min(run_id) AS run_id
    FROM figures
    WHERE period_end IS NOT NULL
    GROUP BY ALL
), flags AS (
    SELECT metric, partner, period_end,
           bool_or(change_type = 'conflict') AS conflict,
           bool_or(change_type = 'suspect') AS flagged_suspect,
           arg_max(note, change_id) FILTER (WHERE change_type IN ('conflict', 'suspect')) AS flag_note
    FROM changes
    WHERE change_type IN ('conflict', 'suspect')
    GROUP BY ALL
)
SELECT p.*, f.sentence, f.text AS phrase, a.source AS outlet, a.title, a.published_at,
       coalesce(r.mode IN ('backfill', 'demo'), false) AS from_backfill,
       coalesce(fl.conflict, false) AS conflict, coalesce(fl.flagged_suspect, false) AS flagged_suspect,
       fl.flag_note
FROM points p
LEFT JOIN figures f ON f.figure_id = p.figure_id
LEFT JOIN articles a ON a.article_id = f.article_id
LEFT JOIN first_report fr
       ON fr.metric = p.metric AND fr.partner IS NOT DISTINCT FROM p.partner
      AND fr.period_end = p.period_end AND fr.period_start IS NOT DISTINCT FROM p.period_start
LEFT JOIN runs r ON r.run_id = fr.run_id
LEFT JOIN flags fl
       ON fl.metric = p.metric AND fl.partner IS NOT DISTINCT FROM p.partner
      AND fl.period_end = p.period_end
WHERE (?::VARCHAR[] IS NULL OR list_contains(?::VARCHAR[], p.metric))
ORDER BY p.metric, p.partner NULLS FIRST, p.period_end, p.period_start NULLS FIRST;

-- name: report_sources
-- Per source: its last pass, how many passes in a row failed, and its newest article.
WITH articles_by_source AS (
    SELECT source, max(first_seen_at) AS last_article_at, count(*) AS articles,
           count(*) FILTER (WHERE relevant) AS relevant
    FROM articles GROUP BY source
)
SELECT coalesce(s.source, a.source) AS source, s.last_pass_at, s.last_status, s.last_error,
       s.articles_new, a.last_article_at, coalesce(a.articles, 0) AS articles,
       coalesce(a.relevant, 0) AS relevant
FROM source_state s
FULL JOIN articles_by_source a ON a.source = s.source
ORDER BY 1;

-- name: report_failing_passes
-- Per source, how many of its latest passes in a row failed (needs the notify tables).
SELECT source, count(*) AS failing
FROM source_passes p
WHERE status IN ('error', 'failed')
  AND run_id > coalesce((SELECT max(run_id) FROM source_passes q
                         WHERE q.source = p.source AND q.status NOT IN ('error', 'failed')), -1)
GROUP BY source;

-- name: report_window
-- The first and last run, and the newest change (what the report covers).
SELECT min(started_at), max(coalesce(finished_at, started_at)), count(*) FROM runs;
