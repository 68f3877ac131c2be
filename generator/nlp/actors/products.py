"""Products are not actors: software, vehicles, programmes and studies named like bodies.

A name whose own words say it is a product ("Space Shuttle Program", "the cruise ship
Freewinds", "Internet Explorer 9", "IE6"), or a "person" named right after a known company
("Google Chrome"), one a product noun is ranked after ("the second browser after Firefox"),
or one a product or work noun is called by ("a technology called Visual Radio"),
gets the internal type ``PRODUCT`` firmly, so its whole group follows in the
vote and is not shown; so do awards and works (``works``: "Oscar", "the third Harry Potter
film"). A name that only modifies a product noun ("the NEMISIS database") votes for it: an
organization named often elsewhere stays one. A name opening with a product's whole name of two
words or more is its part ("Project Entropia Dollars" after "the game Project Entropia").
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from generator.nlp.actors.context import (
    PRODUCT,
    ActorContext,
    Candidate,
    is_title_word,
    list_head,
    object_after_noun,
    prev_word,
    retype,
)
from generator.nlp.actors.described import readings
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.programmes import broadcast_title
from generator.nlp.actors.staged import document_facts, staged_work
from generator.nlp.actors.work_cues import named_as_work
from generator.nlp.actors.works import (
    for_an_award,
    genre_first,
    is_award,
    is_work,
    of_the_works,
    people_facts,
    role_in_work,
    star_of_work,
    works_in_lists,
)
from generator.nlp.doc_tokens import children_of, doc_tokens
from generator.vocab import ActorType

_VERSION = re.compile(r"^[A-Z]{2,}\d{1,2}$")  # "IE6", "PS3": a product and its version


def _version_after(doc: Doc, end: int) -> bool:
    """A version number right after a name ("Internet Explorer 6", "Windows 7")."""
    toks = doc_tokens(doc).tokens
    if end >= len(doc) or "\n" in toks[end - 1].whitespace_ or not toks[end].like_num:
        return False
    text = toks[end].text
    if not text.replace(".", "").isdigit() or len(text.split(".")[0]) > 2:
        return False  # "Fan Expo Canada 2016": a year
    nxt = toks[end + 1] if end + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.text in ("-", "–", "/")
        and end + 2 < len(doc)
        and toks[end + 2].like_num
    ):
        return False  # "Joe Louis 26 - 1": a record or a score, not a version
    return nxt is None or not (nxt.is_alpha and nxt.is_lower)  # "Studio 54 members"


def _is_product(ctx: ActorContext, c: Candidate) -> bool:
    """Does the name itself say it is a product, a vehicle, software or a programme (not an
    actor)? "Space Shuttle Program", "Space Shuttle Enterprise", "the cruise ship Freewinds",
    "Internet Explorer 9", "IE6" (a kind noun before it is read apart: ``_kind_before``)."""
    doc, lex = ctx.doc, ctx.lex
    span = doc_tokens(doc).span(c.start, c.end)
    words = [t.lower_ for t in span]
    if words[-1] in lex.product_heads:
        return True
    if words[-1] not in lex.place_heads and words[-1] not in lex.org_heads and any(
        w in lex.product_classifiers for w in words[:-1]
    ):
        return True
    if len(span) == 1 and _VERSION.match(span.text):
        return True
    return (
        not ctx.sports
        and _version_after(doc, c.end)
        and words[-1] not in lex.org_heads
        and words[-1] not in lex.numbered_names
    )


def _kind_before(ctx: ActorContext, c: Candidate) -> str | None:
    """The kind noun right before the name, "work" or "product", when one says what it is:
    "the graphic novel Silver Gull", "the movie The Aviator" (works), "the cruise ship
    Freewinds" (a product); None when there is none or the name runs it."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    prev = prev_word(doc, c.start - 1)
    if prev is not None and prev.text == "The" and prev.i > 0 and (
        not prev.is_sent_start or toks[prev.i - 1].is_lower
    ):
        # "the movie The Aviator": the title's own article (the parse may open a sentence
        # there, not after a lower-case noun: "hit US cartoon The Simpsons, following ...")
        prev = prev_word(doc, prev.i - 1)
    if prev is not None and prev.is_title and not prev.is_sent_start and not ctx.sports:
        prev = _before_title(ctx, prev)
    if prev is None or not _noun_here(prev) or _runs_it(doc, c):
        return None
    if prev.lower_ in lex.work_classifiers or prev.lemma_.lower() in lex.work_classifiers:
        return "work"
    return "product" if prev.lower_ in lex.product_classifiers else None


