"""Reports of two articles that cannot tell of one event, whatever else they share: they name
other places, neither of which the other article names (``event_evidence._pair``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .event_evidence import Item


def other_places(item: Item, other: Item) -> bool:
    """Say whether two reports of two articles name other places, and neither article names
    the other's place: a place in another ("Houston", "the US"), the article would name too."""
    return (item.article != other.article and item.place is not None
            and other.place is not None and item.place != other.place
            and item.place not in other.named_in_article
            and other.place not in item.named_in_article)
