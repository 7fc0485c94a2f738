"""The DuckDB side of the tracker: connections, migrations, named queries and writes."""

from db.connect import connect, reading, transaction
from db.migrate import migrate

__all__ = ["connect", "migrate", "reading", "transaction"]
