"""Sports cues for ``cues.apply_cues``: a name that is a club or a team.

- "Manchester United", "Bristol Rovers" (``club_words``; in a sports document also
  ``club_words_sports``): a name ending as clubs' names do is a team.
- In a sports document, "Chelsea's Premiership lead", "Chelsea boss", "Tottenham's Ledley
  King": a name that owns a lead, a boss, a squad (``team_nouns``) or a player is a team;
  so is one coordinated with such a name ("the former Everton and Rangers boss").
- In a sports document, "Saturday's Premiership match against Charlton": a one-word name after
  a match noun (``match_nouns``) and "with" or "against" (``opponent_prepositions``), or one
  beside "v", is a team (``opponent``; the caller keeps a person's surname: "Federer v Nadal").
- In a sports document, "Exeter created their best chance", "Exeter had chances of their own":
  a one-word name, alone the subject, whose verb's object is "their" chance, goal or lead
  (``team_chance_nouns``) is a team (``their_team``; one person has "his" or "her" chance,
  and "Ferguson praised their fans" names a manager).
- "Premiership side Newcastle United face ...": a club word the model left out of the town's
  name before it belongs to the name (``club_word_after``; in a sports document also
  ``club_words_sports``).
- In a sports document, "Yeading v Newcastle" beside "Newcastle United": the town alone names
  the one club named after it (``club_towns``, found again and typed by ``towns_as_clubs``).
- In a sports document, "A Craig (Glasgow)", "G Bulloch (Glasgow, capt)": a name in brackets
  right after a person's name is the player's club (``bracketed_club``; a country is left to
  the country list).
- In a sports document, "Spanish trio Real Madrid, Barcelona and Valencia", "against either
  Swindon or Notts County": a one-word name in a list whose other items are all bodies or
  places, one at least a body named in two words or typed by a rule, is a team
  (``listed_teams``).
- In a sports document that names the club, "Spurs have agreed a fee", "Pompey striker Ricardo
  Fuller": a club's nickname (``club_nicknames``) is the club (``nicknamed_clubs``; grouping
  joins it to the club).
"""

from __future__ import annotations

from collections import Counter

from generator.nlp.actors.context import ActorContext, Candidate, is_country, retype
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import children_of, doc_tokens
from generator.vocab import ActorType

_LIST_GLUE = frozenset({",", "and", "or", "&"})


def club(ctx: ActorContext, c: Candidate) -> bool:
    """A name of two words or more ending as clubs' names do ("Manchester United", "Bristol
    Rovers"; in a sports document also "Leeds City", "Aston Villa"): a team."""
    toks = doc_tokens(ctx.doc).tokens
    if c.end - c.start < 2 or is_country(ctx, c.start, c.end):
        return False
    last = toks[c.end - 1].lower_
    return last in ctx.lex.club_words or (ctx.sports and last in ctx.lex.club_words_sports)


def club_word_after(ctx: ActorContext, c: Candidate) -> None:
    """"Newcastle United face a trip": a name (not a country) the model ends before an untagged
    club word ("United"; in a sports document also "City", "Villa", ...) takes the word."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    i = c.end
    if i >= len(doc) or is_country(ctx, c.start, c.end) or toks[i - 1].whitespace_ != " ":
        return
    word = toks[i]
    if (
        word.is_title
        and word.ent_iob_ == "O"
        and (word.lower_ in lex.club_words or (ctx.sports and word.lower_ in lex.club_words_sports))
        and not (i + 1 < len(doc) and toks[i + 1].is_title and toks[i].whitespace_)
    ):
        c.end = i + 1


def team(ctx: ActorContext, c: Candidate) -> bool:
    """In a sports document: "Chelsea's Premiership lead", "Chelsea boss", "the Bolton squad",
    "Tottenham's Ledley King" (its player, named in full) (a one-word name or a place: "Chris
    Sutton's side" is the coach's, and so is "Williams' side" after "Matt Williams")."""
    doc, nouns = ctx.doc, ctx.lex.team_nouns
    toks = doc_tokens(doc).tokens
    if c.end - c.start != 1 and c.type != ActorType.PLACE:
        return False
    if c.end - c.start == 1 and _surname_of_named_person(ctx, c.start):
        return False  # "Coach Matt Williams' side ... Williams' side": the coach's
    end = c.end
    if c.end - c.start == 1 and end + 1 < len(doc) and toks[end].lower_ == "and":
        end += 1  # "the former Everton and Rangers boss": both clubs own the boss
        while end < len(doc) and toks[end].is_title and toks[end].is_alpha:
            end += 1
        if end == c.end + 1:
            return False
    if end < len(doc) and toks[end].tag_ == "POS":
        return (any(t.lower_ in nouns for t in toks[end + 1 : end + 3])
                or _player_after(ctx, end + 1))
    return end < len(doc) and toks[end].lower_ in nouns


def _surname_of_named_person(ctx: ActorContext, i: int) -> bool:
    """Does the model read a person named in full whose last word is token ``i``'s?"""
    toks = doc_tokens(ctx.doc).tokens
    text = toks[i].text
    return any(ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text == text
               and ent.end != i + 1 for ent in doc_tokens(ctx.doc).ents)


