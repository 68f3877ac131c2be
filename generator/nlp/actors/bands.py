"""Bands are bodies: a name the text gives a singer or a frontman, or a plural verb in music news.

The model reads a one-word band as a person or a place ("Kasabian", "Razorlight"). The word
lists are data in ``actors.yml`` (``band_members``, ``music_words``):

- A band member's noun between the name and a person's name: "Kasabian's singer Tom Meighan",
  "Nirvana frontman Kurt Cobain" (a singer, frontman or vocalist belongs to a band; a
  guitarist may be a solo singer's, so the noun must be a singer's one in the list). Without
  "'s" a singer's noun counts only after a name the model reads as a person's inside a
  sentence: "Devon singer Joss Stone" says where she is from (and opens a sentence the model
  tags a person); a frontman (``band_fronts``) after any name.
- The name after "of" that a band member's noun or a person named after one hangs on: "the
  lead singer of Kasabian", "frontman Tom Meighan of Kasabian".
- In music news (three words of ``music_words`` or more: album, band, gig, chart ...), a name
  a plural verb agrees with, itself or through "who": "Keane were followed by ...", "Snow
  Patrol are working on ...", "Kasabian, who are at number eight" (British usage: a band takes
  a plural verb, a singer a singular one). Not a name in a list, after a title, nor the
  subject of "if ... were" (``plural_names``), nor a word the text also writes in lower case
  ("People have ..."); a name of two words or more only opening its sentence, its verb right
  after it.

Never a name the lexicon, the country list or the region list knows. A band gets the type
organization firmly (its other mentions follow in the vote).
"""

from __future__ import annotations

from generator.nlp.actors.context import ActorContext, Candidate, retype
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.plural_names import plural_subject, plural_who
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

_MEMBER_GAP = 3  # "'s lead singer", "songwriter / guitarist": words between name and person


def _member_before_person(ctx: ActorContext, c: Candidate, starts: frozenset[int]) -> bool:
    """"Kasabian's singer Tom Meighan": a member's noun, then a person's name."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    owned = c.end < len(doc) and toks[c.end].tag_ == "POS"
    # "Devon singer Joss Stone": a place says where a singer is from (no place has a frontman)
    plain = owned or (c.type == ActorType.PERSON and not toks[c.start].is_sent_start)
    i = c.end + 1 if owned else c.end
    seen = False
    for j in range(i, min(i + _MEMBER_GAP, len(doc))):
        tok = toks[j]
        if j in starts:
            return seen
        if not (tok.is_lower or tok.text == "/"):
            return False
        seen = seen or tok.lower_ in lex.band_fronts or (plain and tok.lower_ in lex.band_members)
    return False


def _member_of(ctx: ActorContext, c: Candidate, people: dict[int, Candidate]) -> bool:
    """"the lead singer of Kasabian", "frontman Tom Meighan of Kasabian"."""
    doc, members = ctx.doc, ctx.lex.band_members
    toks = doc_tokens(doc).tokens
    root = doc_tokens(doc).root(c.start, c.end)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.i != c.start - 1:
        return False
    owner = prep.head
    if owner.lower_ in members and owner.is_lower:
        return True
    person = people.get(owner.i)
    return person is not None and person.start > 0 and toks[person.start - 1].lower_ in members


def _music_news(ctx: ActorContext) -> bool:
    toks = doc_tokens(ctx.doc).tokens
    words = ctx.lex.music_words
    return sum(1 for t in toks if t.is_lower and t.lower_ in words) >= 3


def _plural_band(ctx: ActorContext, c: Candidate) -> bool:
    """A name a plural verb agrees with, itself or through "who" right after it (or after a
    comma; the parse may hang the clause on another name of the list). Not a name whose last
    word the text also writes in lower case ("People have different ideas")."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    word = toks[c.end - 1].lower_
    if any(t.text == word for t in toks):
        return False
    if plural_subject(ctx, c):
        root = doc_tokens(doc).root(c.start, c.end)
        if c.end - c.start == 1:
            # before its verb: "Joining the ceremony were R&B star Bo Diddley, who ..." inverts
            return root.i < root.head.i
        # A longer name is more often a person's the parse ran into a list ("Sir Cliff
        # Richard, Russell Watson ... are", "Knight and drum 'n' bass star Roni Size have"):
        # it must open the sentence, its verb right after it ("Snow Patrol are currently ...").
        verb = root.head
        return (
            (c.start == 0 or doc[c.start].is_sent_start
             or (doc[c.start - 1].lower_ == "the" and doc[c.start - 1].is_sent_start))
            and c.end <= verb.i <= c.end + 2
            and all(t.pos_ in ("ADV", "AUX", "PART") for t in toks[c.end : verb.i])
        )
    return plural_who(ctx, c)


def mark_bands(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Type as organizations the names the text shows to be bands (see the module's doc)."""
    dt = doc_tokens(ctx.doc)
    lex = ctx.lex
    starts = frozenset(c.start for c in cands if c.type == ActorType.PERSON)
    people = {
        i: c for c in cands if c.type == ActorType.PERSON for i in range(c.start, c.end)
    }
    music = None
    for c in cands:
        if c.type not in (ActorType.PERSON, ActorType.PLACE) or c.titled or c.nested:
            continue
        key = fold(dt.span_text(c.start, c.end))
        if key in lex.types or key in lex.alias_to_canonical or key in lex.countries or (
            key in lex.regions
        ):
            continue
        band = _member_before_person(ctx, c, starts) or _member_of(ctx, c, people)
        if not band and not c.strong:
            if music is None:
                music = _music_news(ctx)
            band = music and _plural_band(ctx, c)
        if band:
            retype(c, ActorType.ORGANIZATION)
