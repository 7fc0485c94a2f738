"""A small news site on loopback whose articles a test publishes between passes, and the
config that follows it (for the report, notification and export tests)."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from pathlib import Path

from etl.commands.sitesrv import SiteServer
from tests.conftest import source_block, write_config

TODAY = date.today()
POINTS_SQL = "SELECT metric, coalesce(partner, ''), count(*) FROM points GROUP BY ALL"
HOSTILE_TITLE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
HOSTILE_LEAD = '<b onmouseover="window.__pwned = 3">bold</b><svg onload="window.__pwned = 4">'

# (path, title, sentence, days before today): cumulative FDI through 2024, and exports.
STORIES = [
    ("/fdi-2021.html", "Binh Duong FDI at the end of 2021",
     "As of December 31, 2021, Binh Duong had total registered FDI capital of US$36.8 billion."),
    ("/fdi-2022.html", "Binh Duong FDI at the end of 2022",
     "As of December 31, 2022, Binh Duong had total registered FDI capital of US$39.9 billion."),
    ("/exports-2023.html", "Binh Duong exports in 2023",
     "In 2023, Binh Duong's exports reached US$32.1 billion, the statistics office said."),
    ("/fdi-2023.html", "Binh Duong FDI at the end of 2023",
     "As of December 31, 2023, Binh Duong had total registered FDI capital of US$40.8 billion."),
    ("/exports-2024.html", "Binh Duong exports in 2024",
     "In 2024, Binh Duong's exports reached US$34.6 billion, the statistics office said."),
]  # fmt: skip
HOSTILE = (
    "/fdi-2024.html",
    HOSTILE_TITLE + " Binh Duong FDI in 2024",
    HOSTILE_LEAD + " As of December 31, 2024, Binh Duong had total registered FDI capital of "
    "US$42.7 billion.",
)


def page(title: str, sentence: str, published: date) -> str:
    """An article page; the title and sentence are text (their markup characters escaped)."""
    return (
        f"<html><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"<meta property='article:published_time' content='{published}T09:00:00+07:00'></head>"
        f"<body><h1>{escape(title)}</h1><article><p>{escape(sentence)}</p>"
        "<p>Binh Duong remains one of the leading destinations of foreign investment.</p>"
        "</article></body></html>"
    )


class Newsroom:
    """A folder served on 127.0.0.1: `publish` writes an article and lists it in the feed."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        (folder / "robots.txt").write_text("User-agent: *\n")
        self.server = SiteServer(folder)
        self.base = self.server.start()
        self.paths: list[str] = []
        self._feed()

    def publish(self, path: str, title: str, sentence: str, published: date) -> None:
        """Write an article and add it to rss.xml."""
        (self.folder / path.lstrip("/")).write_text(page(title, sentence, published))
        if path not in self.paths:
            self.paths.append(path)
        self._feed()

    def publish_all(self, stories=STORIES, first_day: int = 60) -> None:
        """Publish stories one day apart, the first `first_day` days ago."""
        for offset, (path, title, sentence) in enumerate(stories):
            self.publish(path, title, sentence, TODAY - timedelta(days=first_day - offset))

    def _feed(self) -> None:
        items = "".join(
            f"<item><title>t</title><link>{self.base}{p}</link></item>" for p in self.paths
        )
        (self.folder / "rss.xml").write_text(
            f"<rss version='2.0'><channel><title>t</title>{items}</channel></rss>"
        )

    def config(self, folder: Path, notify: str = "", tracker: str = "") -> Path:
        """A config with this site's feed as the one source, and `notify` tables."""
        source = source_block("newsroom", "rss", f"{self.base}/rss.xml")
        return write_config(folder, source + "\n" + notify, tracker=tracker)

    def stop(self) -> None:
        """Stop serving."""
        self.server.stop()
