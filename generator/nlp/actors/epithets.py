"""Epithets: the descriptions a report calls a person by after naming them.

"Sol Campbell proved an unlikely match-winner. The England defender lashed home ...", "said the
Old Trafford boss", "The 27-year-old winger spent five months at St Andrews": a definite
description whose head is a player's or a manager's noun (``player_epithets``,
``manager_epithets`` in ``readings.yml``), or "the 28-year-old", stands for a person of the
nearest sentence before it (of the two before) that names people or has "he"/"she" as its
subject; in a sports report, or in any article for the nouns of sport alone (``sport_epithets``:
"defender", "fly-half"). Outside sports reports the nouns of performers and presenters
(``performer_epithets``: "The pop star said", "the 41-year-old chart-topper", "added the
British producer") and of members of a parliament (``politician_epithets``: "The MP for
Sittingbourne and Sheppey") are read the same way.

Of that sentence's people, the description means the one left after these rules, else no one:
- when the subject of the main verb is "he" or "she", whom that stands for ("He was promoted
  after the departure of Arthur Cox. The former England defender ...": not Cox);
- not a person whose roles are all of no kind ("referee Jonathan Kaplan"), nor, unless
  the description says "former", one only of another kind ("the defender" is not "City boss
  Kevin Keegan"; a manager may be "the former Scotland international");
- one with a role of the noun's kind first, then the subject of the main verb ("Mark Cueto was
  puzzled ... by Kaplan").
Never when its own sentence names a person before it ("Baros slid a pass into Mellor's path for
the youngster"), when a name follows it after a comma ("the Bulgarian manager, Hristo
Stoichkov"), right before a name (a title: "The England defender Sol Campbell"), or inside a
quote. The mention leaves out the names the description holds ("England" of "The England
defender" is England's).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.coreference import Resolved
from generator.nlp.actors.described import readings
from generator.nlp.doc_tokens import children_of, doc_tokens, sent_of
from generator.vocab import ActorType, MentionKind

_MODIFIER_POS = frozenset({"PROPN", "ADJ", "NUM", "PUNCT", "NOUN"})
_KINDS = ("player", "manager", "performer", "politician")


def _age(doc: Doc, i: int) -> bool:
    """Is token ``i`` the "old" of "28-year-old"?"""
    toks = doc_tokens(doc).tokens
    return (
        toks[i].lower_ == "old"
        and i >= 4
        and toks[i - 1].text == "-"
        and toks[i - 2].lower_ == "year"
        and toks[i - 3].text == "-"
        and toks[i - 4].like_num
    )


def _epithet(doc: Doc, tok: Token, nouns: dict[str, str], ages: bool
             ) -> tuple[int, str] | None:
    """The start and kind ("player", "manager", "" for an age) of the epithet ``tok`` ends."""
    toks = doc_tokens(doc).tokens
    kind = nouns.get(tok.lower_)
    if kind is None and not (ages and _age(doc, tok.i)):
        return None
    nxt = toks[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("PROPN", "NOUN") or nxt.text[:1].isupper()):
        return None  # "The England defender Sol Campbell": a title; "the team's captain"
    if nxt is not None and nxt.lower_ in ("'s", "’s", "of"):
        return None
    start = tok.i - 1
    while start >= 0 and toks[start].lower_ != "the":
        # "long-running": the words a hyphen joins make one adjective
        hyphened = (start > 0 and toks[start - 1].text == "-") or toks[start + 1].text == "-"
        if (toks[start].pos_ not in _MODIFIER_POS and not hyphened) or toks[start].is_sent_start:
            return None
        if tok.i - start > 8:  # "The 41-year-old chart-topper"
            return None
        start -= 1
    if start < 0 or sent_of(toks[start]) != sent_of(tok):
        return None
    return start, kind or ""


def _role_kind(doc: Doc, c: Candidate, nouns: dict[str, str]) -> str | None:
    """The kind of the person's role in the article ("player", "manager"), "other" for a
    role of neither kind ("Club director"; "referee" written before the name), None for no
    role."""
    toks = doc_tokens(doc).tokens
    word = c.role.split()[-1].lower() if c.role else None
    before = toks[c.start - 1] if c.start > 0 else None
    if word is None and before is not None and before.tag_ == "NN" and before.is_lower:
        word = before.lower_  # "referee Jonathan Kaplan"
    return None if word is None else nouns.get(word, "other")


def _main_subject(doc: Doc, c: Candidate) -> bool:
    """Is the name the subject of its sentence's main verb ("Mark Cueto was puzzled")?"""
    root = doc_tokens(doc).root(c.start, c.end)
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT"


