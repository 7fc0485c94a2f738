-- robots.txt per host, kept between processes so that an idle pass asks nothing but its feeds.
CREATE TABLE IF NOT EXISTS robots_cache (
    host        VARCHAR PRIMARY KEY,
    body        VARCHAR,            -- NULL: no robots.txt (404) or unreadable: the site is open
    fetched_at  TIMESTAMP NOT NULL
);
