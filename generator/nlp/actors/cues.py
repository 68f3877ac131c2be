"""Context cues that overrule the model's type of a name (issue 15: what readers saw on pages).

Each cue reads the words around one candidate; the word lists are data in ``actors.yml``:

- "Bracknell-based Exel", "a London-based firm's": a name right after "X-based" is a body
  (not when the name only modifies a noun: "Moscow-based US lawyer Jamie Firestone").
- "Tods Murray which has a client": a name a "which" clause describes is not a person.
- "Iron Maiden's Bruce Dickinson": a "person" of two words or more, no given name among them,
  whose possessive a person named in full follows, is a body (a person has no people).
- "Christian Aid's head of trade policy" (``department_heads``): a body's, when no word of the
  name is a given name and its last is no surname of a person named in full.
- "Yukos's chairman", "partner at Tods Murray", "chief executive of X" (``employer_nouns``):
  a name that employs people is a body (and "Broadreach chief executive Magnus McEwen-King"
  votes for one: ``speakers``); a spokesman (``spokesperson_nouns``) only votes for one, as
  people have spokesmen too ("Yeltsin's spokesman").
- "was a Mini", "a new Mini", "the cheapest Mini", "Minis": a one-word name with an indefinite
  article or a superlative before it, or in the plural, is a thing (a product), not an actor.
- In a sports document, a name that owns a lead, a boss or a squad (``team_nouns``) is a team;
  so is a name ending as clubs' names do ("Manchester United", ``club_words``).
- "founded by Dean Kamen" (``creator_verbs``), "saved by Anders Lindqvist" (``player_verbs``): a
  name of two words or more, none of them a body's, that founded, wrote or designed something,
  or saved or scored a shot, is a person.
- "the mayor of Bristol", "the city of Lincoln" (``place_of_nouns``, ``place_kind_nouns``): the
  name after "of" is a place; so is a "person" after ", of" that follows a person ("Luann
  Johnson, of Burnsville,"); so is a town before a noun for ordinary people ("a Perth man",
  ``hometowns``).
- "met at Herat", "the capital Dushanbe", "fled to Aden": where a name stands makes it a place
  (``located.located_at``, ``kind_before``, ``travelled``).
- "in Livorno, Tuscany.": a name after a comma that closes a town named after "in" or
  "near", and followed by punctuation, is the town's region or country; both are places (not
  after a person's role: "our correspondent in Jakarta, Rachel Harvey, said").
"""

from __future__ import annotations

from generator.nlp.actors.classify import acquired_body, beaten_with_score
from generator.nlp.actors.clubs import bracketed_club, club, opponent, team, their_team
from generator.nlp.actors.context import (
    PRODUCT,
    ActorContext,
    Candidate,
    is_country,
    next_word,
    object_after_noun,
    prev_word,
    retype,
    titled_words,
)
from generator.nlp.actors.described import role_noun
from generator.nlp.actors.hometowns import constituency, hometown
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.located import kind_before, located_at, located_names, travelled
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType


def _based(ctx: ActorContext, c: Candidate) -> bool:
    """"Bracknell-based Exel": the name follows "X-based" and is no modifier of a noun."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if c.start < 3 or toks[c.start - 1].lower_ != "based" or toks[c.start - 2].text not in "-–":
        return False
    root = doc_tokens(doc).root(c.start, c.end)
    return not (root.head.i >= c.end and root.head.pos_ == "NOUN") and not is_country(
        ctx, c.start, c.end
    )


def _which(ctx: ActorContext, c: Candidate) -> bool:
    """"Tods Murray which has a client": a "which" clause right after the name, about it."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    i = c.end
    comma = i < len(doc) and toks[i].text == ","
    if comma:
        i += 1
    if i >= len(doc) or toks[i].lower_ != "which":
        return False
    if not comma:
        return True
    # ", which": only when the parser hangs the clause on the name ("..., which angered
    # him" may be about the whole sentence)
    head = toks[i].head
    return head.dep_ == "relcl" and c.start <= head.head.i < c.end


