"""The HTML report: latest figures, a chart per series, changes, source health, in one file."""
