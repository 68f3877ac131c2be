"""Where a name stands: names the model mistypes that the text puts where places go.

- ``located_in``: a name the model reads as a body right after "in" is a town ("aid workers in
  Nairobi"). The model often tags a city it does not know as an organization. Right after
  "in" (no article: "in the Treasury" is a body) and with no dateline to vouch for it, such a
  name is where something happens: "officials in Nairobi said", "prayers continued in
  Calcutta". Not after the words of ``in_body_heads`` ("a stake in Costain", "confidence in
  Tarmac"), not an acronym ("in NATO"), not a name the lexicon lists, and not in a sentence
  written in capitals.
- ``located_names``: a one-word name read as a person's that the model tags a place elsewhere
  in the document and that stands after "in" or "at" (applied by ``cues`` with the
  document's other corrections).
- ``located_at``: a body after "at" that hangs on a verb or on an event noun is the place
  where something happened ("met at Herat", "the summit at Camp David"); not after a verb of
  belonging or aiming (``at_body_verbs``: "is at Microsoft", "works at Acme").
- ``kind_before``: a name right after a kind of place is that place ("the capital Dushanbe",
  "the port city Aden").
- ``travelled``: a name after "from" or "to" that hangs on a verb of going is a place ("fled
  to Aden", "flew from Dushanbe").
- ``kind_of_names``: untagged title-case words after "the town of" (any ``place_kind_nouns``
  word) name a place ("the town of Uyo").
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import children_of, doc_tokens
from generator.vocab import ActorType

MAX_WORDS = 2
_RESULTS = frozenset({"win", "victory", "defeat", "draw", "loss", "wins", "victories"})


def located_in(ctx: ActorContext, label: str, start: int, end: int) -> bool:
    """Is the span a town the model read as a body, right after "in"?"""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    if label != "ORG" or end - start > MAX_WORDS or start == 0 or ctx.caps[start]:
        return False
    prep = toks[start - 1]
    if prep.text != "in":
        return False
    span = doc_tokens(doc).span(start, end)
    if not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in span):
        return False  # acronyms ("in NATO"), "in Al-Qaeda"
    root = span.root
    if root.dep_ != "pobj" or root.head.i != prep.i:
        return False
    if end < len(doc) and (toks[end].tag_ == "POS" or toks[end].lower_ in lex.org_cues):
        return False  # "in Tarmac's accounts", "in Costain shares"
    head = prep.head
    if head.lemma_.lower() in lex.in_body_heads or head.lower_ in lex.in_body_heads:
        return False
    key = fold(span.text)
    return key not in lex.types and key not in lex.alias_to_canonical


def located_names(ctx: ActorContext, cands: list[Candidate]) -> set[str]:
    """One-word names the model tags a place (GPE, LOC, FAC) somewhere in the document and
    that a candidate has right after "in" or "at" ("will hold its conference in Manchester"
    beside "Manchester" read as a man's name elsewhere): places wherever they stand."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    tagged = {e.text for e in doc_tokens(doc).ents
              if len(e) == 1 and e.label_ in ("GPE", "LOC", "FAC")}
    return {
        toks[c.start].text
        for c in cands
        if c.end - c.start == 1
        and toks[c.start].text in tagged
        and toks[c.start].dep_ == "pobj"
        and c.start > 0
        and toks[c.start - 1].lower_ in ("in", "at")
    }


def _name_words(span: Span) -> bool:
    """One to three words, each starting with a capital ("Herat", "L.A.", "Camp David")."""
    return 1 <= len(span) <= 3 and all(t.text[:1].isupper() for t in span)


def _object_of(span: Span, words: tuple[str, ...]) -> Span | None:
    """The preposition (one of ``words``) right before the span whose object the span is."""
    doc = span.doc
    toks = doc_tokens(doc).tokens
    if span.start == 0 or toks[span.start - 1].lower_ not in words:
        return None
    prep, root = toks[span.start - 1], span.root
    if root.dep_ != "pobj" or root.head.i != prep.i:
        return None
    if span.end < len(doc) and toks[span.end].tag_ == "POS":
        return None  # "at Moscow's Sovlink Securities": the name only owns what follows
    return doc_tokens(doc).span(prep.i, prep.i + 1)