def resolve_epithets(
    ctx: ActorContext, cands: list[Candidate], reps: list[int], sent_of: list[int],
    pronouns: list[Resolved],
) -> list[Resolved]:
    """The player and manager descriptions that stand for one person (``pronouns``: the
    "he"/"she" the pronoun resolution linked)."""
    doc, words = ctx.doc, readings()
    toks = doc_tokens(doc).tokens
    nouns = {w: "player" for w in words["player_epithets"]}
    nouns.update({w: "manager" for w in words["manager_epithets"]})
    if ctx.sports:
        read = nouns
    else:
        read = {w: nouns[w] for w in words["sport_epithets"]}
        read.update({w: "performer" for w in words["performer_epithets"]})
        read.update({w: "politician" for w in words["politician_epithets"]})
        nouns = {**nouns, **read}
    quoted = ctx.quotes[2]
    people = [(k, c) for k, c in enumerate(cands)
              if c.type == ActorType.PERSON and not c.nested and not quoted[c.start]]
    if not people:
        return []
    roles: dict[int, set[str | None]] = {}
    by_sentence: dict[int, list[tuple[int, Candidate]]] = {}
    for k, c in people:
        roles.setdefault(reps[k], set()).add(_role_kind(doc, c, nouns))
        by_sentence.setdefault(sent_of[c.start], []).append((k, c))
    said = {start: group for start, _, group, _ in pronouns}
    sents = list(doc_tokens(doc).sents)
    taken = {i for c in cands for i in range(c.start, c.end)}
    out: list[Resolved] = []
    for tok in toks:
        # "international" of "The former Scotland international" is tagged a proper noun
        found = (_epithet(doc, tok, read, ctx.sports)
                 if tok.tag_ in ("NN", "JJ", "NNP") and (tok.is_lower or tok.text == "MP")
                 else None)
        if found is None or tok.i in taken or quoted[tok.i] or _apposed_name(doc, tok.i):
            continue
        start, kind = found
        s = sent_of[tok.i]
        if any(c.start < start for _, c in by_sentence.get(s, ())):
            continue  # "Baros slid a pass into Mellor's path for the youngster": too close
        former = any(t.lower_ in ("former", "ex") for t in toks[start : tok.i])
        chosen = None
        for b in range(s - 1, max(-1, s - 1 - ctx.settings.nominal_sentences_back), -1):
            pronoun = _pronoun_subject(sents[b])
            if pronoun is not None:
                # "He was promoted after the departure of Arthur Cox. The former England
                # defender ...": whom "he" stands for, or no one
                group = said.get(pronoun)
                named = [(k, c) for k, c in people if group is not None and reps[k] == group]
                chosen = _chosen(doc, named, reps, roles, kind, former)
                break
            if b in by_sentence:
                chosen = _chosen(doc, by_sentence[b], reps, roles, kind, former)
                break
        if chosen is not None:
            # "The England defender": the mention is "defender", beside the name it holds
            begin = max([start, *(i + 1 for i in range(start, tok.i) if i in taken)])
            while begin < tok.i and (doc[begin].is_punct or doc[begin - 1].text == "-"):
                begin += 1  # "The Birmingham-born singer": "singer", the place's word apart
            out.append((begin, tok.i + 1, chosen, MentionKind.NOMINAL))
    return out


def _pronoun_subject(sent) -> int | None:
    """The token of a "he"/"she" that is the subject of the sentence's main verb."""
    for tok in children_of(sent.root):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in ("he", "she"):
            return tok.i
    return None


def _apposed_name(doc: Doc, i: int) -> bool:
    """Does a name follow the description after a comma ("the Bulgarian manager, Hristo
    Stoichkov"): it is that name's?"""
    toks = doc_tokens(doc).tokens
    return i + 2 < len(doc) and toks[i + 1].text == "," and toks[i + 2].pos_ == "PROPN"


def _chosen(doc: Doc, named: list[tuple[int, Candidate]], reps: list[int],
            roles: dict[int, set[str | None]], kind: str, former: bool) -> int | None:
    """The one person of the sentence before that the description fits. Not one of a role
    of neither kind, nor (unless the description says "former") one only of the other kind
    ("the defender" is not "City boss Kevin Keegan"); one of its kind's role first, then the
    subject of the main verb."""
    groups = {reps[k] for k, _ in named}
    if kind:
        # "former": a manager who played ("the former Scotland international")
        unfit = {"other"} if former else {"other", *_KINDS} - {kind}
        groups = {g for g in groups if kind in roles[g] or not roles[g] & unfit}
        of_kind = {g for g in groups if kind in roles[g]}
        groups = of_kind or groups
    if len(groups) > 1:
        groups = {reps[k] for k, c in named if reps[k] in groups and _main_subject(doc, c)}
    return groups.pop() if len(groups) == 1 else None
