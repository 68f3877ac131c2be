"""An article's text as Markdown: sentence anchors, actor names linked, in one sweep.

Each sentence becomes ``<span id="sN" class="sentence">`` (the anchor that actor, event and
claim pages link to; a sentence carrying a claim is also ``claim``, ``hedged`` when hedged,
with its speaker and cue as its title) and each named actor a link to its page, classed by
the actor's type and titled with its type and counts (the hover preview); everything else is
escaped data.
Paragraphs, sentences and names are all in text order, so one pass over each finds what falls
where (the time grows with the text, not with sentences times paragraphs or sentences times
names). A paragraph whose Markdown would be longer than ``MAX_PARAGRAPH`` characters is cut
into paragraphs of about that size, between sentences or, inside a sentence longer than twice
that, by closing its span and opening another: Python-Markdown's inline processing costs the
square of a paragraph's length, and no real paragraph comes near the limit.
"""

from __future__ import annotations

import html
from bisect import bisect_left

from .. import urls
from ..markup import md_text
from ..models import Article
from . import links
from .site import NameMention, SiteIndex
from .text import MD, paragraph_spans

MAX_PARAGRAPH = 20_000  # characters of Markdown
TEXT_CHUNK = 1_000  # characters of text escaped at once where a paragraph may be cut
_FREE, _IN_SPAN, _NO_CUT = 0, 1, 2  # whether a paragraph may be cut after a piece, and how
_REOPEN, _CLOSE = '<span class="sentence">', "</span>"


def article_body(site: SiteIndex, page: str, article: Article,
                 limit: int = MAX_PARAGRAPH) -> MD:
    """The article text as Markdown for ``page``."""
    text = article.text
    names = site.names_by_article.get(article.id, [])
    name_starts = [n.start for n in names]
    marks = claim_marks(site, article)
    sentences = _in_text_order(list(article.sentences) or [(0, len(text))])
    paragraphs = []
    first = 0  # the first sentence that may reach into the next paragraph
    # the article's own paragraphs (every line of a .txt); a corpus without them: blank lines
    for p_start, p_end in article.paragraphs or paragraph_spans(text):
        while first < len(sentences) and sentences[first][1] <= p_start:
            first += 1
        pieces: list[tuple[str, int]] = []
        pos = p_start
        j = first
        while j < len(sentences) and sentences[j][0] < p_end:
            s_start, s_end, index = sentences[j]
            j += 1
            start, end = max(s_start, p_start), min(s_end, p_end)
            if start >= end or not text[start:end].strip():
                continue
            # The text between sentences is kept as written (a missing space stays missing).
            pieces += _escaped(text, pos, start, _FREE)
            anchor = f' id="{urls.sentence_anchor(index)}"' if start == s_start else ""
            mark = marks.get(index, "")
            pieces.append((f'<span{anchor} class="sentence{mark}">', _NO_CUT))
            pieces += _linked(site, page, text, start, end, names, name_starts)
            pieces.append((_CLOSE, _FREE))
            pos = end
        pieces += _escaped(text, pos, p_end, _FREE)
        paragraphs.append(_paragraph(pieces, limit))
    return MD("\n\n".join(paragraphs))


