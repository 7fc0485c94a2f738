"""The tracker's exceptions.

EtlError
├── ConfigError        bad config file or command-line input (exit 2)
├── FetchError         one URL could not be fetched
│   ├── TransientFetchError   worth retrying on a later pass (timeouts, 5xx, 429)
│   └── PermanentFetchError   not worth retrying (404, robots.txt, too many redirects)
├── StorageError       the database refused a read or write (disk full, no permission)
└── SkipArticle        an article is deliberately not stored (not HTML, empty body)
"""


class EtlError(Exception):
    """Base of every error the tracker raises on purpose."""


class ConfigError(EtlError):
    """The configuration or the command line is wrong; the message says where and how."""


class FetchError(EtlError):
    """A URL could not be fetched."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class TransientFetchError(FetchError):
    """The fetch may work later (timeout, connection reset, 429, 5xx)."""


class PermanentFetchError(FetchError):
    """The fetch will not work by retrying (404, disallowed by robots.txt, redirect loop)."""


class DisallowedByRobots(PermanentFetchError):
    """robots.txt does not allow our user agent to fetch the URL."""


class StorageError(EtlError):
    """The database refused a read or write (disk full, no permission); nothing half-written."""


class SkipArticle(EtlError):
    """The page is not an article worth storing."""
