"""Pipeline: compose discover -> fetch -> parse -> extract -> load -> flag into a run."""
