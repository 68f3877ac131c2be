"""The actor page's ego graph: the actor in the middle, the actors it appears with around it.

Drawn at build time as an inline SVG (no script): a line to each co-actor, as thick as the tie
is strong (sentences, events and claims shared, relative to the strongest), each co-actor a
circle coloured by type (``ego-node--<type>`` in ``extra.css``) and a link to its page, with a
``<title>`` that the browser shows on hover. Names are data: escaped, and cut to fit
in the figure (a label on its left or right edge has less room than one at the top).
The links are to the published pages (raw HTML, which MkDocs does not rewrite), made like the
explore pages' (``urls.asset_link``).
"""

from __future__ import annotations

import html
import math
from functools import lru_cache

from .. import urls
from .context import counted
from .site import SiteIndex
from .text import MD

WIDTH, HEIGHT = 420, 300
RING = 112  # distance of the co-actors from the centre
LABEL_CHARS = 22


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


# Widths of an 11 px sans-serif label's characters, in px, a little over the common fonts'
# (the system font draws them: the site loads no web font): narrow, capitals and wide, others.
_NARROW, _WIDE = set("fijlrt.,:;'!|()[] -"), set("MWmw@%")
MARGIN = 2  # kept free between a label and the figure's edge


def _text_width(text: str) -> float:
    return sum(3.3 if ch in _NARROW else 9.2 if ch in _WIDE else 7.3 if ch.isupper()
               else 6.1 for ch in text)


def _label(name: str, room: float = float("inf")) -> str:
    """``name`` cut (with "…") to ``LABEL_CHARS`` characters and to ``room`` px."""
    if len(name) <= LABEL_CHARS and _text_width(name) <= room:
        return name
    cut = name[: LABEL_CHARS - 1]
    while cut and _text_width(cut.rstrip() + "…") > room:
        cut = cut[:-1]
    return cut.rstrip() + "…"


def _room(x: float, anchor: str) -> float:
    """The px a label drawn at ``x`` with ``anchor`` has before an edge of the figure."""
    if anchor == "start":
        return WIDTH - MARGIN - x
    if anchor == "end":
        return x - MARGIN
    return 2 * (min(x, WIDTH - x) - MARGIN)


def ego_svg(site: SiteIndex, page: str, actor_id: str, limit: int) -> MD:
    """A ``<figure>`` with the ego graph of ``actor_id`` (its ``limit`` strongest ties), or an
    empty string when it appears with no one."""
    rows = site.related.get(actor_id, [])[:limit]
    if not rows:
        return MD("")
    actor = site.actors[actor_id]
    ties = tuple((r.actor, r.sentences, r.events, r.claims, r.total,
                  site.actors[r.actor].name, site.actors[r.actor].type) for r in rows)
    return _figure(page, actor.name, actor.type, ties)


@lru_cache(maxsize=16_384)  # a serve rebuild draws the same figures again
def _figure(page: str, name: str, type_: str, ties: tuple) -> MD:
    """The ego graph's ``<figure>``: ``ties`` are (id, sentences, events, claims, total, name,
    type) of each co-actor."""
    top = max(t[4] for t in ties) or 1
    cx, cy = WIDTH / 2, HEIGHT / 2
    lines, nodes = [], []
    for i, (other_id, sentences, events, claims, total, other_name, other_type) in enumerate(
            ties):
        angle = 2 * math.pi * i / len(ties) - math.pi / 2
        x, y = cx + RING * math.cos(angle), cy + RING * math.sin(angle)
        strength = total / top
        lines.append(f'<line x1="{cx:.0f}" y1="{cy:.0f}" x2="{x:.1f}" y2="{y:.1f}" '
                     f'stroke-width="{1 + 4 * strength:.1f}"></line>')
        shared = [counted(sentences, "sentences")]
        if events:
            shared.append(counted(events, "events"))
        if claims:
            shared.append(counted(claims, "claims"))
        tip = f"{other_name} ({other_type}): {', '.join(shared)} shared"
        target = urls.site_url(urls.page_path("actor", other_id))
        href = urls.asset_link(page, target) + "/"  # the page's folder, as MkDocs publishes it
        # Labels on the left half end at the node, on the right half start at it.
        anchor = "end" if x < cx - 1 else "start" if x > cx + 1 else "middle"
        dx = -10 if anchor == "end" else 10 if anchor == "start" else 0
        dy = 4 if anchor != "middle" else (-12 if y < cy else 20)
        nodes.append(
            f'<a href="{_esc(href)}" class="ego-node ego-node--{_esc(other_type)}">'
            f'<title>{_esc(tip)}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{5 + 4 * strength:.1f}"></circle>'
            f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}">'
            f'{_esc(_label(other_name, _room(x + dx, anchor)))}</text></a>')
    centre = (f'<g class="ego-node ego-node--{_esc(type_)} ego-centre">'
              f'<title>{_esc(name)}</title>'
              f'<circle cx="{cx:.0f}" cy="{cy:.0f}" r="12"></circle></g>')
    caption = (f"Who {_esc(name)} appears with: the {len(ties)} strongest ties "
               "(sentences, events and claims shared; a thicker line is a stronger tie). "
               "Hover a name for the counts, click it for the page.")
    return MD(
        f'<figure class="ego-graph">\n'
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="group" aria-label="Ego graph">'
        f'<g class="ego-lines">{"".join(lines)}</g>{centre}{"".join(nodes)}</svg>\n'
        f'<figcaption>{caption}</figcaption>\n'
        f'</figure>')
