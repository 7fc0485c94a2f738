"""Export every table and view to Parquet, CSV or JSON Lines, one folder per table."""