def _in_text_order(sentences: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, index) of the sentences by start, none overlapping the one before.

    spaCy's sentences already are; a sentence that starts inside the one before it starts
    where that one ends (its text is shown once), and one left empty is dropped.
    """
    out: list[tuple[int, int, int]] = []
    floor = 0
    for start, end, index in sorted((s, e, i) for i, (s, e) in enumerate(sentences)):
        start = max(start, floor)
        if start < end:
            out.append((start, end, index))
            floor = end
    return out


def claim_marks(site: SiteIndex, article: Article) -> dict[int, str]:
    """What the opening tag of each sentence carrying a claim adds after ``sentence``: its
    classes, a tab stop and a title naming the speaker and cue (HTML-escaped: it is an
    attribute)."""
    by_sentence: dict[int, list[str]] = {}
    hedged: set[int] = set()
    for claim in site.claims_by_article.get(article.id, []):
        cue, _ = site.possessive_cue(claim)
        speaker = (site.actors[claim.speaker].name if claim.speaker in site.actors else
                   site.sources[claim.speaker].name if claim.speaker in site.sources else
                   claim.speaker_text or "unattributed")
        hedge = " (hedged)" if claim.hedged else ""
        by_sentence.setdefault(claim.sentence, []).append(f"{speaker}: {cue}{hedge}")
        if claim.hedged:
            hedged.add(claim.sentence)
    # Focusable, so that the title reaches keyboard readers too: Material's tooltips open on
    # focus as on hover, and point to the tooltip with aria-describedby.
    return {i: (" claim hedged" if i in hedged else " claim") + '" tabindex="0" title="'
            + html.escape("Claim · " + "; ".join(found), quote=True)
            for i, found in by_sentence.items()}


def actor_title(site: SiteIndex, actor_id: str) -> str:
    """The hover preview of an actor link: its type and the name its page goes by ("Place ·
    United States" on "US"). Not its counts: a page shows of another actor only what changes
    when that actor does, so a new article that names the United States re-renders the pages
    it changes, not every page that links the United States (``memo``)."""
    actor = site.actors.get(actor_id)
    if actor is None:
        return ""
    name = html.escape(" ".join(actor.name.split()), quote=True).replace("\\", "&#92;")
    return f"{actor.type.capitalize()} · {name}"


def _linked(site: SiteIndex, page: str, text: str, start: int, end: int,
            names: list[NameMention], name_starts: list[int]) -> list[tuple[str, int]]:
    """The pieces of text[start:end] with every actor name in it linked to its page."""
    out: list[tuple[str, int]] = []
    pos = start
    k = bisect_left(name_starts, start)
    while k < len(names) and names[k].start < end:
        name = names[k]
        k += 1
        if name.start < pos or name.end > end:  # overlapping an earlier name, or the end
            continue
        out += _escaped(text, pos, name.start, _IN_SPAN)
        target = links.href(page, "actor", name.actor)
        kind = site.actors[name.actor].type if name.actor in site.actors else "other"
        kind = "".join(ch for ch in kind if ch.isalnum()) or "other"  # a class name
        out.append((f'[{md_text(text[name.start:name.end])}]({target} '
                    f'"{actor_title(site, name.actor)}"){{: .actor .actor--{kind} }}', _IN_SPAN))
        pos = name.end
    out += _escaped(text, pos, end, _IN_SPAN)
    return out


def _escaped(text: str, start: int, end: int, cut: int) -> list[tuple[str, int]]:
    """text[start:end] escaped, in chunks of about ``TEXT_CHUNK`` characters when it is long.

    A chunk never ends inside a run of white space, so the chunks escape to exactly what the
    whole escapes to (``md_text`` makes a run one space).
    """
    if end - start <= TEXT_CHUNK:
        return [(md_text(text[start:end]), cut)]
    out = []
    while start < end:
        stop = min(start + TEXT_CHUNK, end)
        while stop < end and text[stop - 1].isspace() and text[stop].isspace():
            stop += 1
        out.append((md_text(text[start:stop]), cut))
        start = stop
    return out


def _paragraph(pieces: list[tuple[str, int]], limit: int) -> str:
    """Join a paragraph's pieces; cut it into paragraphs of about ``limit`` when longer."""
    whole = "".join(p for p, _ in pieces)
    if len(whole) <= limit:
        return whole.strip()
    out: list[str] = []
    current: list[str] = []
    size, reopen = 0, False
    for piece, cut in pieces:
        if reopen:  # the sentence cut before this piece goes on in a span of its own
            reopen = False
            if piece == _CLOSE:
                continue
            current.append(_REOPEN)
            size += len(_REOPEN)
        current.append(piece)
        size += len(piece)
        # Between sentences once the limit is reached; inside a sentence only when it alone
        # is far longer than the limit.
        if (cut == _FREE and size >= limit) or (cut == _IN_SPAN and size >= 2 * limit):
            if cut == _IN_SPAN:
                current.append(_CLOSE)
                reopen = True
            out.append("".join(current).strip())
            current, size = [], 0
    out.append("".join(current).strip())
    return "\n\n".join(p for p in out if p)
