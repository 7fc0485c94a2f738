-- Views users query: one line of SQL for "what is the latest figure and who said so".

CREATE OR REPLACE VIEW figure_sources AS
SELECT f.*, a.url, a.source, a.title, a.published_at, a.content_hash AS article_hash
FROM figures f
JOIN articles a USING (article_id)
WHERE a.relevant AND f.content_hash IS NOT DISTINCT FROM a.content_hash;

CREATE OR REPLACE VIEW metric_series AS
SELECT metric, partner, period_end,
       -- the most precise report of the point wins: exact before bounded, then the latest
       arg_max(value, (qualifier = 'exact', published_at)) AS value,
       any_value(unit) AS unit,
       count(DISTINCT article_hash) AS n_reports,
       list(DISTINCT url ORDER BY url) AS urls
FROM figure_sources
WHERE period_end IS NOT NULL
GROUP BY metric, partner, period_end;

CREATE OR REPLACE VIEW latest_figures AS
SELECT s.metric, s.partner, s.period_end, s.value, s.unit, s.n_reports, s.urls[1] AS url, s.urls
FROM metric_series s
QUALIFY row_number() OVER (PARTITION BY s.metric, s.partner ORDER BY s.period_end DESC) = 1;
