"""Every read and write the pipeline makes: typed records in, named rows out; parameterised,
batched, idempotent."""

from db.store.articles import (
    articles_to_recheck,
    current_figures_of,
    known_article_ids,
    known_url_ids,
    mark_checked,
    update_article_version,
)
from db.store.batch import insert, insert_articles
from db.store.flags import (
    known_points,
    list_changes,
    mark_runs_flagged,
    rebuild_points,
    replace_points,
    reports_of_touched_points,
    touched_series,
)
from db.store.runs import finish_run, source_states, start_run, update_source_state
from db.store.state import all_validators, fresh_robots, save_robots, set_validators

__all__ = [
    "all_validators",
    "articles_to_recheck",
    "current_figures_of",
    "finish_run",
    "fresh_robots",
    "insert",
    "insert_articles",
    "known_article_ids",
    "known_points",
    "known_url_ids",
    "list_changes",
    "mark_checked",
    "mark_runs_flagged",
    "rebuild_points",
    "replace_points",
    "reports_of_touched_points",
    "save_robots",
    "set_validators",
    "source_states",
    "start_run",
    "touched_series",
    "update_article_version",
    "update_source_state",
]
