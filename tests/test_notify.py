"""Notifications with real receivers on loopback: a webhook that fails before it accepts, an
Atom feed read back with feedparser, an SMTP server (aiosmtpd); exactly once per change and
channel, also after a kill -9 between a send and its record."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import feedparser
import pytest

from tests.conftest import ROOT, db_rows
from tests.newsroom import HOSTILE, STORIES, TODAY, Newsroom


class Receiver:
    """A webhook endpoint on 127.0.0.1: answers 500 to the first `failures` requests, keeps
    every request, and accepts each delivery id once (a copy is acknowledged, not kept)."""

    def __init__(self, failures: int = 0) -> None:
        self.failures = failures
        self.requests: list[dict] = []
        self.accepted: dict[str, dict] = {}
        self.kill_pid: int | None = None  # kill this process after accepting, before answering
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                receiver.requests.append({"key": self.headers["Idempotency-Key"], "body": body})
                if receiver.failures > 0:
                    receiver.failures -= 1
                    self.send_response(500)
                    self.end_headers()
                    return
                receiver.accepted.setdefault(self.headers["Idempotency-Key"], body)
                if receiver.kill_pid:
                    pid, receiver.kill_pid = receiver.kill_pid, None
                    os.kill(pid, signal.SIGKILL)
                    return
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def room(tmp_path):
    newsroom = Newsroom(tmp_path / "site")
    yield newsroom
    newsroom.stop()


@pytest.fixture
def receiver():
    endpoint = Receiver(failures=2)
    yield endpoint
    endpoint.stop()


def webhook(url: str, extra: str = "") -> str:
    return f'[[notify]]\nname = "team"\nkind = "webhook"\nurl = "{url}"\n{extra}\n'


NEWS = "NOT history"  # what a channel gets by default


def change_ids(tmp_path, where: str = "true") -> list[int]:
    rows = db_rows(tmp_path / "tracker.duckdb", f"SELECT change_id FROM changes WHERE {where}")
    return sorted(r[0] for r in rows)


def test_webhook_gets_each_change_once_after_two_failures(tmp_path, room, receiver, cli):
    config = room.config(tmp_path, webhook(receiver.url))
    for story in STORIES[:2]:
        room.publish(*story, TODAY - timedelta(days=3))
        code, out, _ = cli("--config", str(config), "once")
        assert code == 0 and "notify team: 1 sent" in out
    assert [r["key"] for r in receiver.requests][:3] == [receiver.requests[0]["key"]] * 3
    assert len(receiver.requests) == 4  # two refused, then one accepted; then the second
    assert sorted(b["change_id"] for b in receiver.accepted.values()) == change_ids(tmp_path)
    event = next(b for b in receiver.accepted.values() if b["type"] == "increase")
    assert event["metric"] == "fdi_capital_total" and event["previous_value"] == 36.8e9
    assert event["value"] == 39.9e9 and round(event["delta_pct"], 1) == 8.4
    assert event["outlet"] == "newsroom" and event["url"].endswith("/fdi-2022.html")
    assert event["period_end"] == "2022-12-31" and "US$39.9 billion" in event["sentence"]
    assert event["summary"].startswith("FDI registered capital, cumulative rose: 36.8 bn USD")
    sent = len(receiver.requests)
    assert cli("--config", str(config), "once")[0] == 0  # nothing new: nothing sent again
    room.publish(*STORIES[3], TODAY - timedelta(days=1))
    assert cli("--config", str(config), "once")[0] == 0
    assert len(receiver.requests) == sent + 1
    assert sorted(b["change_id"] for b in receiver.accepted.values()) == change_ids(tmp_path)


def test_kill_between_send_and_record_still_delivers_once(tmp_path, room):
    receiver = Receiver()
    room.publish_all(STORIES[:4])
    config = room.config(tmp_path, webhook(receiver.url))
    run = [sys.executable, str(ROOT / "run.py"), "--config", str(config), "once"]
    process = subprocess.Popen(run, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    receiver.kill_pid = process.pid  # the first delivery is kept, then its sender dies
    process.wait(timeout=120)
    assert process.returncode == -signal.SIGKILL
    assert len(receiver.accepted) == 1
    waiting = db_rows(tmp_path / "tracker.duckdb",
                      "SELECT count(*) FROM notify_outbox WHERE sent_at IS NULL")  # fmt: skip
    assert waiting == [(len(change_ids(tmp_path, NEWS)),)]  # the killed send was never recorded
    again = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    keys = [r["key"] for r in receiver.requests]
    assert len(keys) == len(change_ids(tmp_path, NEWS)) + 1 and len(set(keys)) == len(keys) - 1
    assert sorted(b["change_id"] for b in receiver.accepted.values()) == change_ids(tmp_path, NEWS)
    subprocess.run(run, capture_output=True, timeout=120)
    assert len(receiver.requests) == len(keys)  # a third run sends nothing
    receiver.stop()


def test_feed_lists_changes_readable_by_feedparser(tmp_path, room, cli):
    feed = tmp_path / "out" / "changes.atom"
    channel = '[[notify]]\nname = "reader"\nkind = "feed"\npath = "out/changes.atom"\n'
    room.publish_all([STORIES[0], STORIES[2]])
    config = room.config(tmp_path, channel)
    assert cli("--config", str(config), "once")[0] == 0
    first = feedparser.parse(feed.read_bytes())
    assert not first.bozo and len(first.entries) == len(change_ids(tmp_path)) == 2
    room.publish(*HOSTILE, TODAY)
    assert cli("--config", str(config), "once")[0] == 0
    second = feedparser.parse(feed.read_bytes())
    assert not second.bozo and len(second.entries) == 3
    assert {e.id for e in first.entries} < {e.id for e in second.entries}
    newest = second.entries[0]
    assert newest.title.startswith("FDI registered capital, cumulative rose: 36.8 bn USD")
    assert newest.link.endswith("/fdi-2024.html")
    assert '<b onmouseover="window.__pwned = 3">' in newest.summary  # text, kept as written
    assert newest.tags[0].term == "increase"


def test_email_digest_through_smtp(tmp_path, room, cli):
    from aiosmtpd.controller import Controller

    class Inbox:
        def __init__(self) -> None:
            self.messages = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's naming
            self.messages.append(envelope)
            return "250 OK"

    inbox = Inbox()
    with socket.socket() as probe:  # a free port (the controller checks it by connecting)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    smtp = Controller(inbox, hostname="127.0.0.1", port=port)
    smtp.start()
    try:
        channel = (
            f'[[notify]]\nname = "mail"\nkind = "email"\nsmtp_host = "127.0.0.1"\n'
            f"smtp_port = {port}\n"
            f'from = "tracker@example.org"\nto = ["analyst@example.org"]\n'
        )
        config = room.config(tmp_path, channel)
        room.publish(*STORIES[0], TODAY - timedelta(days=3))
        assert cli("--config", str(config), "once")[0] == 0
        room.publish_all(STORIES[1:3])
        assert cli("--config", str(config), "once")[0] == 0
        assert cli("--config", str(config), "once")[0] == 0
    finally:
        smtp.stop()
    assert len(inbox.messages) == 2  # a digest per pass with changes, none for the empty pass
    message = inbox.messages[1]
    text = message.content.decode("utf-8")
    assert message.rcpt_tos == ["analyst@example.org"]
    assert "Subject: Province news tracker: 2 changes" in text
    assert "Exports in the period first seen: 32.1 bn USD" in text
    assert "FDI registered capital, cumulative rose: 36.8 bn USD -> 39.9 bn USD" in text


def test_filters_and_history(tmp_path, room, receiver, cli):
    receiver.failures = 0
    filters = 'change_types = ["increase", "decrease"]\nmetrics = ["fdi_capital_total"]\n'
    news = webhook(receiver.url, filters + "min_delta_pct = 4")
    history = Receiver()
    everything = f'[[notify]]\nname = "archive"\nkind = "webhook"\nurl = "{history.url}"\n'
    config = room.config(tmp_path, news + everything + "history = true\n")
    room.publish_all(STORIES)
    assert cli("--config", str(config), "backfill", "--since", "2015-01-01")[0] == 0
    assert receiver.requests == []  # a backfill is history: only the channel that asked gets it
    assert sorted(b["change_id"] for b in history.accepted.values()) == change_ids(tmp_path)
    room.publish(*HOSTILE, TODAY)
    assert cli("--config", str(config), "once")[0] == 0
    got = [(b["type"], b["metric"], round(b["delta_pct"], 1)) for b in receiver.accepted.values()]
    assert got == [("increase", "fdi_capital_total", 4.7)]
    history.stop()


def test_source_failing_is_an_event_once(tmp_path, room, receiver, cli):
    receiver.failures = 0
    config = room.config(tmp_path, webhook(receiver.url, "source_failing_after = 2"))
    room.server.routes["/rss.xml"] = lambda request: (503, {"Retry-After": "0"}, b"down")
    config.write_text(
        config.read_text().replace('timeout = "5s"', 'timeout = "5s"\nmax_retries = 0')
    )
    for _ in range(3):
        assert cli("--config", str(config), "once")[0] == 1
    events = [b for b in receiver.accepted.values() if b["type"] == "source_failing"]
    assert len(events) == 1 and events[0]["source"] == "newsroom" and events[0]["passes"] == 2
    assert "503" in events[0]["error"]


def test_notify_test_and_outbox(tmp_path, room, receiver, cli):
    receiver.failures = 0
    config = room.config(tmp_path, webhook(receiver.url))
    code, out, _ = cli("--config", str(config), "notify", "--test", "team")
    assert code == 0 and receiver.requests[0]["body"]["type"] == "test"
    code, _, err = cli("--config", str(config), "notify", "--test", "nobody")
    assert code == 2 and "no [[notify]] channel 'nobody'" in err
    room.publish_all(STORIES[:1])
    assert cli("--config", str(config), "once")[0] == 0
    code, out, _ = cli("--config", str(config), "notify")
    assert code == 0 and out.splitlines()[2].split()[:4] == ["team", "webhook", "1", "0"]


def test_bad_notify_tables_are_named(tmp_path, cli):
    config = tmp_path / "tracker.toml"
    config.write_text(
        '[[notify]]\nname = "Team"\nkind = "pager"\n'
        '[[notify]]\nname = "hook"\nkind = "webhook"\nurl = "ftp://x"\nmetrics = ["fdi"]\n'
        'change_types = ["rise"]\nmin_delta_pct = -1\nsecret = 1\n'
        '[[notify]]\nname = "mail"\nkind = "email"\nto = ["nobody"]\n'
    )
    code, _, err = cli("--config", str(config), "notify")
    assert code == 2
    for problem in ("notify[Team].name", 'notify[Team].kind: expected "webhook" or "feed"',
                    "notify[hook].url", "notify[hook].metrics", "notify[hook].change_types",
                    "notify[hook].min_delta_pct", "notify[hook].secret",
                    "notify[mail].smtp_host", "notify[mail].from", "notify[mail].to"):  # fmt: skip
        assert problem in err, problem


def test_apprise_digest_to_a_loopback_json_service(tmp_path, room, cli):
    pytest.importorskip("apprise", reason="the apprise extra is not installed")
    service = Receiver()
    port = service.server.server_address[1]
    channel = (
        f'[[notify]]\nname = "chat"\nkind = "apprise"\nurls = ["json://127.0.0.1:{port}/hook"]\n'
    )
    config = room.config(tmp_path, channel)
    room.publish(*STORIES[0], TODAY - timedelta(days=1))
    code, out, _ = cli("--config", str(config), "once")
    service.stop()
    assert code == 0 and "notify chat: 1 sent" in out
    assert len(service.requests) == 1
    body = service.requests[0]["body"]
    assert body["title"] == "Province news tracker: 1 change"
    assert "FDI registered capital, cumulative first seen: 36.8 bn USD" in body["message"]


def test_a_database_past_the_outbox_number_still_gets_the_outbox(tmp_path):
    import duckdb

    import db

    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))
    try:
        db.migrate(conn)
        for table in ("notify_outbox", "notify_cursor", "source_passes"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DELETE FROM schema_version WHERE version = 10")  # as if 10 came later
        assert db.migrate(conn) == [10]
        assert conn.execute("SELECT count(*) FROM notify_outbox").fetchone() == (0,)
        assert db.migrate(conn) == []
    finally:
        conn.close()


def test_source_silent_is_an_event_once(tmp_path, room, receiver, cli):
    receiver.failures = 0
    alert = webhook(receiver.url, 'change_types = ["source_silent"]\nsource_silent_after = 2')
    config = room.config(tmp_path, alert)
    room.publish(*STORIES[0], TODAY - timedelta(days=1))
    for _ in range(4):  # new articles, then three passes with nothing new
        assert cli("--config", str(config), "once")[0] == 0
    events = [b for b in receiver.accepted.values()]
    assert [(e["type"], e["source"], e["passes"]) for e in events] == [
        ("source_silent", "newsroom", 2)
    ]


def test_daemon_passes_notify_each_change_once(tmp_path, room, receiver):
    receiver.failures = 0
    config = room.config(tmp_path, webhook(receiver.url))
    config.write_text(config.read_text().replace('url = "http', 'every = "1s"\nurl = "http', 1))
    daemon = subprocess.Popen(
        [sys.executable, str(ROOT / "run.py"), "--config", str(config), "daemon"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        room.publish(*STORIES[0], TODAY - timedelta(days=2))
        _wait(lambda: len(receiver.accepted) == 1)
        room.publish(*STORIES[1], TODAY - timedelta(days=1))
        _wait(lambda: len(receiver.accepted) == 2)
        time.sleep(2.5)  # two more passes find nothing new and send nothing
    finally:
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=30)
    assert daemon.returncode == 0, daemon.stderr.read()
    assert len(receiver.requests) == 2
    assert [b["type"] for b in receiver.accepted.values()] == ["first_seen", "increase"]


def _wait(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)