def _before_title(ctx: ActorContext, first) -> Token | None:
    """"US television hit Desperate Housewives": the model cut the title after its first
    word(s); the word before the capitalised words the name does not hold, when it is a work
    noun (up to two words on one line, neither a title nor a given name: "in Mr Peston's book
    Mr Brown" names the chancellor)."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    i = first.i
    while (
        first.i - i < 2 and i > 0 and toks[i - 1].is_title and "\n" not in toks[i - 1].whitespace_
    ):
        i -= 1
    if any(
        is_title_word(t, lex) or t.lower_.rstrip(".") in lex.honorifics
        or fold(t.text) in lex.given_names
        for t in toks[i : first.i + 1]
    ):
        return None  # "In Mr Peston's book Mr Brown ...": a person's title or given name
    prev = prev_word(doc, i - 1)
    if prev is None or "\n" in prev.whitespace_ or not prev.is_lower:
        return None
    return prev if prev.lower_ in lex.work_classifiers else None


def _noun_here(tok: Token) -> bool:
    """Is a kind word read as a noun: tagged one, or a verb form the parse gave it that a
    singular noun before it makes a compound ("crime show CSI", "talent show The X Factor",
    "the debut of US television hit Desperate Housewives", which the parse may read as "the
    debut ... hit"; not "the company hit Acme": the noun before is the verb's subject), or one a
    preposition takes ("for hit Hey Ya!")?"""
    if tok.pos_ == "NOUN":
        return True
    before = doc_tokens(tok.doc).tokens[tok.i - 1] if tok.i > 0 else None
    if tok.pos_ != "VERB" or any(
        ch.dep_ in ("nsubj", "nsubjpass") and ch == before for ch in children_of(tok)
    ):
        return False
    return tok.dep_ == "pobj" or (
        before is not None and before.tag_ == "NN" and before.is_lower and bool(before.whitespace_)
    )


def _runs_it(doc: Doc, c: Candidate) -> bool:
    """"the after-school program Oxfam runs learn to read": a finite verb right after the
    name whose subject is not the name (or a relative clause) makes the name the subject of a
    reduced relative clause on the kind noun: the body that runs it, not its name."""
    toks = doc_tokens(doc).tokens
    if c.end >= len(doc) or toks[c.end].tag_ not in ("VBZ", "VBD", "VBP"):
        return False
    verb, root = toks[c.end], doc_tokens(doc).root(c.start, c.end)
    if verb.dep_ == "aux" and verb.head.dep_ == "relcl" and root.head == verb.head:
        return True  # "every track Robbie has released": the singer's, not the track's name
    # The verb's subject must be someone else: in "The cruise ship Ocean Dancer left Miami"
    # the subject is the kind noun the name stands beside, and the name is the ship's.
    gapped = verb.dep_ == "relcl" and not any(  # "Comedy drama X managed to pull in ...": X's verb
        ch.dep_ in ("dobj", "xcomp", "ccomp") for ch in children_of(verb)
    )
    return gapped or (root.head != verb and any(
        t.dep_ in ("nsubj", "nsubjpass") and t != root.head and not c.start <= t.i < c.end
        for t in children_of(verb)
    ))


def _product_modifier(ctx: ActorContext, c: Candidate) -> bool:
    """Is the name a modifier of a product noun ("the NEMISIS database", "the IE9 browser")?
    Only a hint: "the Scientology blog" may be the blog of an organization."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    root = doc_tokens(doc).root(c.start, c.end)
    head = root.head
    return (
        root.dep_ in ("compound", "nmod", "amod")
        and head.i >= c.end
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in ctx.lex.product_nouns
        and all(not t.is_punct for t in toks[c.end : head.i])
    )


def _version_of(ctx: ActorContext, c: Candidate) -> bool:
    """"the next version of Windows", "new versions of Firefox": a name that has versions."""
    root = doc_tokens(ctx.doc).root(c.start, c.end)
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.i < c.start
        and prep.head.lemma_.lower() == "version"
    )


