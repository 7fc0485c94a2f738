"""`notify`: send what the channels have queued, show the outbox, or send a test sample."""

from __future__ import annotations

from argparse import Namespace

from etl.commands.common import Output, settings_of
from etl.commands.output import table
from etl.errors import ConfigError


def cmd_notify(args: Namespace, out: Output, width: int | None) -> int:
    """`--test NAME` sends a sample; `--send` sends what is queued; then the outbox per channel."""
    from etl.notify.dispatch import deliver, outbox_status, send_test

    settings = settings_of(args)
    if args.test:
        out(send_test(settings, args.test))
        return 0
    if not settings.notify:
        raise ConfigError(f"{settings.path}: no [[notify]] channel is configured")
    code = 0
    if args.send:
        for result in deliver(settings):
            waiting = f", {result.waiting} waiting: {result.error}" if result.waiting else ""
            out(f"{result.channel}: {result.sent} sent{waiting}")
            code = 1 if result.waiting else code
    columns, rows = outbox_status(settings)
    configured = {c.name: c.kind for c in settings.notify}
    rows = [(name, configured.get(name, "(removed)"), *rest) for name, *rest in rows]
    out(table(["channel", "kind", *columns[1:]], rows, width))
    return code
