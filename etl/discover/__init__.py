"""Discover: walk a source (feed, sitemap, listing pages) and collect its article links."""
