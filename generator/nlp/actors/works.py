"""Awards and works are not actors: prizes, films, books and series that are named like people.

Each rule reads one candidate and its words; the word lists are data in ``actors.yml``:

- An award: a name in ``award_names`` ("Oscar", "Bafta", "Grammy": a short list of the prizes
  news reports name alone), unless a person of the document is named in full with it ("Oscar
  Wilde"); a name ending in an award's head word ("Turner Prize", ``award_heads``) or right
  before one ("the Brit awards": the model cut the name before its head); a name glued to
  "-winning" or "-nominated" ("an Emmy-winning actress", ``award_adjectives``).
- A work: a person's name that a creative role and another person's name follow ("the Harry
  Potter director Jane Doe", ``work_roles``: a person has no director); a person's name
  after an ordinal, before a work noun or ending the phrase ("the third Harry Potter film",
  "the sixth Harry Potter": instalments of a series; not "the second Bush administration");
  a full name that "and the" and an untagged capitalised run, no title, join into one title
  ("Harry Potter and the Prisoner of Azkaban"; not "Jane Doe and the Chancellor").

``products.mark_products`` types such a name ``PRODUCT`` firmly, so its whole actor (also
"Harry" and "Potter" alone) follows and is not shown.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import children_of, doc_tokens
from generator.vocab import ActorType


def full_name_words(ctx: ActorContext, cands: list[Candidate]) -> frozenset[str]:
    """Folded words of the people the document names in two words or more (not an award's
    name the model read as a person's: "Golden Globes" is no person beside itself)."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    return frozenset(
        fold(t.text)
        for c in cands
        if c.type == ActorType.PERSON and c.end - c.start >= 2
        and fold(dt.span_text(c.start, c.end)) not in ctx.lex.award_names
        for t in toks[c.start : c.end]
    )


def is_award(ctx: ActorContext, c: Candidate, people: frozenset[str]) -> bool:
    """"Oscar", "two Baftas", "Turner Prize", "Emmy-winning", "Best Actress": an award, not an
    actor."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    key = fold(dt.span_text(c.start, c.end))
    if key in lex.award_names and not set(key.split()) & people:
        return True
    if c.end - c.start >= 2 and toks[c.end - 1].lower_ in lex.award_heads:
        return True
    if (
        c.end - c.start >= 2
        and toks[c.start].lower_ == "best"
        and toks[c.end - 1].lower_ in lex.award_categories
    ):
        return True  # "Swank won Best Actress", "Best Supporting Actor"
    if (
        c.end < len(doc)
        and toks[c.end].lower_ in lex.award_heads
        and not toks[c.end].is_sent_start
        and "\n" not in toks[c.end - 1].whitespace_
    ):
        return True  # "the Brit awards", the model's name cut before the award's head
    return (
        c.end + 1 < len(doc)
        and toks[c.end].text in ("-", "–")
        and not toks[c.end - 1].whitespace_
        and not toks[c.end].whitespace_
        and toks[c.end + 1].lower_ in lex.award_adjectives
    )


def _person_starts(cands: list[Candidate]) -> frozenset[int]:
    return frozenset(c.start for c in cands if c.type == ActorType.PERSON)


_ORDINALS = frozenset(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth")
)


def _ordinal_before(doc: Doc, i: int) -> bool:
    toks = doc_tokens(doc).tokens
    return i >= 0 and toks[i].is_lower and (
        toks[i].ent_type_ == "ORDINAL" or toks[i].lower_ in _ORDINALS
    )


def _and_the_title(ctx: ActorContext, c: Candidate) -> bool:
    """"Harry Potter and the Prisoner of Azkaban": a name, "and the", and a capitalised word
    the model tags as no name and that is no title ("Smith and the Chancellor"), joined to the
    name: one title of a work."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    i = c.end
    if i + 2 >= len(doc) or toks[i].lower_ != "and" or toks[i + 1].lower_ != "the":
        return False
    j = i + 2
    while j < len(doc) and toks[j].is_title and toks[j].ent_iob_ == "O" and (
        toks[j].lower_ not in lex.title_last_words
    ):
        j += 1
    if j < len(doc) and toks[j].text in ("-", "–"):
        j = j + 2 if j + 2 < len(doc) and toks[j + 1].is_title else j
        while j < len(doc) and toks[j].is_title and toks[j].ent_iob_ == "O":
            j += 1  # "the Half-Blood Prince": a title word inside the title is its own
    end_word = toks[j - 1]
    return (
        j > i + 2
        and end_word.dep_ == "conj"
        and c.start <= end_word.head.i < c.end
    )


