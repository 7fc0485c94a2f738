"""Extract: relevance to the province, then its key figures with provenance (pure)."""
