"""Flag: compare what a run stored with earlier snapshots and record the changes."""
