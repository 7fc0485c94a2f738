"""A person's verdict on a point: kept in `reviews`, then the point's series is flagged again, so
that its suspect flag, its changes and latest_figures follow the verdict."""

from __future__ import annotations

from typing import TYPE_CHECKING

import db
from db import store
from db.records import ReviewRow
from etl.errors import ConfigError
from etl.flag.step import flag_changes
from etl.models import RunReport

if TYPE_CHECKING:
    from etl.pipeline.tracker import Tracker

VERDICTS = ("accept", "reject")


def review_point(tracker: Tracker, review: ReviewRow) -> RunReport:
    """Keep the verdict and flag the point's series again, as a run of mode "review".

    Raises:
        ConfigError: an unknown verdict, or no stored figure reports that point.
    """
    if review.verdict not in VERDICTS:
        raise ConfigError(f"review: expected accept or reject, got {review.verdict!r}")
    now = review.reviewed_at
    settings = tracker.settings
    with tracker.database.session() as conn, db.transaction(conn):
        run_id = store.start_run(conn, "review", [], None, None, now)
        if not store.add_review(conn, review):
            raise ConfigError(f"review: no stored figure reports {_described(review)}")
        changes = flag_changes(conn, run_id, now, settings.conflict_tolerance, settings.catalogue)
        store.finish_run(conn, run_id, "ok", {"changes_new": changes}, [], now)
    return RunReport(run_id, "review", "ok", 0, 0, 0, changes)


def _described(point: ReviewRow) -> str:
    series = point.metric + (f" [{point.partner}]" if point.partner else "")
    period = f"{point.period_start}..{point.period_end}" if point.period_start else point.period_end
    return f"{series} at {period} (see `review` for the suspect points)"
