"""Which part of each corpus is held out: never trained or tuned on, reported beside dev."""

from __future__ import annotations

# PolNeAR train article i (in name order) is held out when i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1
HOLDOUT_EVERY = 10


def is_heldout(index: int) -> bool:
    """Whether the article at ``index`` (in name order) is held out of training."""
    return index % HOLDOUT_EVERY == HOLDOUT_EVERY - 1