def _employs(ctx: ActorContext, c: Candidate, nouns: frozenset[str] | None = None) -> bool:
    """"Yukos's chairman", "partner at Tods Murray", "the chief executive of X" (or one of
    ``nouns`` instead of ``employer_nouns``)."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    nouns = ctx.lex.employer_nouns if nouns is None else nouns
    end = c.end
    if end + 1 < len(doc) and toks[end].tag_ == "POS":
        after = [t.lower_ for t in toks[end + 1 : end + 3]]
        if after and (after[0] in nouns or " ".join(after) in nouns):
            return True
        if " ".join(after) in ctx.lex.department_heads and _no_person_word(ctx, c):
            return True  # "Christian Aid's head of trade policy"
    prev = prev_word(doc, c.start - 1)
    if prev is None or prev.lower_ not in ("of", "at"):
        return False
    if end < len(doc) and toks[end].tag_ == "POS":
        return False  # "a strategist at Moscow's Sovlink Securities": the body is after it
    if c.start >= 2 and toks[c.start - 1].lower_ == "the":
        prev = prev_word(doc, c.start - 2)
    noun = prev_word(doc, prev.i - 1) if prev is not None else None
    if noun is None:
        return False
    two = f"{toks[noun.i - 1].lower_} {noun.lower_}" if noun.i > 0 else ""
    return noun.lower_ in nouns or two in nouns


def _no_person_word(ctx: ActorContext, c: Candidate) -> bool:
    """No word of the name is a given name, and its last is no surname of a person the text
    names in full with a given name ("Blair" beside "Tony Blair")."""
    given, words = ctx.lex.given_names, doc_tokens(ctx.doc).span(c.start, c.end)
    surnames = {
        e[-1].lower_ for e in doc_tokens(ctx.doc).ents
        if e.label_ == "PERSON" and len(e) >= 2 and fold(e[0].text) in given
    }
    return not any(fold(t.text) in given for t in words) and words[-1].lower_ not in surnames


def _role_body(ctx: ActorContext, c: Candidate) -> bool:
    """"vice president of business development for Gracenote", "a professor at Harvard": a
    name read as a person's, the object of "of", "for" or "at" on a title of one who heads
    or works in a body (``body_head_nouns``, ``employer_nouns``), opening with no given name."""
    toks = doc_tokens(ctx.doc).tokens
    lex = ctx.lex
    return (
        c.type == ActorType.PERSON
        and fold(toks[c.start].text) not in lex.given_names
        and object_after_noun(doc_tokens(ctx.doc).root(c.start, c.end), c, ("of", "for", "at"),
                              lex.body_head_nouns | lex.employer_nouns)
    )


def _made_by(ctx: ActorContext, c: Candidate) -> bool:
    """"founded by Dean Kamen", "saved by Anders Lindqvist": the agent of a creator or player
    verb, a name of two title-case words or more, none of them a body's or a place's head
    word."""
    doc, lex = ctx.doc, ctx.lex
    span = doc_tokens(doc).span(c.start, c.end)
    if len(span) < 2 or not all(t.is_title and t.pos_ == "PROPN" for t in span):
        return False
    if any(t.lower_ in lex.org_heads or t.lower_ in lex.org_suffixes
           or t.lower_ in lex.place_heads for t in span):
        return False
    root = span.root
    by = root.head
    return (
        root.dep_ == "pobj"
        and by.lower_ == "by"
        and by.dep_ == "agent"
        and (
            by.head.lemma_.lower() in lex.creator_verbs
            or by.head.lemma_.lower() in lex.player_verbs
        )
    )


def _region_of(ctx: ActorContext, c: Candidate, by_end: dict[int, Candidate]) -> Candidate | None:
    """"in Livorno, Tuscany.": a name of one or two words right after a comma that closes a
    name after "in" or "near" (``region_prepositions``), followed by punctuation (not "in
    Leeds, Smith said"). Returns the name before the comma (the town)."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if c.start < 2 or toks[c.start - 1].text != "," or c.end - c.start > 2:
        return None
    town = by_end.get(c.start - 1)
    if town is None or not (
        town.type == ActorType.PLACE or (not town.strong and town.end - town.start == 1)
    ):
        return None
    before = prev_word(doc, town.start - 1)
    if before is None or before.lower_ not in ctx.lex.region_prepositions or role_noun(
        ctx, before.head
    ):  # "our correspondent in Jakarta, Rachel Harvey, said": the role's holder
        return None
    nxt = next_word(doc, c.end)
    if nxt is None or nxt.text in (".", ";", ")", "—", "–"):
        return town
    after = next_word(doc, nxt.i + 1) if nxt.text == "," else None
    # "in Pisa, Tuscany, to ...", not a list going on ("in Acme, Initech, and Globex")
    if after is not None and after.is_lower and after.lower_ not in ("and", "or"):
        return town
    return None


def _place_of(ctx: ActorContext, c: Candidate) -> bool:
    """"the mayor of Bristol", "the city of Lincoln": a name of one to three words that is the
    object of "of" after a ``place_of_nouns`` or ``place_kind_nouns`` word, and does not end
    in a body's head word ("the capital of Lincoln University"), is a place."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    prev = prev_word(doc, c.start - 1)
    if c.end - c.start > 3 or prev is None or prev.lower_ != "of":
        return False
    noun = prev_word(doc, prev.i - 1)
    if noun is None or not noun.is_lower or noun.pos_ != "NOUN":
        return False
    words = lex.place_of_nouns | lex.place_kind_nouns
    if noun.lower_ not in words and noun.lemma_.lower() not in words:
        return False
    root = doc_tokens(doc).root(c.start, c.end)
    return (
        root.head.i == prev.i
        and prev.head.i == noun.i
        and toks[c.end - 1].lower_ not in lex.org_heads
    )


def _home_of(ctx: ActorContext, c: Candidate, by_end: dict[int, Candidate]) -> bool:
    """"Luann Johnson, of Burnsville, was hit": a name read as a person's, of one to three
    words between ", of" and a comma or full stop, right after a person's name or a person's
    age, is where that person lives (a body there is more often the employer: "Tom Lee, of
    Acme, said")."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    i = c.start
    if c.type != ActorType.PERSON or c.end - c.start > 3 or i < 3:
        return False
    if toks[i - 1].lower_ != "of" or toks[i - 2].text != ",":
        return False
    if c.end >= len(doc) or toks[c.end].text not in (",", "."):
        return False
    j = i - 2  # the comma; a person's name or ", <age>" ends before it
    if toks[j - 1].text.isdigit() and j >= 3 and toks[j - 2].text == ",":
        j -= 2
    person = by_end.get(j)
    return person is not None and person.type == ActorType.PERSON


def _thing(ctx: ActorContext, c: Candidate) -> bool:
    """"was a Mini", "a new Mini", "the cheapest Mini": a thing, not an actor."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if c.end - c.start != 1:
        return False
    tok = toks[c.start]
    if (c.end < len(doc) and toks[c.end].is_lower and toks[c.end].pos_ == "NOUN") or (
        tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i
    ) or tok.text.isupper():
        return False  # "a BBC spokesman", "a NASA T-shirt": a modifier; an acronym is a body
    i = c.start - 1
    while i >= 0 and toks[i].tag_ in ("JJ", "JJS") and toks[i].is_lower:
        if toks[i].tag_ == "JJS":
            return True  # "the cheapest Mini"
        i -= 1
    return i >= 0 and toks[i].lower_ in ("a", "an")


def _has_person(ctx: ActorContext, c: Candidate, by_start: dict[int, Candidate]) -> bool:
    """"Iron Maiden's Bruce Dickinson": a name read as a person's, of two words or more, none a
    given name, whose possessive a person named in full follows is the body that person
    belongs to (a band, a party, a firm); a person has no people ("Blair's Gordon Brown" is
    no way to write it)."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if (
        c.type != ActorType.PERSON
        or c.titled
        or c.end - c.start < 2
        or c.end + 1 >= len(doc)
        or toks[c.end].tag_ != "POS"
        or any(fold(t.text) in ctx.lex.given_names for t in toks[c.start : c.end])
    ):
        return False
    person = by_start.get(c.end + 1)
    return (
        person is not None
        and person.type == ActorType.PERSON
        and person.end - person.start >= 2
        and fold(toks[person.start].text) in ctx.lex.given_names
    )


def apply_cues(
    ctx: ActorContext, cands: list[Candidate], only: list[Candidate] | None = None
) -> None:
    """Retype the candidates (or ``only`` those of them: names found again after the model's
    were read) whose context says what they are (see the module's doc)."""
    by_end = {c.end: c for c in cands}
    by_start = {c.start: c for c in cands}
    for c in cands if only is None else only:
        if c.strong or c.type == ActorType.GROUP:
            continue
        if (
            _based(ctx, c) or _employs(ctx, c) or club(ctx, c) or _role_body(ctx, c)
            or _has_person(ctx, c, by_start)
        ):
            retype(c, ActorType.ORGANIZATION)
        elif c.type == ActorType.ORGANIZATION and _made_by(ctx, c):
            retype(c, ActorType.PERSON)
        elif c.type != ActorType.PLACE and (
            _place_of(ctx, c) or _home_of(ctx, c, by_end) or hometown(ctx, c)
            or constituency(ctx, c)
            or located_at(ctx, c) or kind_before(ctx, c) or travelled(ctx, c)
        ):
            retype(c, ActorType.PLACE)
            c.gpe = True
        elif c.type != ActorType.PLACE and (town := _region_of(ctx, c, by_end)) is not None:
            for d in (c, town):
                if d.type != ActorType.PLACE:
                    retype(d, ActorType.PLACE)
                    d.gpe = True
        elif c.type == ActorType.PERSON and _which(ctx, c):
            retype(c, ActorType.ORGANIZATION, strong=False)
        elif c.type != ActorType.PERSON and _employs(ctx, c, ctx.lex.spokesperson_nouns):
            # "a Kremlin spokesman", but also "Yeltsin's spokesman": a vote, not a verdict
            retype(c, ActorType.ORGANIZATION, strong=False)
        elif ctx.sports and c.type != ActorType.GROUP and (
                team(ctx, c) or their_team(ctx, c) or bracketed_club(ctx, c)):
            retype(c, ActorType.ORGANIZATION)
        elif c.type == ActorType.PLACE and beaten_with_score(ctx, c.start, c.end):
            retype(c, ActorType.ORGANIZATION, strong=False)  # "beat Colorado 3-1"
        elif c.type in (ActorType.PERSON, ActorType.ORGANIZATION) and _thing(ctx, c):
            retype(c, PRODUCT, strong=False)
    if only is None:
        _by_the_document(ctx, cands)


def _by_the_document(ctx: ActorContext, cands: list[Candidate]) -> None:
    """Six corrections from the whole document: the plural of a thing is a thing ("Minis"
    beside "a Mini"); a name whose last word the text uses after an honorific is a person's
    ("Nicola Sturgeon", read inside an organization's name, is "Ms Sturgeon"); and a word
    alone that opens two or more organisations' names is their brand, an organisation ("Sky"
    beside Sky News and Sky Movies), unless a person named in full has it as a surname; and a
    "person" of one word that modifies a noun for a body somewhere ("the Balco laboratory") is
    that body everywhere, as is the other side of a sports match ("the match against
    Charlton", ``clubs.opponent``) and a name a company buys ("having bought Amey",
    ``classify.acquired_body``), unless a person has it as a surname or after an honorific;
    so is one
    that modifies a noun for a scene ("the Hogwarts landscape", ``scene_nouns``) a place, and
    one the model tags a place elsewhere and that stands after "in" or "at"
    (``located.located_names``)."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    things = {dt.span_text(c.start, c.end) for c in cands if c.type == PRODUCT}
    opened: dict[str, set[str]] = {}
    surnames = set()
    for c in cands:
        if c.end - c.start >= 2 and c.type == ActorType.ORGANIZATION:
            opened.setdefault(toks[c.start].text, set()).add(dt.span_text(c.start, c.end))
        elif c.end - c.start >= 2 and c.type == ActorType.PERSON:
            surnames.add(toks[c.end - 1].text)
    # a word that opens two bodies' names, or one that ends in a body's head word ("Multiplex"
    # beside "Multiplex Group"), is the body's short name
    headed = {
        word for word, names in opened.items()
        if any(name.split()[-1].lower() in ctx.lex.org_heads for name in names)
    }
    brands = ({word for word, names in opened.items() if len(names) >= 2} | headed) - surnames
    bodies = {
        toks[c.start].text
        for c in cands
        if _body_modifier(ctx, c) or _body_context(ctx, c) or opponent(ctx, c)
        or acquired_body(ctx, c.start, c.end)
    } - surnames
    scenes = {
        toks[c.start].text for c in cands if _body_modifier(ctx, c, ctx.lex.scene_nouns)
    } - surnames
    titled = titled_words(ctx, cands)
    alone = _people_alone(ctx, cands)
    # names the text puts where places go: "the Hogwarts landscape", "its conference in
    # Manchester"
    places = scenes | (located_names(ctx, cands) - surnames)
    for c in cands:
        text = dt.span_text(c.start, c.end)
        if c.strong:
            continue
        if text.endswith("s") and text[:-1] in things:
            retype(c, PRODUCT, strong=False)
        elif c.end - c.start == 1 and c.type == ActorType.PERSON and (
            text in brands
            or (text in bodies and not c.titled and toks[c.start].lower_ not in titled)
        ):
            retype(c, ActorType.ORGANIZATION, strong=False)
        elif (
            2 <= c.end - c.start <= 3
            and c.type == ActorType.PERSON
            and toks[c.start].text in bodies
            and not c.titled
            and fold(toks[c.start].text) not in ctx.lex.given_names
        ):
            # "Pernod Ricard" read as a man's name beside "Pernod shares": a body's full name
            retype(c, ActorType.ORGANIZATION, strong=False)
        elif (
            c.end - c.start == 1
            and c.type == ActorType.PERSON
            and text in places
            and not c.titled
            and toks[c.start].lower_ not in titled
        ):
            retype(c, ActorType.PLACE, strong=False)
        elif (
            c.type == ActorType.ORGANIZATION
            and c.end - c.start == 2
            and toks[c.end - 1].lower_ in titled
            and toks[c.start].is_title
        ) or (c.type == ActorType.PLACE and _named_in_full(ctx, c, alone)):
            retype(c, ActorType.PERSON, strong=False)


def _people_alone(ctx: ActorContext, cands: list[Candidate]) -> set[str]:
    """The one-word names the model reads as people ("Klitschko retained his title")."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    return {
        toks[c.start].text
        for c in cands
        if c.end - c.start == 1
        and c.type == ActorType.PERSON
        and toks[c.start].ent_type_ == "PERSON"
        and toks[c.start].is_title
    }


