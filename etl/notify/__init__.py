"""Notifications: after each pass, every new change goes out once to each [[notify]] channel."""
