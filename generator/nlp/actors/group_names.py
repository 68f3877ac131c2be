"""What each group of an article's names ends up as: the name readers see
(``canonical_names``) and, for countries and cities that act as a state or a team and for
buildings that stand for a body ("the White House said", "invited to the White House"), the
sense they are read in (``assign_senses``).
"""

from __future__ import annotations

from generator.nlp.actors.classify import sports_team
from generator.nlp.actors.context import ActorContext, Candidate, honorific_gender, is_country
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType


def canonical_names(ctx: ActorContext, cands: list[Candidate], reps: list[int]) -> dict[int, str]:
    """The name readers see for each group: alias canonical, else the longest form."""
    dt = doc_tokens(ctx.doc)
    toks = dt.tokens
    lex = ctx.lex
    best: dict[int, tuple[tuple[int, int, int], str]] = {}
    for c, rep in zip(cands, reps, strict=True):
        start, end = c.outlet or (c.start, c.end)
        text = dt.span_text(start, end)
        canonical = lex.alias_to_canonical.get(fold(text))
        if canonical is not None and c.type == ActorType.PERSON and fold(canonical) in (
            lex.countries
        ):
            canonical = None  # "Holland" of "Ciaran Holland": a surname, not the Netherlands
        if canonical is not None:
            score = (1, len(canonical.split()), len(canonical))
            name = canonical
        else:
            caps_only = text.isupper() and len(text) > 4
            score = (0 if not caps_only else -1, end - start, len(text))
            name = text
            if c.type == ActorType.GROUP and fold(text) + "s" in lex.demonyms:
                name = text + "s"  # "Asian" and "Asians" are one group, named by the plural
        if rep not in best or score > best[rep][0]:
            best[rep] = (score, name)
    names = {rep: name for rep, (_, name) in best.items()}
    # A person named only by an honorific and a surname is "Mrs Howard", not "Howard": the
    # honorific is what tells her from Michael Howard across articles.
    # (the surname the honorific goes with: "Mrs Howard", not "Mrs Sandra" of "Michael
    # Howard's wife, Sandra", ``spouses``)
    honorifics: dict[int, set[tuple[str, str]]] = {}
    for c, rep in zip(cands, reps, strict=True):
        if c.type == ActorType.PERSON:
            g = honorific_gender(ctx, c)
            honorifics.setdefault(rep, set()).add(
                (toks[c.start - 1].text, dt.span_text(c.start, c.end)) if g else ("", ""))
    for rep, seen in honorifics.items():
        titled = seen - {("", "")}
        if len({t for t, _ in titled}) == 1 and len(names[rep].split()) == 1:
            title, surname = min(titled)
            names[rep] = f"{title} {surname if len(surname.split()) == 1 else names[rep]}"
    return names


def assign_senses(ctx: ActorContext, cands: list[Candidate], reps: list[int]) -> None:
    """Mark countries and cities that act (as a state, or as a team in sport) as organizations,
    and seats of power as the place or the body they name here."""
    toks = doc_tokens(ctx.doc).tokens
    teams: set[int] = set()
    for c in cands:
        seat = _seat_sense(ctx, c)
        if seat is not None and seat != c.type:
            c.sense = seat
    for k, c in enumerate(cands):
        if not c.gpe or c.type != ActorType.PLACE:
            continue
        acting = _acting(ctx, c)
        # A state acts; a city or region that is the subject of a verb is still a place
        # ("Houston has played a critical role"), and a name inside a longer name never acts.
        # A country that owns something ("Malaysia's Prime Minister", "Afghanistan's response")
        # stays a place: GUM news and interviews both read most possessor countries so.
        if acting and not c.nested and is_country(ctx, c.start, c.end):
            c.sense = ActorType.ORGANIZATION
        if ctx.sports and not c.nested and (acting or sports_team(ctx, c.start, c.end)):
            teams.add(reps[k])
    for k, c in enumerate(cands):
        if reps[k] in teams and c.gpe and c.type == ActorType.PLACE:
            c.sense = ActorType.ORGANIZATION
        elif c.type == ActorType.GROUP and _people_plural(ctx, c):
            # "Afghans", "Muslims": people named by nation or faith; in sport, a side when
            # they act or take "the" ("the Belgians equalised", "putting the Belgians in the
            # lead"; not "the ability of Afghans")
            the = c.start > 0 and toks[c.start - 1].lower_ == "the"
            side = ctx.sports and (the or _acting(ctx, c))
            c.sense = ActorType.ORGANIZATION if side else ActorType.PERSON


def _seat_sense(ctx: ActorContext, c: Candidate) -> str | None:
    """A seat of power (``seats_of_power``) is a place where one goes or is ("invited to the
    White House", "visited the Kremlin") and the body it houses when it acts ("Downing Street
    said"); elsewhere it keeps its actor's type."""
    doc, lex = ctx.doc, ctx.lex
    if c.nested or c.type not in (ActorType.ORGANIZATION, ActorType.PLACE):
        return None
    start = c.start + (doc[c.start].lower_ == "the")
    if fold(doc_tokens(doc).span_text(start, c.end)) not in lex.seats_of_power:
        return None
    root = doc_tokens(doc).root(c.start, c.end)
    if root.dep_ == "pobj" and root.head.lower_ in lex.seat_prepositions:
        return ActorType.PLACE
    if root.dep_ == "dobj" and root.head.lemma_.lower() in lex.seat_verbs:
        return ActorType.PLACE
    return ActorType.ORGANIZATION if _acting(ctx, c) else None


def _acting(ctx: ActorContext, c: Candidate) -> bool:
    """Is the name (or the first of the names it is coordinated with) the subject of a verb
    other than one of a place's ("lies", "borders")?"""
    tok = doc_tokens(ctx.doc).root(c.start, c.end)
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.pos_ == "VERB"
        and tok.head.lemma_.lower() not in ctx.lex.place_verbs
    )


def _people_plural(ctx: ActorContext, c: Candidate) -> bool:
    """Is the group's name a plural of people ("Afghans", "Muslims"), not an adjective?"""
    toks = doc_tokens(ctx.doc).tokens
    last = toks[c.end - 1]
    return last.tag_ in ("NNPS", "NNS") or (
        last.lower_.endswith("s") and last.lower_[:-1] in ctx.lex.demonyms
    )
