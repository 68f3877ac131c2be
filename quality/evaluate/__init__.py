"""Quality measurements against the gold corpora in ../shared/corpora."""
