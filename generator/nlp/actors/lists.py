"""Items of a list ("Yukos, Gazprom and Rosneft") take the type their neighbours agree on; the
items of a list of places ("towns including Cardiff, Bangor and Wrexham") are places, and so
are those of a long list of places most of which are typed or named so ("Bristol West, Cambridge,
Manchester Gorton, ...")."""

from __future__ import annotations

from generator.nlp.actors.context import (
    ActorContext,
    Candidate,
    is_country,
    prev_word,
    retype,
)
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.pairs import beside_a_known_body
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

_LIST_GLUE = frozenset({",", "and", "or", "&"})


def type_lists(ctx: ActorContext, cands: list[Candidate]) -> None:
    """A list of three or more names joined only by commas and "and"/"or" ("BMW, Mini and
    Rolls-Royce"): a weakly typed one-word item takes the type that all the others share.
    Run once the names the model missed are found again (the second "BMW")."""
    runs = _runs(ctx, cands, _glue)
    kinds = (ActorType.PERSON, ActorType.ORGANIZATION, ActorType.PLACE)
    places = [run for run in _runs(ctx, cands, _loose_glue)
              if _mostly_places(ctx, run) or _visited(ctx, run)]
    seats = {tuple(map(id, run)) for run in places}  # the runs by their candidates
    for run in runs + places:
        if tuple(map(id, run)) in seats or _listed_places(ctx, run):
            for c in run:
                if not c.strong and c.type in kinds and c.type != ActorType.PLACE:
                    retype(c, ActorType.PLACE, strong=False)
                    c.gpe = True
            continue
        if len(run) == 2:
            beside_a_known_body(ctx, run)
        if len(run) < 3:
            continue
        for c in run:
            others = [d for d in run if d is not c]
            types = {d.type for d in others}
            if (
                not c.strong
                and c.end - c.start == 1  # "Chris Sutton" among mistyped teams stays a person
                and len(types) == 1
                and (typ := types.pop()) in kinds
                and typ != c.type
                and c.type in kinds
                and not is_country(ctx, c.start, c.end)
                and not _place_after_preposition(ctx, c)
            ):
                retype(c, typ, strong=False)


def _glue(tokens) -> bool:
    """Only commas and "and"/"or" between two items."""
    return 1 <= len(tokens) <= 2 and all(t.lower_ in _LIST_GLUE for t in tokens)


def _loose_glue(tokens) -> bool:
    """Commas and "and"/"or" around a name no candidate holds ("Bristol West, Cardiff
    Central, Leeds North West", "Newcastle-upon-Tyne Central, Liverpool")."""
    return (
        1 <= len(tokens) <= 7
        and any(t.lower_ in _LIST_GLUE for t in tokens)
        and all(
            t.lower_ in _LIST_GLUE or t.is_title or t.text == "-"
            or not (t.whitespace_ or doc_tokens(t.doc).tokens[t.i - 1].whitespace_)  # "-upon-"
            for t in tokens
        )
        and not any(t.is_sent_start for t in tokens)
    )


def _runs(ctx: ActorContext, cands: list[Candidate], glued) -> list[list[Candidate]]:
    """The candidates in runs of list items, ``glued`` telling what may stand between two."""
    runs: list[list[Candidate]] = []
    toks = doc_tokens(ctx.doc).tokens
    for c in cands:
        if c.nested:
            continue  # "Bristol" of "Bristol West, Cambridge": no item of the list
        prev = runs[-1][-1] if runs else None
        if prev is not None and prev.end <= c.start and glued(toks[prev.end : c.start]):
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _mostly_places(ctx: ActorContext, run: list[Candidate]) -> bool:
    """A list of five names or more outside sport (where places are teams), two thirds of
    them places or named as a town's part is ("Bristol West", "Leeds North West",
    ``compass_words``), two at least so named: the seats of an election."""
    if ctx.sports or len(run) < 5:
        return False
    doc, compass = ctx.doc, ctx.lex.compass_words
    toks = doc_tokens(doc).tokens
    named = [
        c.end - c.start >= 2 and toks[c.end - 1].lower_ in compass
        and toks[c.start].lower_ not in compass
        for c in run
    ]
    parts = sum(named)
    # each item counts once: "Bristol West" typed a place is one place, not two
    placed = sum(n or c.type == ActorType.PLACE for n, c in zip(named, run, strict=True))
    # a team sheet of surnames the model reads as places is no list of places
    return parts >= 2 and 3 * placed >= 2 * len(run)


def _visited(ctx: ActorContext, run: list[Candidate]) -> bool:
    """"as he visits Manchester, Liverpool, Leicester, Somerset, Basingstoke, Shrewsbury, Dorset
    and Torbay": a list of four names or more outside sport, half of them places, that a verb
    of visiting (``visit_verbs``) takes as its object, is a list of places."""
    if ctx.sports or len(run) < 4:
        return False
    if 2 * sum(c.type == ActorType.PLACE for c in run) < len(run):
        return False
    head = ctx.doc[run[0].start : run[0].end].root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head.dep_ == "dobj" and head.head.lemma_.lower() in ctx.lex.visit_verbs


def _listed_places(ctx: ActorContext, run: list[Candidate]) -> bool:
    """"towns and cities including Cardiff, Bangor and Wrexham", "countries such as ...": the
    list follows a noun for places (``list_place_nouns``) and an opener (``list_openers``);
    names the model missed may stand between the opener and the first name found."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    i = run[0].start - 1
    while i >= 0 and run[0].start - i <= 8 and (
        toks[i].lower_ in _LIST_GLUE or (toks[i].is_title and toks[i].pos_ == "PROPN")
    ):
        i -= 1
    for width in (2, 1):
        if i - width + 1 >= 0 and fold(dt.span_text(i - width + 1, i + 1)) in lex.list_openers:
            j = i - width
            while j >= 0 and toks[j].is_punct:
                j -= 1
            return j >= 0 and toks[j].pos_ == "NOUN" and toks[j].lemma_.lower() in (
                lex.list_place_nouns
            )
    return False


def _place_after_preposition(ctx: ActorContext, c: Candidate) -> bool:
    """"Ahmed Khan, from Leicester, and Peter Hall ...": a place after "from" or "in" is where
    the item before comes from, not an item of the list."""
    prev = prev_word(ctx.doc, c.start - 1)
    return (
        c.type == ActorType.PLACE
        and prev is not None
        and prev.lower_ in ("from", "in")  # not "of": "the top three of Chelsea, Leeds and ..."
    )
