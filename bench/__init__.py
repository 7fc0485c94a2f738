"""Benchmarks: scripts that print their numbers (see docs/benchmarks.md)."""
