"""What the text calls a name fixes its type: a description apposed to it, or the list it is in.

The word lists are data in ``patterns/readings.yml``:

- "Danish supermodel Helena Christensen", "documentary maker Michael Cockerell": a noun for a
  person's occupation or description (``person_descriptions``) right before a name, which it
  modifies, makes the name a person's; a noun for a body (``body_descriptions``: "drinks firm
  Allied Domecq", "market leader Diageo") makes it an organisation's. A plural one types the
  names of the list it opens, however they were parsed ("construction companies Adhi Karya
  and Semen Gresik"); so does a list of examples of one ("a firm, like Gazprom").
- "a consortium of companies known as Respond", "a man called Bez": the noun a name is
  known or called by (after "known as", "called", "named") types it the same way.
- "Jean-Philippe Cotis, the OECD's chief economist", "Glenmorangie, one of Scotland's premier
  whisky firms": the same nouns apposed after a comma.
- "classical authors like Cicero, Virgil and Tacitus", "people such as Matisse and Stravinsky":
  the names of a list that a noun for people opens are people.
- "JK Rowling, Jacqueline Wilson and Dick King-Smith": a name of two or three words in a list
  whose other names are all people named in full, and that opens with a given name or
  initials as one of them does, is a person's too (not "Madame Tussauds" among "Buckingham
  Palace" and "Alton Towers" read as people) (``lists.type_lists`` types
  the one-word items).

A description is a verdict (a strong type): "Michael Cockerell" read as a body becomes the
person "Cockerell" is elsewhere in the article.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from generator.nlp.actors.context import ActorContext, Candidate, is_country, list_head, retype
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import children_of, doc_tokens
from generator.nlp.wordlists import load_pattern_yaml
from generator.vocab import ActorType

_KINDS = (ActorType.PERSON, ActorType.ORGANIZATION, ActorType.PLACE)


@lru_cache(maxsize=1)
def readings() -> dict[str, frozenset[str]]:
    """The word lists of ``patterns/readings.yml``, lower-cased."""
    text = resources.files("generator.nlp.patterns").joinpath("readings.yml").read_text("utf-8")
    data = load_pattern_yaml(text)
    return {key: frozenset(str(w).lower() for w in words) for key, words in data.items()}


def _noun_type(ctx: ActorContext, noun: Token) -> str | None:
    """The type a describing noun gives a name: a person's, a body's, or none."""
    words = readings()
    lemma, lower = noun.lemma_.lower(), noun.lower_
    mods = {ch.lower_ for ch in children_of(noun) if ch.dep_ in ("compound", "amod", "nmod")}
    if lower in words["maker_nouns"]:
        return ActorType.PERSON if mods & ctx.lex.work_classifiers else None
    if lemma == "leader" and mods & words["market_words"]:
        return ActorType.ORGANIZATION
    if lower in words["person_descriptions"] or lemma in words["person_descriptions"]:
        return ActorType.PERSON
    if lower in words["body_descriptions"]:
        return ActorType.ORGANIZATION
    return None


def role_noun(ctx: ActorContext, noun: Token) -> bool:
    """Is ``noun`` a person's role or description ("correspondent", "ambassador", "woman")?"""
    words = {noun.lower_, noun.lemma_.lower()}
    return noun.pos_ == "NOUN" and (
        _noun_type(ctx, noun) == ActorType.PERSON
        or bool(words & (ctx.lex.person_nouns | ctx.lex.titles))
    )


