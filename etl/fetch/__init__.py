"""Fetch: the one HTTP seam (polite, bounded, retried) and turning bytes into text."""