def _player_after(ctx: ActorContext, i: int) -> bool:
    """Does a person's full name (two title-case words the model reads as a person's) start
    at token ``i``?"""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    return i + 1 < len(doc) and all(
        t.ent_type_ == "PERSON" and t.is_title and t.is_alpha for t in toks[i : i + 2]
    ) and toks[i].ent_iob_ == "B"


def opponent(ctx: ActorContext, c: Candidate) -> bool:
    """In a sports document: "the Premiership match against Charlton", "the fixture with
    Everton", "Luton v Hinckley": a one-word name after a match noun and "with" or "against",
    or beside a versus word."""
    doc, versus = ctx.doc, ctx.lex.versus_words
    toks = doc_tokens(doc).tokens
    if not ctx.sports or c.end - c.start != 1:
        return False
    if (c.start >= 1 and toks[c.start - 1].lower_ in versus) or (
        c.end < len(doc) and toks[c.end].lower_ in versus
    ):
        return True  # "Luton v Hinckley"
    if c.start < 2:
        return False
    prep, noun = toks[c.start - 1], toks[c.start - 2]
    return (
        prep.lower_ in ctx.lex.opponent_prepositions
        and noun.lower_ in ctx.lex.match_nouns
        and toks[c.start].head.i == prep.i
    )


def their_team(ctx: ActorContext, c: Candidate) -> bool:
    """In a sports document: "Exeter created their best chance": a one-word name, the only
    subject of its verb, whose object is one of ``team_chance_nouns`` owned by "their" (or
    whose "of" phrase is: "chances of their own")."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if not ctx.sports or c.end - c.start != 1:
        return False
    root = toks[c.start]
    if root.dep_ != "nsubj" or any(ch.dep_ in ("conj", "cc") for ch in children_of(root)):
        return False
    chances = ctx.lex.team_chance_nouns  # "their best chance", not "their fans"
    for obj in (ch for ch in children_of(root.head)
                if ch.dep_ == "dobj" and ch.lower_ in chances):
        owned = [obj] + [g for p in children_of(obj) if p.dep_ == "prep" and p.lower_ == "of"
                         for g in children_of(p) if g.dep_ == "pobj"]
        if any(ch.dep_ == "poss" and ch.lower_ == "their" for o in owned for ch in children_of(o)):
            return True
    return False


def bracketed_club(ctx: ActorContext, c: Candidate) -> bool:
    """In a sports document: "A Craig (Glasgow)", "G Bulloch (Glasgow, capt)": a one- or
    two-word name opening a bracket right after a name the model reads as a person's."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if not ctx.sports or c.end - c.start > 2 or c.start < 2 or c.end >= len(doc):
        return False
    before = toks[c.start - 2]
    return (
        toks[c.start - 1].text == "("
        and toks[c.end].text in (")", ",")
        and before.ent_type_ == "PERSON"
        and before.is_title
        and not is_country(ctx, c.start, c.end)
    )


