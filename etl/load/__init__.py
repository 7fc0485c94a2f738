"""Load: records into table rows and batches into the database."""