def _named_in_full(ctx: ActorContext, c: Candidate, alone: set[str]) -> bool:
    """"Wladimir Klitschko" read as a place beside "Klitschko" read as a person: a name of two
    or three title-case words, none a body's, place's or product's word, a country, region or
    nationality, whose last word the text names a person by alone, is that person (not
    "North Carolina" beside a "Carolina" the model took for a woman)."""
    doc, lex = ctx.doc, ctx.lex
    span = doc_tokens(doc).span(c.start, c.end)
    if (
        not 2 <= len(span) <= 3
        or span[-1].text not in alone
        or is_country(ctx, c.start, c.end)
        or fold(span.text) in lex.regions
    ):
        return False
    return all(
        t.is_title
        and t.text.isalpha()
        and t.lower_ not in lex.non_person_words
        and fold(t.text) not in lex.countries
        and fold(t.text) not in lex.demonyms
        for t in span
    )


def _body_context(ctx: ActorContext, c: Candidate) -> bool:
    """"Zenith's stock", "Zenith shares": a one-word name, no given name, with a word only
    companies have right after it or its possessive (``share_nouns``), however the model
    read it there (it may read the same name as a person's elsewhere)."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if c.end - c.start != 1 or c.titled or c.strong:
        return False
    i = c.end + 1 if c.end < len(doc) and toks[c.end].tag_ == "POS" else c.end
    return (
        i < len(doc)
        and toks[i].lower_ in ctx.lex.share_nouns
        and fold(toks[c.start].text) not in ctx.lex.given_names
    )


def _body_modifier(ctx: ActorContext, c: Candidate, nouns: frozenset[str] | None = None) -> bool:
    """"the Balco laboratory", "the Balco headquarters": a one-word name, no person's, that
    modifies a noun for a body (``body_nouns``; not "Blair's spokesman", people a person has
    too); with ``nouns``, a noun of those ("the Hogwarts landscape": ``scene_nouns``)."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if c.end - c.start != 1 or c.titled or c.strong:
        return False
    tok = toks[c.start]
    return (
        tok.dep_ == "compound"
        and tok.head.i == c.end
        and tok.head.lower_ in (ctx.lex.body_nouns if nouns is None else nouns)
        and fold(tok.text) not in ctx.lex.given_names
    )
