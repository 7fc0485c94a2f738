"""Email channel: one digest of a pass's events through SMTP (standard library)."""

from __future__ import annotations

import hashlib
import os
import smtplib
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate

from etl.config.notify import NotifyChannel, Smtp
from etl.notify.events import DeliveryError, Queued


def digest(channel: NotifyChannel, events: Sequence[Queued]) -> EmailMessage:
    """The digest: one line and its details per event; the Message-ID follows the events, so
    the same digest sent twice (a crash between send and record) carries the same id."""
    smtp = _smtp(channel)
    message = EmailMessage()
    message["From"] = smtp.sender
    message["To"] = ", ".join(smtp.to)
    message["Subject"] = smtp.subject.replace("{count}", str(len(events)))
    message["Date"] = formatdate(localtime=False)
    key = hashlib.sha256("\n".join(e.delivery_id for e in events).encode()).hexdigest()[:32]
    message["Message-ID"] = f"<{key}@province-news-tracker>"
    blocks = []
    for event in events:
        p = event.payload
        lines = [f"* {p['summary']}"]
        for field in ("sentence", "title", "outlet", "url", "note", "error"):
            if p.get(field):
                lines.append(f"  {field}: {p[field]}")
        lines.append(f"  delivery id: {event.delivery_id}")
        blocks.append("\n".join(lines))
    message.set_content("\n\n".join(blocks) + "\n")
    return message


def send_digest(channel: NotifyChannel, events: Sequence[Queued]) -> None:
    """Send one digest of `events`.

    Raises:
        DeliveryError: the server could not be reached or refused the message.
    """
    smtp = _smtp(channel)
    password = os.environ.get(smtp.password_env, "") if smtp.password_env else ""
    client: smtplib.SMTP
    try:
        if smtp.ssl:
            client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=channel.timeout,
                                      context=ssl.create_default_context())  # fmt: skip
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=channel.timeout)
        with client:
            if smtp.starttls and not smtp.ssl:
                client.starttls(context=ssl.create_default_context())
            if smtp.user:
                client.login(smtp.user, password)
            client.send_message(digest(channel, events))
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"{smtp.host}:{smtp.port}: {exc}") from exc


def _smtp(channel: NotifyChannel) -> Smtp:
    if channel.smtp is None:
        raise DeliveryError(f"channel {channel.name} has no SMTP settings")
    return channel.smtp