def located_at(ctx: ActorContext, c: Candidate) -> bool:
    """"met at Herat", "the summit at Camp David": a body after "at" that hangs on a verb (not
    one of ``at_body_verbs``, and with no object but an event) or on one of ``at_event_nouns``
    is a place; a name ending in a
    body's head word stays a body ("spoke at Leeds University"), an event's name an event
    ("at Fan Expo Canada")."""
    doc, lex = ctx.doc, ctx.lex
    span = doc_tokens(doc).span(c.start, c.end)
    if c.type != ActorType.ORGANIZATION or ctx.caps[c.start] or not _name_words(span):
        return False
    at = _object_of(span, ("at",))
    if at is None or span[-1].lower_ in lex.org_heads or span.text.isupper():
        return False
    if any(t.lower_ in lex.event_heads for t in span):
        return False  # "at Fan Expo Canada": an event's name
    head = at.root.head
    if ctx.sports and (head.lemma_.lower() in lex.sports_verbs or head.lower_ in _RESULTS):
        return False  # "won 4-1 at Fulham": the home team, named for its ground
    if head.pos_ in ("VERB", "AUX"):
        # "boost profits at Merck", "take charge at Renault": "at" may belong to the object;
        # only an event ("held talks at Herat") keeps the place
        objects = [t for t in children_of(head) if t.dep_ == "dobj"]
        return head.lemma_.lower() not in lex.at_body_verbs and all(
            t.lower_ in lex.at_event_nouns for t in objects
        )
    return head.pos_ == "NOUN" and head.lower_ in lex.at_event_nouns


def kind_before(ctx: ActorContext, c: Candidate) -> bool:
    """"the capital Dushanbe", "the port city Aden": a name of one to three title-case words
    right after a lower-case kind of place (``place_kind_nouns``, ``place_kind_before``), not
    ending in a body's head word, is a place."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    span = doc_tokens(doc).span(c.start, c.end)
    if c.start == 0 or ctx.caps[c.start] or not _name_words(span):
        return False
    noun = toks[c.start - 1]
    return (
        noun.is_lower
        and noun.pos_ == "NOUN"
        and (noun.lower_ in lex.place_kind_nouns or noun.lower_ in lex.place_kind_before)
        and span[-1].lower_ not in lex.org_heads
        and (span.root.head.i == noun.i or noun.head.i == span.root.i)
    )


def travelled(ctx: ActorContext, c: Candidate) -> bool:
    """"fled to Aden", "flew from Dushanbe to Kabul": a name after "from" or "to" hanging on a
    verb of going (``travel_verbs``), not ending in a body's head word, is a place."""
    doc, lex = ctx.doc, ctx.lex
    span = doc_tokens(doc).span(c.start, c.end)
    if ctx.caps[c.start] or not _name_words(span) or span[-1].lower_ in lex.org_heads:
        return False
    prep = _object_of(span, ("from", "to"))
    if prep is None:
        return False
    head = prep.root.head
    return head.pos_ == "VERB" and head.lemma_.lower() in lex.travel_verbs


def kind_of_names(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """"the town of Uyo": one to three title-case proper nouns the model left untagged, right
    after "the <kind of place> of" (``place_kind_nouns``) and the object of that "of", name a
    place; not a name the lexicon knows as something else."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    taken = {i for c in cands for i in range(c.start, c.end)}
    added: list[Candidate] = []
    for of in toks:
        i = of.i
        if (
            of.lower_ != "of"
            or i < 2
            or toks[i - 1].text not in lex.place_kind_nouns  # not "the Municipality of X"
            or toks[i - 2].lower_ != "the"
            or ctx.caps[i]
        ):
            continue
        end = i + 1
        while (
            end < len(doc) and end - i <= 3 and end not in taken and toks[end].is_title
            and toks[end].is_alpha and toks[end].pos_ == "PROPN" and toks[end].ent_type_ == ""
        ):
            end += 1
        if end == i + 1 or doc_tokens(doc).root(i + 1, end).head.i != i:
            continue
        if lex.types.get(fold(dt.span_text(i + 1, end)), ActorType.PLACE) != ActorType.PLACE:
            continue
        cand = Candidate(i + 1, end, ActorType.PLACE, strong=True, gpe=True)
        cand.votes[ActorType.PLACE] += 3
        added.append(cand)
    return sorted(cands + added, key=lambda c: c.start) if added else cands