def _maker_camel(ctx: ActorContext, c: Candidate) -> bool:
    """"Apple iPod", "Apple iPods": a known company's name and a word written in lower-case
    camel case (no body's word) is the company's product."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if c.end - c.start != 2:
        return False
    maker, word = toks[c.start], toks[c.start + 1].text
    return (
        lex.types.get(fold(maker.text)) == ActorType.ORGANIZATION
        and word[:1].islower()
        and any(ch.isupper() for ch in word[1:])
    )


def _listed_after_kind(ctx: ActorContext, c: Candidate) -> bool:
    """"Windows programs, including Internet Explorer", "films such as Sideways and The
    Aviator": an item of a list that a product or work noun opens ("including", "such as",
    "like") is a product or a work of that kind; so is one a network opens in a sentence on
    file sharing ("networks like eDonkey, Kazaa and Grokster facilitate illegal filesharing")."""
    tok = list_head(doc_tokens(ctx.doc).root(c.start, c.end))
    kinds = ctx.lex.product_nouns | ctx.lex.work_classifiers
    verb = tok.head
    if tok.dep_ == "dobj" and verb.lemma_ == "include" and verb.i < c.start:
        # "Other films tipped include Closer": the kind is the verb's subject
        # (or of a verb before it the parse hangs there: "films tipped include")
        verbs = [verb, *(ch for ch in children_of(verb) if ch.i < verb.i and ch.pos_ == "VERB")]
        return any(
            ch.dep_ == "nsubj" and ch.pos_ == "NOUN" and ch.lemma_.lower() in kinds
            for v in verbs
            for ch in children_of(v)
        )
    openers = readings()["example_openers"]
    return object_after_noun(tok, c, openers, kinds) or (
        object_after_noun(tok, c, openers, readings()["sharing_networks"])
        and _on_file_sharing(tok)
    )


def _on_file_sharing(tok: Token) -> bool:
    """Does the sentence of ``tok`` speak of file sharing ("networks like Kazaa and Grokster
    facilitate illegal filesharing")? Then its networks are programs, not broadcasters."""
    words = readings()["file_sharing_words"]
    text = tok.sent.text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text) for w in words)


def _called_kind(ctx: ActorContext, c: Candidate) -> bool:
    """"a technology called Visual Radio", "a system called Unicode", "a film named Torak": a
    name that a naming participle (``naming_verbs``) after a product or work noun gives it."""
    lex = ctx.lex
    root = doc_tokens(ctx.doc).root(c.start, c.end)
    verb = root.head
    if root.dep_ not in ("oprd", "attr", "dobj") or verb.i >= c.start:
        return False
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in (
        readings()["naming_verbs"]
    ):
        return False
    noun, kinds = verb.head, lex.product_nouns | lex.product_classifiers | lex.work_classifiers
    return noun.pos_ == "NOUN" and noun.i < verb.i and noun.lemma_.lower() in kinds


