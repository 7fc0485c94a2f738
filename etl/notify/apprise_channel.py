"""Apprise channel (optional extra): one digest per pass to chat services (Telegram, Slack ...)."""

from __future__ import annotations

from collections.abc import Sequence

from etl.config.notify import NotifyChannel
from etl.notify.events import DeliveryError, Queued


def send_digest(channel: NotifyChannel, events: Sequence[Queued]) -> None:
    """Send one message listing `events` to every URL of the channel.

    Raises:
        DeliveryError: apprise is not installed, or a service did not take the message.
    """
    try:
        import apprise
    except ImportError as exc:
        raise DeliveryError("the apprise extra is not installed (pip install apprise)") from exc
    notifier = apprise.Apprise()
    for url in channel.urls:
        notifier.add(url)
    title = f"Province news tracker: {len(events)} change{'s' if len(events) != 1 else ''}"
    lines = []
    for event in events:
        link = event.payload.get("url")
        lines.append(f"- {event.payload['summary']}" + (f" ({link})" if link else ""))
    if not notifier.notify(title=title, body="\n".join(lines)):
        raise DeliveryError(f"apprise: a service of channel {channel.name} refused the message")