def _before(ctx: ActorContext, c: Candidate) -> str | None:
    """"supermodel Helena Christensen": a lower-case noun right before the name, modifying it
    or with the name apposed to it ("auditors Grant Thornton")."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if c.start == 0:
        return None
    noun = toks[c.start - 1]
    if _firm_only_before(ctx, c):
        return ActorType.ORGANIZATION
    root = doc_tokens(doc).root(c.start, c.end)
    if noun.text == "," and c.start >= 2 and root.dep_ == "appos" and root.head.i == c.start - 2:
        # "The actor's own production company, Further Films, is ...": apposed after a comma
        noun = root.head
        return _noun_type(ctx, noun) if noun.pos_ == "NOUN" and noun.is_lower else None
    apposed = root.dep_ == "appos" and root.head.i == noun.i  # "auditors Grant Thornton"
    if noun.pos_ != "NOUN" or not noun.is_lower or not (
        c.start <= noun.head.i < c.end or apposed or _bodies_before(ctx, c)
    ):
        return None
    return _noun_type(ctx, noun)


def _bodies_before(ctx: ActorContext, c: Candidate) -> bool:
    """"shares in state construction companies Adhi Karya and Semen Gresik": a plural noun for
    bodies right before a name names what it is, however the parser hung the two."""
    toks = doc_tokens(ctx.doc).tokens
    noun = toks[c.start - 1] if c.start else None
    return (noun is not None and noun.tag_ == "NNS" and noun.is_lower
            and noun.lower_ in readings()["body_descriptions"]
            and not is_country(ctx, c.start, c.end))


def _firm_only_before(ctx: ActorContext, c: Candidate) -> bool:
    """"Bookmaker William Hill said", "retailer John Lewis": a noun no person is called by
    (``firm_only_descriptions``) right before the name, lower-case or a sentence's capitalised
    first word (the model takes it into the name and reads a person)."""
    toks = doc_tokens(ctx.doc).tokens
    if c.start == 0:
        return False
    noun = toks[c.start - 1]
    return noun.lower_ in readings()["firm_only_descriptions"] and (
        noun.is_lower or (noun.is_title and (noun.i == 0 or noun.is_sent_start))
    )


def _work_maker(ctx: ActorContext, c: Candidate) -> bool:
    """"documentary maker Michael Cockerell": "maker" after a kind of work, before the name."""
    toks = doc_tokens(ctx.doc).tokens
    noun = toks[c.start - 1] if c.start else None
    return noun is not None and noun.lower_ in readings()["maker_nouns"]


def _apposed(ctx: ActorContext, c: Candidate) -> str | None:
    """"X, the OECD's chief economist", "X, one of Scotland's premier whisky firms"."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if c.end >= len(doc) or toks[c.end].text != ",":
        return None
    root = doc_tokens(doc).root(c.start, c.end)
    for child in children_of(root):
        if child.dep_ != "appos" or child.i <= c.end or child.i > c.end + 8:
            continue
        noun = child
        if child.lower_ == "one":
            objs = [g for p in children_of(child) if p.lower_ == "of" for g in children_of(p)
                    if g.dep_ == "pobj"]
            if not objs:
                continue
            noun = objs[0]
        if noun.pos_ == "NOUN":
            return _noun_type(ctx, noun)
    return None


def _list_of_people(ctx: ActorContext, c: Candidate) -> bool:
    """"authors like Cicero, Virgil and Tacitus": the name heads or continues a list that a
    noun for people opens with "like", "such as" or "including" (or stands beside: "its hosts
    Anthony McPartlin and Declan Donnelly"). Not ``object_after_noun``: the
    noun is matched as written, a plural ("authors", "people"), and only before the list."""
    words = readings()
    tok = list_head(doc_tokens(ctx.doc).root(c.start, c.end))
    prep = tok.head
    if tok.dep_ == "appos" and prep.i < tok.i and prep.pos_ == "NOUN":
        return prep.lower_ in words["people_nouns"]  # "its hosts Anthony McPartlin and ..."
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in words["example_openers"]
        and prep.head.i < tok.i
        and prep.head.pos_ == "NOUN"
        and prep.head.lower_ in words["people_nouns"]
    )


def _list_of_bodies(ctx: ActorContext, c: Candidate) -> bool:
    """"drug companies, including Merck and Pfizer", "a government-backed firm, like Gazprom":
    the name heads or continues a list that a noun for bodies (``body_descriptions``) opens with
    "like", "such as" or "including", or that a plural one stands beside ("financial
    institutions JP Morgan Chase, Citigroup, Merrill Lynch and ..."); not a country ("markets
    such as China")."""
    words = readings()
    tok = list_head(doc_tokens(ctx.doc).root(c.start, c.end))
    prep = tok.head
    noun = prep.head
    if is_country(ctx, c.start, c.end):
        return False
    if tok.dep_ == "appos" and prep.i < tok.i and prep.tag_ == "NNS":
        return prep.lower_ in words["body_descriptions"]  # "institutions JP Morgan, ..."
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in words["example_openers"]
        and noun.i < tok.i
        and noun.pos_ == "NOUN"
        and noun.lower_ in words["body_descriptions"]
    )


def _party_member(ctx: ActorContext, c: Candidate) -> bool:
    """"The all-party group, including Tories Ken Clarke and Sir George Young": a person's name
    right after a party (its member) or an honorific is a person's, even in a list that a noun
    for bodies opens."""
    if c.type != ActorType.PERSON or c.start == 0:
        return False
    lex = ctx.lex
    prev = doc_tokens(ctx.doc).tokens[c.start - 1]
    key = fold(prev.text)
    return prev.text[:1].isupper() and (
        prev.lower_.rstrip(".") in lex.honorifics
        or fold(lex.alias_to_canonical.get(key, key)) in lex.parties
    )