def _described_as_kind(ctx: ActorContext, c: Candidate) -> bool:
    """"The Aviator, a film biography of ...", "Linux is a free operating system": a name
    that an apposition after a comma or a copula right after it calls a work or a product is
    one (not "Acme, a software company": the head word counts; not in sports documents)."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if ctx.sports or c.end >= len(doc):
        return False  # results lists parse badly, and "singles" there is no song
    kinds = lex.product_nouns | lex.work_classifiers
    root = doc_tokens(doc).root(c.start, c.end)
    if toks[c.end].text == ",":
        for child in children_of(root):
            if child.dep_ == "appos" and child.i > c.end and child.lemma_.lower() in kinds:
                return True
    verb = root.head
    if root.dep_ == "nsubjpass" and verb.lemma_ in ("name", "vote") and any(
        child.dep_ == "oprd" and child.lemma_.lower() in kinds for child in children_of(verb)
    ):
        return True  # "The Aviator has been named best film"
    if root.dep_ == "nsubj" and verb.i == c.end and verb.lemma_ == "be" and any(
        child.dep_ == "attr" and child.lemma_.lower() in kinds for child in children_of(verb)
    ):
        return True
    # "Other American shows which won praise were The X-Files, ... Twin Peaks": the items of a
    # list that a plural kind noun is said to be
    item = list_head(root)
    return item.dep_ == "attr" and item.head.lemma_ == "be" and any(
        child.dep_ == "nsubj" and child.tag_ == "NNS" and child.lemma_.lower() in kinds
        for child in children_of(item.head)
    )


def _ranked_with_product(ctx: ActorContext, c: Candidate) -> bool:
    """"the second browser after Firefox", "the app behind Foo": a name that a product noun
    is ranked after, behind or like is a product of that kind."""
    return object_after_noun(doc_tokens(ctx.doc).root(c.start, c.end), c,
                             ("after", "behind", "like"), ctx.lex.product_nouns)


def _maker_before(ctx: ActorContext, c: Candidate, makers: dict[int, Candidate]) -> bool:
    """"Google Chrome", "Sony Walkman": a one-word "person" right after a known company's name
    that modifies it is the company's product (a person is not named after a company; "Sony
    Pictures" or "Google News" are no person's names and stay what they are)."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    maker = makers.get(c.start)
    if maker is None or c.end - c.start != 1 or c.type != ActorType.PERSON or c.titled:
        return False
    root = doc_tokens(doc).root(maker.start, maker.end)
    return root.dep_ == "compound" and root.head.i == c.start and not toks[maker.end - 1].is_punct