def listed_teams(ctx: ActorContext, cands: list[Candidate]) -> None:
    """In a sports document, retype as teams the one-word people and places of a list whose
    other items are all bodies or places, at least one a body of two words or typed by a rule
    ("Real Madrid, Barcelona and Valencia", "either Swindon or Notts County"). Run once the
    lists are typed."""
    if not ctx.sports:
        return
    doc = ctx.doc
    runs: list[list[Candidate]] = []
    for c in cands:
        prev = runs[-1][-1] if runs and not c.nested else None
        glue = (doc_tokens(doc).tokens[prev.end : c.start]
                if prev is not None and prev.end <= c.start else None)
        if glue is not None and 1 <= len(glue) <= 2 and all(t.lower_ in _LIST_GLUE for t in glue):
            runs[-1].append(c)
        elif not c.nested:
            runs.append([c])
    for run in runs:
        for c in run:
            others = [d for d in run if d is not c]
            if (
                others
                and c.end - c.start == 1
                and not c.strong
                and not c.titled
                and c.type in (ActorType.PERSON, ActorType.PLACE)
                and not is_country(ctx, c.start, c.end)
                and all(d.type in (ActorType.ORGANIZATION, ActorType.PLACE) for d in others)
                # a body named in two words or fixed by a rule: the model's ORG on a player's
                # surname ("Nadal and Moya") is no team
                and any(d.type == ActorType.ORGANIZATION and (d.strong or d.end - d.start >= 2)
                        for d in others)
            ):
                retype(c, ActorType.ORGANIZATION, strong=False)


def club_towns(ctx: ActorContext, cands: list[Candidate]) -> dict[str, Counter]:
    """In a sports document: the folded towns that open exactly one club's two-word name
    ("newcastle" of "Newcastle United"; not "manchester" beside City and United), with an
    organization's votes, for finding the town alone again."""
    if not ctx.sports:
        return {}
    doc, spelled = ctx.doc, ctx.lex.team_abbreviations
    dt = doc_tokens(doc)
    towns: dict[str, set[str]] = {}
    for c in cands:
        if (c.type == ActorType.ORGANIZATION and c.end - c.start == 2 and not ctx.caps[c.start]
                and club(ctx, c)):
            # "Man City" is Manchester's club too, and "Man" alone no club
            words = [spelled.get(w, w) for w in fold(dt.span_text(c.start, c.end)).split()]
            if len(words) == 2:
                towns.setdefault(words[0], set()).add(" ".join(words))
    return {town: Counter({ActorType.ORGANIZATION: 2})
            for town, clubs in towns.items() if len(clubs) == 1}


def towns_as_clubs(ctx: ActorContext, cands: list[Candidate]) -> None:
    """In a sports document, a town alone that opens one club's name is the club ("Yeading v
    Newcastle" beside "Newcastle United"), unless a person has it as a surname."""
    towns = club_towns(ctx, cands)
    if not towns:
        return
    doc = ctx.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    surnames = {toks[c.end - 1].lower_ for c in cands
                if c.type == ActorType.PERSON and c.end - c.start >= 2}
    for c in cands:
        key = fold(dt.span_text(c.start, c.end))
        if (c.end - c.start == 1 and key in towns and not c.strong and not c.nested
                and c.type in (ActorType.PERSON, ActorType.PLACE)
                and toks[c.start].lower_ not in surnames):
            retype(c, ActorType.ORGANIZATION, strong=False)


def nicknamed_clubs(ctx: ActorContext, cands: list[Candidate]) -> None:
    """In a sports document that names a club, its nickname is the club ("Spurs have agreed a
    fee" beside "Tottenham": ``club_nicknames``), whatever the model read it as. Another
    sport's team of that nickname is in a document that does not name the club (the San
    Antonio Spurs)."""
    dt = doc_tokens(ctx.doc)
    if not ctx.sports:
        return
    names = {fold(dt.span_text(c.start, c.end)) for c in cands}
    for c in cands:
        club = ctx.lex.club_nicknames.get(fold(dt.span_text(c.start, c.end)))
        if not c.nested and club is not None and fold(club) in names:
            retype(c, ActorType.ORGANIZATION)