def is_work(ctx: ActorContext, c: Candidate, person_starts: frozenset[int]) -> bool:
    """"Harry Potter director Jane Doe", "the third Harry Potter film": a work, not a person."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if c.type != ActorType.PERSON or c.titled or c.end >= len(doc):
        return False
    nxt = toks[c.end]
    if nxt.is_lower and nxt.lower_ in lex.work_roles and c.end + 1 in person_starts:
        return True
    if c.end - c.start >= 2 and _and_the_title(ctx, c):
        return True
    root = doc_tokens(doc).root(c.start, c.end)
    if not _ordinal_before(doc, c.start - 1):
        return False
    if root.dep_ in ("compound", "nmod"):
        # "the third Harry Potter film"; "the second Bush administration" is no work
        return root.head.i == c.end and nxt.lemma_.lower() in lex.work_classifiers
    return c.start >= 2 and (toks[c.start - 2].lower_ == "the" or toks[c.start - 2].tag_ == "POS")


def people_facts(ctx: ActorContext, cands: list[Candidate]) -> tuple[frozenset, frozenset]:
    """What the two rules read from the whole document (full names' words, people's starts)."""
    return full_name_words(ctx, cands), _person_starts(cands)


def _list_neighbours(tok, rivals: frozenset[str]) -> list:
    """Tokens one list step from ``tok``: its conjuncts and appositions, either way, the
    name a work's name hangs on with "of" (the model cut "Eternal Sunshine of the Spotless
    Mind" in two names: one title), and the subject that "is an alternative to" it ("Linux is
    a free alternative to Microsoft's Windows": a thing of the same kind; ``rival_nouns``)."""
    out = [child for child in children_of(tok) if child.dep_ in ("conj", "appos")]
    if tok.dep_ in ("conj", "appos"):
        out.append(tok.head)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i < tok.i:
        out.append(tok.head.head)
    rival = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and rival.lemma_.lower() in rivals:
        if rival.dep_ == "attr" and rival.head.lemma_ == "be":
            out.extend(ch for ch in children_of(rival.head) if ch.dep_ == "nsubj")
        elif rival.dep_ == "appos":
            out.append(rival.head)
    return out


def _listed_target(ctx: ActorContext, c: Candidate, people: frozenset[str]) -> bool:
    """Can a list make this name a work? Not a known name, nor a person named in full (a
    cast named beside the films: "Closer, starring Jude Law and Julia Roberts, ...")."""
    dt = doc_tokens(ctx.doc)
    lex = ctx.lex
    key = fold(dt.span_text(c.start, c.end))
    if c.nested or c.strong or key in lex.types or key in lex.alias_to_canonical:
        return False
    if key in lex.countries or key in lex.regions or key in lex.demonyms:
        return False
    if c.type == ActorType.PERSON:
        return not c.titled and c.end - c.start == 1 and key not in people
    return c.type in (ActorType.ORGANIZATION, ActorType.PLACE)