def _owned(ctx: ActorContext, c: Candidate, makers: dict[int, Candidate]) -> bool:
    """"IBM's Workplace software": a known company's name and "'s" right before the name."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    return c.start >= 2 and toks[c.start - 1].tag_ == "POS" and c.start - 1 in makers


def _owned_place(ctx: ActorContext, c: Candidate) -> bool:
    """"Microsoft's Windows": a company owns no place; a "place" it owns that modifies no noun
    and is no region the lexicon knows is its product ("Sony's Tokyo office" is a place)."""
    dt = doc_tokens(ctx.doc)
    root = doc_tokens(ctx.doc).root(c.start, c.end)
    return (
        c.type == ActorType.PLACE
        and not (root.dep_ in ("compound", "nmod", "amod") and root.head.i >= c.end)
        and fold(dt.span_text(c.start, c.end)) not in ctx.lex.regions
    )


def _modifiers(ctx: ActorContext, cands: list[Candidate]) -> Counter:
    """Per folded one-word name: how many of its mentions modify a product noun ("Linux
    software", "a Linux program", "Linux versions"). A name that does so twice is a product,
    whatever the model's type of the others (never a titled person's name)."""
    toks = doc_tokens(ctx.doc).tokens
    counts: Counter = Counter()
    for c in cands:
        if c.end - c.start == 1 and not c.titled and not c.strong and _product_modifier(ctx, c):
            counts[fold(toks[c.start].text)] += 1
    return counts


def mark_products(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Type as products the names that say they are software, vehicles or programmes (a strong
    type: the whole actor follows in the vote and is not shown); a name that modifies a product
    noun only votes for it, so an organization named often elsewhere stays one; twice, or
    after its maker's possessive ("IBM's Workplace software"), it is a product."""
    dt = doc_tokens(ctx.doc)
    lex = ctx.lex
    makers = {
        c.end: c
        for c in cands
        if c.type == ActorType.ORGANIZATION
        and lex.types.get(fold(dt.span_text(c.start, c.end))) == ActorType.ORGANIZATION
    }
    people, person_starts = people_facts(ctx, cands)
    facts = document_facts(ctx, cands)
    modifying = _modifiers(ctx, cands)
    titled_works = of_the_works(ctx, cands)
    # what the text calls a technology once it is everywhere, whatever head word reads as a
    # body's elsewhere ("a technology called Visual Radio", then "Visual Radio should not ...")
    called = {fold(dt.span_text(c.start, c.end)) for c in cands if _called_kind(ctx, c)}
    for c in cands:
        if c.type not in (ActorType.ORGANIZATION, ActorType.PLACE, ActorType.PERSON) or c.nested:
            continue
        key = fold(dt.span_text(c.start, c.end))
        if key in lex.types or key in lex.alias_to_canonical or key in lex.countries:
            continue
        # a work or an award by its own words ("the biopic Ray"; the corpus reads the name so
        # in other articles too); a product, a programme or a vehicle otherwise
        kind = _kind_before(ctx, c)
        star = star_of_work(ctx, c, person_starts)
        work = (
            kind == "work"
            or is_award(ctx, c, people)
            or is_work(ctx, c, person_starts)
            or c.start in titled_works
            or genre_first(ctx, c)
            or role_in_work(ctx, c)
            or for_an_award(ctx, c)
            or named_as_work(ctx, c, person_starts)
            # "EastEnders star Shane Richie"; a band has stars too ("Rolling Stones star Ronnie
            # Wood": a plural name), read in this article only
            or (star and not _plural_name(ctx, c))
        )
        if (
            work
            # a guess, read in this article only: "Vincenzo Bellini's Norma"
            or staged_work(ctx, c, facts)
            or star
            or kind is not None  # "the cruise ship Freewinds"
            or _is_product(ctx, c)
            or _maker_before(ctx, c, makers)
            or _ranked_with_product(ctx, c)
            or _version_of(ctx, c)
            or _listed_after_kind(ctx, c)
            or _described_as_kind(ctx, c)
            or key in called
            or _maker_camel(ctx, c)
            or broadcast_title(ctx, c)
            or modifying[key] >= 2
            or (_owned(ctx, c, makers) and (_product_modifier(ctx, c) or _owned_place(ctx, c)))
        ):
            retype(c, PRODUCT)
            c.work = work
        elif c.type != ActorType.PERSON and not c.strong and _product_modifier(ctx, c):
            c.votes[PRODUCT] += 2
    for c in works_in_lists(ctx, cands, PRODUCT, people):
        retype(c, PRODUCT)
        c.work = True
    for c in _opening_a_product(ctx, cands):
        retype(c, PRODUCT)


def _plural_name(ctx: ActorContext, c: Candidate) -> bool:
    """A name of two words or more whose last reads as a plural ("Rolling Stones")."""
    last = doc_tokens(ctx.doc).words[c.end - 1]
    return c.end - c.start >= 2 and last.endswith("s") and not last.endswith("ss")


def _opening_a_product(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """"the game Project Entropia" ... "Project Entropia Dollars": a name that opens with the
    whole name of a product or work of two words or more that the document shows is its part
    (not a known name; one word is too little: "Mac" is no part of the magazine "Mac Format")."""
    dt = doc_tokens(ctx.doc)
    lex = ctx.lex
    products = {
        fold(dt.span_text(c.start, c.end))
        for c in cands
        if c.type == PRODUCT and c.end - c.start >= 2
    }
    if not products:
        return []
    out = []
    for c in cands:
        key = fold(dt.span_text(c.start, c.end))
        if c.type == PRODUCT or c.nested or key in lex.types or key in lex.alias_to_canonical:
            continue
        if any(key.startswith(p + " ") for p in products):
            out.append(c)
    return out
