"""Joining one person's names within an article, on a ``grouping.Grouping`` being built.

A one-word name joins the full name it ends or starts ("Xi" -> "Xi Jinping", "Hewitt" ->
"Patricia Hewitt"; a titled one the one long name it is inside, "President Lula" -> "Luiz
Inacio Lula da Silva"; when several people share the word, each bare mention joins the
nearest one before it), a longer full name the shorter one it contains, and a surname of
several words the one longer name ending in it. The genders the text tells (honorifics,
"he"/"she") keep "Mrs Howard" from Michael Howard.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from generator.nlp.actors.context import PRODUCT, honorific_gender, name_gender
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens, sent_of
from generator.vocab import ActorType

if TYPE_CHECKING:
    from generator.nlp.actors.grouping import Grouping


def join_people(grouping: Grouping) -> None:
    """A one-word name ("Hewitt", "Kilroy-Silk", "Xi") joins the full name it is part of.

    Its surname reading wins over a first-name reading; a first name joins only the one
    full name it starts, and never after a title ("Prince Charles" is not "Charles
    Kennedy"). When several people share the word, each mention joins the nearest one
    before it and the full names stay apart ("Howard" never makes "Michael Howard" and
    "Howard Flight" one). A longer full name joins a shorter one it contains
    ("Patricia Anne Hewitt"). A person's word alone that starts or ends a work's name
    ("Harry" of "Harry Potter", typed a product) joins the work when no person has it.
    """
    doc, cands = grouping.ctx.doc, grouping.cands
    dt = doc_tokens(doc)
    keys, alias_keys = grouping.keys, grouping.alias_keys
    suffixes = grouping.ctx.lex.generational_suffixes
    words = [_name_words(dt.span_text(c.start, c.end), suffixes) for c in cands]
    full_names: list[int] = [
        i for i, c in enumerate(cands) if c.type == ActorType.PERSON and len(words[i]) >= 2
    ]
    titled_keys = {keys[i] for i, c in enumerate(cands) if c.titled}
    works = [i for i, c in enumerate(cands) if c.type == PRODUCT and c.strong
             and len(words[i]) >= 2]
    gender_of = _genders(grouping, words, full_names)
    options_of: dict[int, list[int]] = {}
    for i, c in enumerate(cands):
        if len(words[i]) != 1 or c.type not in (
            ActorType.PERSON, ActorType.ORGANIZATION, ActorType.PLACE
        ):
            continue
        if c.strong and c.type != ActorType.PERSON:
            continue
        word = words[i][0]
        surname = [j for j in full_names if words[j][-1] == word]
        honorific = honorific_gender(grouping.ctx, c)
        if honorific:
            # "Mrs Howard" never joins Michael Howard, whom "Mr Howard" or "he" names
            surname = [j for j in surname if gender_of.get(j, honorific) == honorific]
        options = surname
        if not options and c.type == ActorType.PERSON and keys[i] not in titled_keys:
            first = [j for j in full_names if words[j][0] == word]
            if len({alias_keys[j] for j in first}) == 1:
                options = first
        if not options and (c.titled or honorific) and c.type == ActorType.PERSON:
            # "President Lula", "Mr Lula": the one long name with the word inside it
            # ("Luiz Inacio Lula da Silva")
            inner = [j for j in full_names if len(words[j]) >= 3 and word in words[j][1:-1]]
            if len({alias_keys[j] for j in inner}) == 1:
                options = inner
        if not options and c.type == ActorType.PERSON and keys[i] not in titled_keys:
            # "Harry" and "Potter" of a work ("the third Harry Potter film"): its name
            work = [j for j in works if word in (words[j][0], words[j][-1])]
            if len({alias_keys[j] for j in work}) == 1:
                options = work
        if options:
            options_of[i] = options
    ambiguous = {
        keys[i] for i, opts in options_of.items() if len({alias_keys[j] for j in opts}) > 1
    }
    if ambiguous:
        grouping.start_over({alias_keys[i] for i in options_of if keys[i] in ambiguous})
    for i, options in options_of.items():
        c = cands[i]
        if keys[i] in ambiguous:
            before = [j for j in options if cands[j].start < c.start]
            if not before:
                continue
            target = max(before, key=lambda j: cands[j].start)
        else:
            target = options[0]
        c.type = ActorType.PERSON if cands[target].type != PRODUCT else PRODUCT
        grouping.groups.union(target, i)
    for a in full_names:
        for b in full_names:
            ka, kb = words[a], words[b]
            if len(ka) < len(kb) and ka[0] == kb[0] and ka[-1] == kb[-1]:
                grouping.groups.union(a, b)
    _join_titled_surnames(grouping, words)
    _join_initialled(grouping, words, full_names)
    _join_bare_to_honorific(grouping, words, full_names)


def _join_initialled(grouping: Grouping, words: list[tuple[str, ...]],
                     full_names: list[int]) -> None:
    """An initial and a surname ("G Poll" of a match report's referee line) join the one
    full name with that surname whose given name starts with the initial ("Graham Poll")."""
    groups = grouping.groups
    for i in full_names:
        w = words[i]
        if len(w) != 2 or len(w[0]) != 1:
            continue
        options = {groups.find(j) for j in full_names
                   if len(words[j]) >= 2 and len(words[j][0]) > 1
                   and words[j][-1] == w[1] and words[j][0][0] == w[0]}
        if len(options) == 1:
            groups.union(options.pop(), i)


def _join_bare_to_honorific(grouping: Grouping, words: list[tuple[str, ...]],
                            full_names: list[int]) -> None:
    """A surname alone joins the person the article calls "Mr X" (or "Mrs X") when it never
    names X in full and uses only one of the honorifics ("Blair and Brown are like squabbling
    school kids ... Mr Brown"). Titled forms stay apart ("Baroness Kennedy" is not "Mr
    Kennedy")."""
    ctx, cands, groups = grouping.ctx, grouping.cands, grouping.groups
    # already one with a full name or a titled form ("Baroness Kennedy ... Kennedy")
    settled = {groups.find(j) for j in full_names} | {
        groups.find(j) for j, c in enumerate(cands) if c.titled}
    surnames = {words[j][-1] for j in full_names}
    honoured: dict[str, list[int]] = {}
    genders: dict[str, set[str]] = {}
    bare: list[int] = []
    for i, c in enumerate(cands):
        if c.type != ActorType.PERSON or len(words[i]) != 1 or words[i][0] in surnames:
            continue
        g = honorific_gender(ctx, c)
        if g:
            honoured.setdefault(words[i][0], []).append(i)
            genders.setdefault(words[i][0], set()).add(g)
        elif not c.titled:
            bare.append(i)
    for i in bare:
        word = words[i][0]
        if len(genders.get(word, ())) == 1 and groups.find(i) not in settled:
            groups.union(honoured[word][0], i)


def _name_words(text: str, suffixes: frozenset[str]) -> tuple[str, ...]:
    """The folded words of a name, less a generational suffix after two words or more
    ("Walter M Phillips Jr": its surname is "Phillips", not "Jr")."""
    words = [fold(w) for w in text.split()]
    if len(words) > 2 and words[-1] in suffixes:
        words.pop()
    return tuple(words)


def _genders(
    grouping: Grouping, words: list[tuple[str, ...]], full_names: list[int]
) -> dict[int, str]:
    """The gender of each full name the text tells: an honorific before it ("Mrs Sandra
    Howard"), else the first "he"/"she" subject after it in its sentence or the next, with
    no other person named in between, unless the article calls X only by the other sex's
    honorific; when the article says both "Mr X" and "Mrs X" and one full name ends in X
    and nothing else tells, it is neither's."""
    doc, cands = grouping.ctx.doc, grouping.cands
    toks = doc_tokens(doc).tokens
    person_starts = sorted(c.start for c in cands if c.type == ActorType.PERSON)
    out: dict[int, str] = {}
    guessed: set[int] = set()
    for j in full_names:
        c = cands[j]
        g = name_gender(grouping.ctx, c)
        if g is None:
            guessed.add(j)
            sent = sent_of(toks[c.start])
            stop = sent.end
            if stop < len(doc):
                stop = sent_of(toks[stop]).end
            nxt = next((s for s in person_starts if s >= c.end), len(doc))
            for tok in toks[c.end : min(stop, nxt)]:
                if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
                    g = "m" if tok.lower_ == "he" else "f"
                    break
        if g:
            out[j] = g
    said: dict[str, Counter[str]] = {}
    for i, c in enumerate(cands):
        g = honorific_gender(grouping.ctx, c)
        if g and len(words[i]) == 1:
            said.setdefault(words[i][0], Counter())[g] += 1
    for j in full_names:
        seen = said.get(words[j][-1])
        if j not in out and seen is not None and len(seen) == 2:
            out[j] = "?"  # "Mr Howard" and "Mrs Howard", and nothing tells which he is
        elif j in guessed and j in out and seen is not None and out[j] not in seen:
            # "Anne Hale said he would …" then only "Ms Hale": the "he" was another
            # (the text never says "Mr Hale"); the honorific tells
            del out[j]
    return out


def _join_titled_surnames(grouping: Grouping, words: list[tuple[str, ...]]) -> None:
    """A surname of several words after an honorific ("Mrs Parker Bowles") joins the one
    longer name ending in it, which is then a person ("Camilla Parker Bowles", however the
    model tagged it). Without an honorific, a name of several words ("De Niro", "Christian
    Andersen", "El Guerrouj") joins the one longer name of a person ending in it, whatever
    it was typed, unless the lexicon fixed its type."""
    cands = grouping.cands
    # "Sinama Pongolle" of a team sheet is "Florent Sinama-Pongolle": hyphens count as spaces
    words = [tuple(" ".join(w).split()) for w in words]
    for i, c in enumerate(cands):
        titled = c.titled or honorific_gender(grouping.ctx, c) is not None  # "Mr Saumarez Smith"
        # a player of a team sheet is a person for sure, and still the same one ("Van Persie")
        fixed = c.strong and c.type != ActorType.PERSON
        if len(words[i]) < 2 or (c.type != ActorType.PERSON if titled else fixed):
            continue
        n = len(words[i])
        kinds = ((ActorType.PERSON, ActorType.ORGANIZATION, ActorType.PLACE) if titled
                 else (ActorType.PERSON,))
        options = {
            grouping.groups.find(j)
            for j, d in enumerate(cands)
            if len(words[j]) > n
            and words[j][-n:] == words[i]
            and d.type in kinds
            and (d.type == ActorType.PERSON or not d.strong)
        }
        if len(options) == 1:
            target, own = options.pop(), grouping.groups.find(i)
            for j, d in enumerate(cands):
                if grouping.groups.find(j) in (target, own):
                    d.type = ActorType.PERSON
            grouping.groups.union(target, i)
