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
    add_review,
    clear_flag_queue,
    list_changes,
    points_of_series,
    queue_figures,
    queued_figures,
    replace_points,
    reports_of_points,
    reviews_of_series,
    store_figures,
    suspect_points,
    touched_points,
)
from db.store.runs import (
    fill_published_dates,
    finish_run,
    source_states,
    start_run,
    update_source_state,
)
from db.store.state import all_validators, fresh_robots, save_robots, set_validators

__all__ = [
    "add_review",
    "all_validators",
    "articles_to_recheck",
    "clear_flag_queue",
    "current_figures_of",
    "fill_published_dates",
    "finish_run",
    "fresh_robots",
    "insert",
    "insert_articles",
    "known_article_ids",
    "known_url_ids",
    "list_changes",
    "mark_checked",
    "points_of_series",
    "queue_figures",
    "queued_figures",
    "replace_points",
    "reports_of_points",
    "reviews_of_series",
    "save_robots",
    "set_validators",
    "source_states",
    "start_run",
    "store_figures",
    "suspect_points",
    "touched_points",
    "update_article_version",
    "update_source_state",
]
