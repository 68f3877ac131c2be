"""Names of works and brands that read like people's: the words around them say what they are.

Each rule reads one candidate; the word lists are data in ``patterns/readings.yml``:

- "Courvoisier brandy", "Malibu rum": a one-word name right before a noun for goods it
  modifies (``goods_nouns``) is a brand; "ten bottles of Glenfiddich" (``container_nouns``) too.
- "Closer, starring Jude Law and Julia Roberts": a name a credit follows after a comma
  (``credit_words``) is a work.
- "Vincenzo Bellini's Norma": in an article about works, a "person" right after another
  person's possessive is that person's work (not a full name opening with a given name:
  "Will and Grace's Debra Messing").
- "The Da Vinci Code claims ...": a person's name of two words or more takes no article; right
  after "the" and modifying no noun after it ("the Blair government"), with no given name, title
  word or body's head word in it ("the Rt Rev Michael Scott-Joynt"), it is a title.
- "films such as My Beautiful Laundrette, Billy Elliot, ...": an item of a list, through
  appositions as well as conjuncts, that a noun for works or products opens ("such as",
  "including", "like") is one of them.

``products.mark_products`` types such a name ``PRODUCT`` firmly: it is not shown as an actor.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.nlp.actors.context import (
    ActorContext,
    Candidate,
    is_country,
    is_title_word,
    list_head,
    object_after_noun,
)
from generator.nlp.actors.described import readings
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.works import about_works
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType


def _brand_of_goods(ctx: ActorContext, c: Candidate, facts: _Facts) -> bool:
    """"Courvoisier brandy", "bottles of Glenfiddich" (not a person's name the document uses:
    "Mondavi wine" beside "Robert Mondavi")."""
    doc, words = ctx.doc, readings()
    toks = doc_tokens(doc).tokens
    given = ctx.lex.given_names
    if any((w := fold(t.text)) in facts.people_words or w in given for t in toks[c.start : c.end]):
        return False
    root = doc_tokens(doc).root(c.start, c.end)
    if c.end - c.start == 1 and c.end < len(doc):
        nxt = toks[c.end]
        if root.dep_ == "compound" and root.head.i == c.end and nxt.is_lower and (
            nxt.lower_ in words["goods_nouns"]
        ):
            return True
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.i < c.start
        and prep.head.lemma_.lower() in words["container_nouns"]
    )


def _credited(ctx: ActorContext, c: Candidate) -> bool:
    """"Closer, starring Jude Law": a comma and a credit right after the name."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    return (
        c.end + 1 < len(doc)
        and toks[c.end].text == ","
        and toks[c.end + 1].lower_ in readings()["credit_words"]
    )


def _after_possessor(ctx: ActorContext, c: Candidate, facts: _Facts) -> bool:
    """"Vincenzo Bellini's Norma", in an article about works."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    return (
        c.type == ActorType.PERSON
        and not c.titled
        and not (c.end - c.start >= 2 and fold(toks[c.start].text) in ctx.lex.given_names)
        and c.start >= 2
        and toks[c.start - 1].tag_ == "POS"
        and c.start - 1 in facts.person_ends
        and facts.about_works
    )


def _the_title(ctx: ActorContext, c: Candidate, facts: _Facts) -> bool:
    """"The Da Vinci Code": a two-word "person" or longer right after "the", modifying no noun,
    and never named without "the" in the document (a title keeps its article, a person does
    not)."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    if fold(dt.span_text(c.start, c.end)) in facts.bare:
        return False
    if c.type != ActorType.PERSON or c.titled or c.end - c.start < 2 or c.start == 0:
        return False
    lex, span = ctx.lex, doc_tokens(doc).span(c.start, c.end)
    if span[-1].lower_ in lex.org_heads or span[-1].lower_ in lex.place_heads or any(
        fold(t.text) in lex.given_names or is_title_word(t, lex) for t in span
    ):
        return False  # "the Rt Rev Michael Scott-Joynt", "the Fraunhofer German-Sino Lab"
    root = span.root
    modifies = root.dep_ in ("compound", "nmod", "amod", "poss") and root.head.i >= c.end
    return toks[c.start - 1].lower_ == "the" and not modifies


def _listed_work(ctx: ActorContext, c: Candidate) -> bool:
    """"films such as My Beautiful Laundrette, Billy Elliot": through appositions too."""
    tok = list_head(doc_tokens(ctx.doc).root(c.start, c.end), appositions=True)
    kinds = ctx.lex.product_nouns | ctx.lex.work_classifiers
    return object_after_noun(tok, c, readings()["example_openers"], kinds)


@dataclass(frozen=True)
class _Facts:
    """What the rules read from the whole document."""

    person_ends: frozenset[int]  # where a person's name ends
    people_words: frozenset[str]  # folded words of people named in full
    about_works: bool  # the article is about works (``works.about_works``)
    bare: frozenset[str]  # folded names the document uses without "the" before them


def document_facts(ctx: ActorContext, cands: list[Candidate]) -> _Facts:
    """The facts of ``_Facts`` for the document's candidates."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    people = [c for c in cands if c.type == ActorType.PERSON]
    return _Facts(
        person_ends=frozenset(c.end for c in people),
        people_words=frozenset(
            fold(t.text) for c in people if c.end - c.start >= 2 for t in toks[c.start : c.end]
        ),
        about_works=about_works(ctx),
        bare=frozenset(
            fold(dt.span_text(c.start, c.end))
            for c in cands
            if c.start == 0 or toks[c.start - 1].lower_ != "the"
        ),
    )


def staged_work(ctx: ActorContext, c: Candidate, facts: _Facts) -> bool:
    """Is the candidate a work or a brand by the words around it (see the module's doc)?"""
    if c.strong:
        return False
    if c.type == ActorType.PLACE:  # "bottles of Glenfiddich", tagged a place
        return not is_country(ctx, c.start, c.end) and _brand_of_goods(ctx, c, facts)
    if c.type not in (ActorType.PERSON, ActorType.ORGANIZATION):
        return False
    return (
        _brand_of_goods(ctx, c, facts)
        or _credited(ctx, c)
        or _after_possessor(ctx, c, facts)
        or _the_title(ctx, c, facts)
        or (c.type == ActorType.PERSON and _listed_work(ctx, c))
    )
