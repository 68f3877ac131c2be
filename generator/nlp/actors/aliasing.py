"""Names the text itself says are one actor: stated aliases and an outlet's own channels.

``join_stated_aliases`` joins two names that an aliasing phrase links ("Mahmoud Abbas, also
known as Abu Mazen", "Abu Mazen (better known as ...)", ``alias_phrases`` in ``actors.yml``).
``join_outlet_divisions`` makes an outlet's channels, programmes and divisions the outlet
("BBC News", "BBC Radio 4", "BBC One" are the BBC, ``outlet_divisions``): the part is named
after the whole, which it joins when the article names it too.
"""

from __future__ import annotations

from typing import Protocol

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

_BETWEEN_PUNCT = frozenset({",", "(", ")", "-", "–", "—", ":", '"', "'"})


class Groups(Protocol):
    """The union-find the grouping stage builds."""

    def find(self, i: int) -> int: ...

    def union(self, a: int, b: int) -> None: ...


def join_stated_aliases(ctx: ActorContext, cands: list[Candidate], groups: Groups) -> None:
    """Join two names the text links by an aliasing phrase ("also known as", "formerly")."""
    doc, phrases = ctx.doc, ctx.lex.alias_phrases
    toks = doc_tokens(doc).tokens
    order = sorted(
        (k for k, c in enumerate(cands) if not c.nested), key=lambda k: cands[k].start
    )
    for a, b in zip(order, order[1:], strict=False):
        first, second = cands[a], cands[b]
        if second.start <= first.end or second.start - first.end > 8:
            continue
        if not toks[first.end - 1].whitespace_ and toks[first.end].text in ("-", "–"):
            continue  # "New York-born Aguilera": a compound adjective, no second name
        words = [t.text for t in toks[first.end : second.start] if t.text not in _BETWEEN_PUNCT]
        if words and fold(" ".join(words)) in phrases:
            groups.union(a, b)
            # one actor, one type: a person's other name is a person's ("Abu Mazen"), and so
            # is a stage name spelled out as a given name and a surname ("JK, also known as
            # Jason King")
            if ActorType.PERSON in (first.type, second.type) or any(
                    _full_personal_name(ctx, c) and other.type != ActorType.PLACE
                    for c, other in ((first, second), (second, first))):
                root = groups.find(a)
                for k, c in enumerate(cands):  # the other mentions of both names too
                    if groups.find(k) == root:
                        c.type = ActorType.PERSON


def _full_personal_name(ctx: ActorContext, c: Candidate) -> bool:
    """Two or three title-case words, the first a given name, none a body's or a place's
    head word ("Jason King"; not "Jason Mining Ltd")."""
    doc, lex = ctx.doc, ctx.lex
    words = doc_tokens(doc).span(c.start, c.end)
    return (
        2 <= len(words) <= 3
        and all(t.is_title for t in words)
        and fold(words[0].text) in lex.given_names
        and not any(t.lower_ in lex.org_heads or t.lower_ in lex.place_heads
                    or t.lower_ in lex.org_suffixes for t in words)
    )


def outlet_of(ctx: ActorContext, c: Candidate) -> tuple[int, int] | None:
    """The token range of the outlet inside a division's name ("BBC" in "BBC Radio 4"), or
    None. The outlet is the name's first word, the rest channel or division words."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if c.type != ActorType.ORGANIZATION or c.end - c.start < 2:
        return None
    first = toks[c.start]
    if not (first.is_upper and len(first.text.replace(".", "")) >= 2):
        return None  # an outlet known by its initials: "BBC", "ITV", "CNN"
    if all(t.lower_ in lex.outlet_divisions for t in toks[c.start + 1 : c.end]):
        return c.start, c.start + 1
    return None


def join_outlet_divisions(ctx: ActorContext, cands: list[Candidate], groups: Groups) -> None:
    """An outlet's channel or division ("BBC News", "BBC Radio 4") is the outlet: it joins the
    outlet's actor when the article names it, and is named after it in any case; named
    without the outlet ("Radio 1" after "BBC Radio 1"), it joins it too."""
    by_key: dict[str, int] = {}
    divisions: dict[str, int] = {}
    for k, c in enumerate(cands):
        if c.type == ActorType.ORGANIZATION and not c.nested:
            by_key.setdefault(_key(ctx, c.start, c.end), k)
    for k, c in enumerate(cands):
        outlet = outlet_of(ctx, c)
        if outlet is None:
            continue
        c.outlet = outlet
        key = _key(ctx, *outlet)
        if key in by_key:
            groups.union(by_key[key], k)
        else:
            by_key[key] = k
        divisions.setdefault(_key(ctx, outlet[1], c.end), k)
    for k, c in enumerate(cands):
        # "Radio 1 said" after "BBC Radio 1": the division named without its outlet
        if c.type == ActorType.ORGANIZATION and not c.nested and c.outlet is None:
            division = divisions.get(_key(ctx, c.start, c.end))
            if division is None and c.end - c.start >= 2:
                division = by_key.get(_outlet_written_before(ctx, c) or "")
            if division is not None and c.end - c.start >= 2:
                groups.union(division, k)


def _outlet_written_before(ctx: ActorContext, c: Candidate) -> str | None:
    """The key of the outlet the text writes before this division's name somewhere ("a BBC
    Radio 3 award" makes "Radio 3" the BBC's, though no actor was "BBC Radio 3"), or None."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    words = [t.lower_ for t in toks[c.start : c.end]]
    if not all(w in lex.outlet_divisions for w in words):
        return None
    n = len(words)
    for i in range(1, len(doc) - n + 1):
        first = toks[i - 1]
        if (
            [t.lower_ for t in toks[i : i + n]] == words
            and first.is_upper
            and len(first.text.replace(".", "")) >= 2
        ):
            return _key(ctx, i - 1, i)
    return None


def _key(ctx: ActorContext, start: int, end: int) -> str:
    dt = doc_tokens(ctx.doc)
    key = fold(dt.span_text(start, end))
    return fold(ctx.lex.alias_to_canonical.get(key, key))
