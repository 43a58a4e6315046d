"""Reading news sites: fetching, listings, articles and digests. No Telegram here."""
