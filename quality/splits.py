"""Which part of each corpus is held out: never trained or tuned on, reported beside dev."""

from __future__ import annotations

# PolNeAR train article i (in name order) is held out when i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1
HOLDOUT_EVERY = 10


def is_heldout(index: int) -> bool:
    """Whether the article at ``index`` (in name order) is held out of training."""
    return index % HOLDOUT_EVERY == HOLDOUT_EVERY - 1


# GUM news documents (in name order) alternate: even positions tune, odd positions are held out.
# Earlier sessions measured on all 24 news documents; from issue 15 on, rules are tuned on the
# "tune" half alone and the "held-out" half is only looked at for its figures.
GUM_HALVES = ("tune", "held-out")


def gum_half(index: int) -> str:
    """The half of the GUM news document at ``index`` (in name order)."""
    return GUM_HALVES[index % 2]