def works_in_lists(ctx: ActorContext, cands: list[Candidate], product: str,
                   people: frozenset[str]) -> list[Candidate]:
    """"It is up against Finding Neverland, The Motorcycle Diaries and the film Vera Drake":
    the names of a list (conjuncts and appositions, however far along it) one of whose items
    is a work by its own words are works too (not only names after a work noun). Returns the
    candidates it marks; the caller types them."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    by_root = {doc_tokens(doc).root(c.start, c.end).i: c for c in cands}
    seeds = [doc_tokens(doc).root(c.start, c.end) for c in cands if c.type == product and c.strong]
    # "..., The Paper Kites and the British film Mabel Price": the kind word itself an item
    seeds += [
        t for t in toks
        if t.dep_ in ("conj", "appos") and t.pos_ == "NOUN"
        and t.lemma_.lower() in ctx.lex.work_classifiers
    ]
    seen = {t.i for t in seeds}
    todo = list(seeds)
    marked: list[Candidate] = []
    while todo:
        tok = todo.pop()
        for nb in _list_neighbours(tok, ctx.lex.rival_nouns):
            if nb.i in seen or (nb.i not in by_root and nb.pos_ != "PROPN"):
                continue  # a list goes on through names only ("Ray and his band": no name)
            seen.add(nb.i)
            c = by_root.get(nb.i)
            if c is None:
                todo.append(nb)  # a title the model did not tag: the list goes on
                continue
            if c.type == product or not _listed_target(ctx, c, people):
                continue
            marked.append(c)
            todo.append(nb)
    return marked


def genre_first(ctx: ActorContext, c: Candidate) -> bool:
    """"Comedy Meet The Fockers topped the box office": a name the model opens with a capitalised
    kind of work (a sentence's first word) and two words more or more is that work's title."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    first = toks[c.start]
    return (
        c.end - c.start >= 3
        and first.is_title
        and first.lower_ in lex.work_classifiers
        and not c.titled
    )


_PART_NOUNS = frozenset(("role", "roles", "performance", "performances", "portrayal"))
_PART_VERBS = frozenset(("star",))


def _part_played(prep) -> bool:
    """Is ``prep`` ("in") what a part is played in: "his role in", "starred in", also after
    the part's name ("his performance as Ray Charles in", "her portrayal of Ray Charles in")?"""
    part = prep.head
    if part.dep_ == "pobj" and part.head.lower_ in ("as", "of") and part.pos_ == "PROPN":
        part = part.head.head
    return (part.pos_ == "NOUN" and part.lower_ in _PART_NOUNS) or (
        part.pos_ == "VERB" and part.lemma_.lower() in _PART_VERBS
    ) or _played_part(part)


def _played_part(verb) -> bool:
    """"Kudrow, who played Phoebe in Friends": "play" with a name for object, the part."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "play" and any(
        ch.dep_ == "dobj" and ch.pos_ == "PROPN" for ch in children_of(verb)
    )


def _free_title(ctx: ActorContext, c: Candidate) -> bool:
    """Can the words around a name make it a work: not a name the words fix (a place only
    by where the text puts it may be), not a titled person nor one named in full, not a
    country, region or name the lexicon knows?"""
    lex = ctx.lex
    key = fold(doc_tokens(ctx.doc).span_text(c.start, c.end))
    return not (
        (c.strong and not c.placed)
        or c.titled
        or (c.type == ActorType.PERSON and c.end - c.start > 1)
        or key in lex.types
        or key in lex.alias_to_canonical
        or key in lex.countries
        or key in lex.regions
    )


def role_in_work(ctx: ActorContext, c: Candidate) -> bool:
    """"his supporting role in Closer", "for her performance in Vera Drake", "Foxx has starred in
    Collateral", "his performance as Ray Charles in Ray", "who played Phoebe in Friends": in an
    article about works (two work nouns or more: "film", "movie", ...), what a part is played
    in is a work, also a name the model cut before the title's last word ("role in Finding
    Neverland"). Not a country, region or name the lexicon knows ("her role in Iraq", "his role
    in Labour"), not a person named in full, not a name the words fix."""
    doc = ctx.doc
    tok = doc_tokens(doc).root(c.start, c.end)
    while (
        tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.pos_ == "PROPN"
        and tok.head.is_title
    ):
        tok = tok.head  # "role in Finding Neverland", the model's name cut at "Finding"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or not _part_played(prep):
        return False
    if ctx.sports and _played_part(prep.head):
        return False  # "played Arsenal in Lisbon": a match
    return _free_title(ctx, c) and about_works(ctx)


def for_an_award(ctx: ActorContext, c: Candidate) -> bool:
    """"tipped to win best actor for Ray", "his third nomination for Million Dollar Baby",
    "nominated for Sideways", "an Oscar for The Aviator": in an article about works, what a
    prize or a nomination is for is a work (not a person named in full: "a nomination for Jamie
    Foxx", nor a name the words or the lexicon fix)."""
    doc, lex = ctx.doc, ctx.lex
    tok = doc_tokens(doc).root(c.start, c.end)
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for":
        return False
    head = prep.head
    prize = (
        (head.pos_ == "NOUN" and head.lemma_.lower() in _PRIZE_NOUNS)
        or (head.pos_ == "VERB" and head.lemma_.lower() == "nominate")
        or fold(head.text) in lex.award_names
        or _best(head)
        # "win best actor for Ray": the prize is the verb's object
        or (head.pos_ == "VERB" and any(ch.dep_ == "dobj" and _best(ch)
                                        for ch in children_of(head)))
    )
    return prize and _free_title(ctx, c) and about_works(ctx)


def _best(tok) -> bool:
    """"best actor", "best film": a category of a prize."""
    return any(ch.lower_ == "best" and ch.dep_ == "amod" for ch in children_of(tok))


_PRIZE_NOUNS = frozenset(("nomination", "award", "prize", "oscar", "statuette"))


def about_works(ctx: ActorContext) -> bool:
    """Is the article about works (two work nouns or more: "film", "movie", "novel", ...)?"""
    toks = doc_tokens(ctx.doc).tokens
    lex = ctx.lex
    return sum(
        1 for t in toks if t.pos_ == "NOUN" and t.lemma_.lower() in lex.work_classifiers
    ) >= 2


def star_of_work(ctx: ActorContext, c: Candidate, person_starts: frozenset[int]) -> bool:
    """"Aviator star Alan Alda", "former Grange Hill actress Amma Asante": in an article about
    works and not about sport, a name the model reads as a body's, that "star" (or "actor",
    ``work_performers``) and a person's name follow, is a work (a body has no star; not a name
    the lexicon knows)."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    key = fold(dt.span_text(c.start, c.end))
    return (
        c.type == ActorType.ORGANIZATION
        and not c.strong
        and not ctx.sports
        and c.end + 1 < len(doc)
        and toks[c.end].lower_ in lex.work_performers
        and c.end + 1 in person_starts
        and key not in lex.types
        and key not in lex.alias_to_canonical
        and about_works(ctx)
    )


def of_the_works(ctx: ActorContext, cands: list[Candidate]) -> frozenset[int]:
    """Starts of the names that end a work's title "X of the Y" ("The Lord of the Rings",
    "The Phantom of the Opera"): the model tags only "Rings", an actor of its own. Capitalised
    words no entity holds (not a body's head: "Bank of the West"), "of the", the name; a work
    where the document shows one of its mentions to be: "The" mid-sentence before it, a work
    noun, a colon and a subtitle or "-style" after it ("the Lord of the Rings trilogy"), or
    an article about works when the first word is no title ("the Secretary of the Treasury")."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    found: dict[str, list[int]] = {}
    shown: set[str] = set()
    works = about_works(ctx)
    for c in cands:
        s = c.start - 2
        if s < 1 or toks[s].lower_ != "of" or toks[s + 1].lower_ != "the":
            continue
        while s > 0 and toks[s - 1].is_title and toks[s - 1].is_alpha and not toks[s - 1].ent_type_:
            s -= 1
        if s == c.start - 2 or toks[c.start - 3].lower_ in lex.org_heads | lex.named_bodies:
            continue
        key = fold(dt.span_text(s, c.end))
        found.setdefault(key, []).append(c.start)
        head = toks[s].lower_
        after = toks[c.end] if c.end < len(doc) else None
        if (
            (s > 0 and toks[s - 1].text == "The" and not toks[s - 1].is_sent_start)
            or (after is not None and after.lemma_.lower() in lex.work_classifiers)
            or (after is not None and after.text == ":" and c.end + 1 < len(doc)
                and toks[c.end + 1].is_title)
            or (after is not None and after.text == "-" and c.end + 1 < len(doc)
                and toks[c.end + 1].lower_ == "style")
            or (works and head not in lex.titles and head not in lex.title_last_words)
        ):
            shown.add(key)
    return frozenset(i for key in shown for i in found[key])