def _plain_name(ctx: ActorContext, c: Candidate) -> bool:
    """A name that could be a person's by its words: not known to the lexicon, no country,
    region or nationality, no body's or place's head word, all words capitalised."""
    lex = ctx.lex
    span = doc_tokens(ctx.doc).span(c.start, c.end)
    key = fold(span.text)
    if key in lex.types or key in lex.alias_to_canonical or is_country(ctx, c.start, c.end):
        return False
    if key in lex.regions or key in lex.demonyms:
        return False
    return all(
        t.is_punct
        or (t.text[:1].isupper() and t.lower_ not in lex.org_heads
            and t.lower_ not in lex.place_heads)
        or (t.i > c.start and t.lower_ in lex.name_particles)  # "Theo van Gogh"
        for t in span
    )


def _among_people(ctx: ActorContext, c: Candidate, run: list[Candidate]) -> bool:
    """"JK Rowling, Jacqueline Wilson and Dick King-Smith": two words or three, in a list of
    three names or more whose other names are all people named in full."""
    doc, given = ctx.doc, ctx.lex.given_names
    toks = doc_tokens(doc).tokens
    first = toks[c.start].text
    others = [d for d in run if d is not c]
    return (
        (fold(first) in given or (first.isupper() and len(first) <= 3))  # "JK Rowling"
        and any(fold(toks[d.start].text) in given for d in others)
        and len(run) >= 3
        and 2 <= c.end - c.start <= 3
        and all(d.type == ActorType.PERSON and d.end - d.start >= 2 for d in others)
    )


def _runs(ctx: ActorContext, cands: list[Candidate]) -> list[list[Candidate]]:
    """Lists of names joined only by commas and "and"."""
    doc = ctx.doc
    runs: list[list[Candidate]] = []
    for c in cands:
        prev = runs[-1][-1] if runs else None
        glue = doc_tokens(doc).tokens[prev.end : c.start] if prev is not None else None
        if glue is not None and 1 <= len(glue) <= 2 and all(
            t.lower_ in (",", "and") for t in glue
        ):
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _known_as(ctx: ActorContext, c: Candidate) -> str | None:
    """"a consortium of companies known as Respond", "a man called Bez": the noun that the
    naming participle after it describes."""
    root = doc_tokens(ctx.doc).root(c.start, c.end)
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
    elif root.dep_ not in ("oprd", "attr", "dobj"):
        return None
    naming = readings()["naming_verbs"]
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in naming:
        return None
    noun = verb.head
    return _noun_type(ctx, noun) if noun.pos_ == "NOUN" and noun.i < verb.i else None


def described_names(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Type the names that a describing noun or a list of people types (see the module's doc).
    Run once the lists are typed (``lists.type_lists``)."""
    toks = doc_tokens(ctx.doc).tokens
    for run in _runs(ctx, cands):
        # the rest of a list that such a plural opens: "companies Adhi Karya and Semen Gresik"
        bodies = len(run) > 1 and _bodies_before(ctx, run[0])
        for c in run:
            if c.nested or c.type not in _KINDS:
                continue
            typ = _before(ctx, c) or _apposed(ctx, c) or _known_as(ctx, c)
            # a list of bodies: "drug companies, including Merck and Pfizer", "construction
            # companies Adhi Karya and Semen Gresik"
            among_firms = typ is None and not c.titled and not _party_member(ctx, c) and (
                _list_of_bodies(ctx, c)
                or (bodies and c is not run[0] and not is_country(ctx, c.start, c.end)))
            if among_firms:
                typ = ActorType.ORGANIZATION
            if c.strong and not (typ == ActorType.PERSON and _work_maker(ctx, c)):
                continue  # "documentary maker X" overrules "maker" as a firm's classifier
            if c.titled and typ != ActorType.ORGANIZATION:
                continue  # "market leader Diageo": "leader" reads as a title
            if typ == ActorType.PERSON and not _plain_name(ctx, c):
                continue
            if typ == ActorType.ORGANIZATION and c.type == ActorType.PERSON and (
                fold(toks[c.start].text) in ctx.lex.given_names
            ) and not (_firm_only_before(ctx, c) or among_firms):
                continue  # "his colleague and group leader John Smith": a person still
            if typ is None and _plain_name(ctx, c) and (
                _list_of_people(ctx, c) or _among_people(ctx, c, run)
            ):
                typ = ActorType.PERSON
            if typ is not None and typ != c.type:
                retype(c, typ)
