"""Province news tracker: discover -> fetch -> parse -> extract -> load -> flag."""
