"""Parse: an article page into title, date, canonical URL, language and body text (pure)."""
