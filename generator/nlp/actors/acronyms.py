"""Names the text defines with their initials: "Movimento 5 Stelle (M5S)", "CEI (Italian
Episcopal Conference)".

A run of capitalised words (with "of", "and", "for", "the" and numbers between them) right
before an acronym in brackets, or in brackets right after an acronym, whose initials spell the
acronym (in any order for three letters or more: an Italian body's acronym keeps the Italian
order) is a name, and so is the acronym. The model often cuts such a name ("Union of
Rationalist Atheists" of "... and Agnostics") or misses it; both become candidates here,
organizations unless the name's last word is a place's ("... Memorial Hall"), and replace the
pieces the model made of them; a treaty, an illness, a product or an event so defined ("...
Test Ban Treaty (CTBT)", "Iodine Deficiency Disorders (IDD)", "Consumer Electronics Show
(CES)" that the model tags an event, a technology the lexicon lists as a product by its
initials: "HSDPA (High Speed Downlink Packet Access)"; not "Centre for Control of ...
Disorders") is no actor, nor its acronym. Run before names are found again, so the acronym's
other mentions are found too; the grouping then makes the name and its acronym one actor
(``join_defined_names``).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from generator.nlp.actors.aliasing import Groups
from generator.nlp.actors.context import PRODUCT, ActorContext, Candidate
from generator.nlp.actors.described import readings
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

_JOINERS = frozenset({"of", "and", "for", "the", "&", "de", "di", "del", "della", "des", "du"})
_MAX_NAME_TOKENS = 10
_ACRONYM_BEFORE = 4  # "FIRST Global competition (For Inspiration and ...)"


def _acronym(tok: Token) -> str | None:
    text = tok.text.replace(".", "")
    if 2 <= len(text) <= 8 and text.isalnum() and text.isupper() and sum(
            ch.isalpha() for ch in text) >= 2:
        return text
    return None


def _initial(tok: Token) -> str:
    return tok.text if tok.like_num else tok.text[0]


def _spells(doc: Doc, start: int, end: int, acronym: str) -> bool:
    """Do the capitalised words (and numbers) of ``doc[start:end]`` spell ``acronym``?"""
    words = [t for t in doc_tokens(doc).tokens[start:end]
             if t.lower_ not in _JOINERS or t.text[:1].isupper()]
    initials = "".join(_initial(t) for t in words if t.text[:1].isupper() or t.like_num)
    if len(words) < 2 or len(initials) != len(words):
        return False
    a, b = initials.upper(), acronym.upper()
    return a == b or (len(b) >= 3 and sorted(a) == sorted(b))


def _name_word(tok: Token) -> bool:
    return (tok.text[:1].isupper() and tok.is_alpha) or tok.like_num or tok.lower_ in _JOINERS


def _before(doc: Doc, open_i: int, acronym: str) -> tuple[int, int] | None:
    """"Union of Rationalist Atheists and Agnostics (UAAR)": the name ending before "("."""
    end = open_i
    start = end
    while start > 0 and end - start < _MAX_NAME_TOKENS and _name_word(doc[start - 1]):
        start -= 1
    for s in range(start, end - 1):  # the longest run that spells it
        if doc[s].text[:1].isupper() and doc[s].lower_ != "the" and _spells(doc, s, end, acronym):
            return s, end
    return None


def _inside(doc: Doc, open_i: int) -> tuple[int, int, str] | None:
    """"CEI (Italian Episcopal Conference)": the name in brackets and the acronym before."""
    close = next((i for i in range(open_i + 1, min(len(doc), open_i + _MAX_NAME_TOKENS + 2))
                  if doc[i].text == ")"), None)
    if close is None or close - open_i < 3:
        return None
    if not all(_name_word(t) for t in doc_tokens(doc).tokens[open_i + 1 : close]):
        return None
    for i in range(open_i - 1, max(-1, open_i - 1 - _ACRONYM_BEFORE), -1):
        acronym = _acronym(doc[i])
        if acronym and _spells(doc, open_i + 1, close, acronym):
            return open_i + 1, close, str(i)
    return None


def _spelt_in_lower_case(doc: Doc, open_i: int, acronym: str) -> bool:
    """"digital and personal video recorders (DVR and PVR)": do lower-case words right before
    "(" spell ``acronym`` in order, the last of them right before it?"""
    words: list[Token] = []
    i = open_i - 1
    while i >= 0 and len(words) < _MAX_NAME_TOKENS and doc[i].is_alpha and doc[i].is_lower:
        words.insert(0, doc[i])
        i -= 1
    initials = "".join(t.text[0] for t in words if t.lower_ not in _JOINERS).upper()
    if len(acronym) < 2 or not initials.endswith(acronym[-1]):
        return False
    at = 0
    for letter in acronym[:-1]:
        at = initials.find(letter, at) + 1
        if at == 0 or at >= len(initials):
            return False
    return True


def defined_terms(ctx: ActorContext) -> set[str]:
    """Acronyms the text defines in brackets after lower-case words that spell them
    ("digital and personal video recorders (DVR and PVR)", "voice over internet protocol
    (VoIP)"): common terms, no names."""
    doc = ctx.doc
    found: set[str] = set()
    for tok in doc:
        if tok.text != "(" or ctx.caps[tok.i]:
            continue
        close = next((i for i in range(tok.i + 1, min(len(doc), tok.i + 6))
                      if doc[i].text == ")"), None)
        if close is None:
            continue
        inside = doc[tok.i + 1 : close]
        acronyms = [t for t in inside if t.lower_ not in ("and", "or", ",", "/")]
        if acronyms and all(_acronym(t) for t in acronyms) and all(
                _spelt_in_lower_case(doc, tok.i, _acronym(t) or "") for t in acronyms):
            found.update(t.text for t in acronyms)
    return found


def _technology(ctx: ActorContext, start: int, end: int, acr: int) -> bool:
    """"Liquid Crystal Display (LCD)", "Digital Rights Management (DRM) ... DRM schemes": a
    spelled-out name whose head word is a term's ("British Sign Language"), or whose acronym
    the text sets before a technology's noun, is a term (unless a body by its words or the
    lexicon)."""
    doc, lex = ctx.doc, ctx.lex
    words = readings()
    if any(t.lower_ in lex.org_heads | lex.centre_words for t in doc[start:end]):
        return False
    if lex.types.get(fold(doc[acr].text)) not in (None, PRODUCT):
        return False
    if doc[end - 1].lower_ in words["term_heads"]:
        return True
    text = doc[acr].text
    return any(
        t.text == text and t.i + 1 < len(doc) and doc[t.i + 1].is_lower
        and doc[t.i + 1].pos_ == "NOUN" and doc[t.i + 1].lower_ in words["technology_nouns"]
        for t in doc
    )


def defined_names(ctx: ActorContext) -> list[tuple[int, int, int]]:
    """(name start, name end, acronym token) of every name the text defines by its initials."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    found: list[tuple[int, int, int]] = []
    for i, word in enumerate(dt.words):
        if word != "(" or ctx.caps[i]:
            continue
        tok = dt.tokens[i]
        nxt = dt.tokens[i + 1] if i + 2 < len(doc) else None
        acronym = _acronym(nxt) if nxt is not None and dt.words[i + 2] == ")" else None
        if acronym:
            span = _before(doc, tok.i, acronym)
            if span is not None:
                found.append((span[0], span[1], tok.i + 1))
            continue
        inside = _inside(doc, tok.i)
        if inside is not None:
            found.append((inside[0], inside[1], int(inside[2])))
    return found


def add_defined_names(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """Add the names the text defines by their initials, and their acronyms (see the module's
    doc); a candidate inside such a name gives way to it, one that reaches out of it stays."""
    doc, lex = ctx.doc, ctx.lex
    things = lex.law_heads | lex.condition_heads | lex.product_heads
    # acronyms of events and things: no actor wherever they stand
    events: set[str] = defined_terms(ctx)
    for start, end, acr in defined_names(ctx):
        if doc[end - 1].lower_ in things and not any(
            t.lower_ in lex.org_heads | lex.centre_words for t in doc_tokens(doc).span(start, end)
        ):
            # "Comprehensive Test Ban Treaty (CTBT)", "... Disorders (IDD)": no actor, nor the
            # acronym the model tags a body ("the effects of IDD")
            events.add(doc[acr].text)
            continue
        if doc[end - 1].lower_ in lex.event_heads and doc[end - 1].ent_type_ == "EVENT":
            # "Consumer Electronics Show (CES)", an event by its head word and to the model:
            # whoever holds it, no actor, nor "CES" ("CEI (Italian Episcopal Conference)",
            # tagged a body, is one)
            events.add(doc[acr].text)
            continue
        if lex.types.get(fold(doc[acr].text)) == PRODUCT or _technology(ctx, start, end, acr):
            # "HSDPA (High Speed Downlink Packet Access)": a technology the lexicon knows by
            # its initials, or one by its head word or nouns ("Liquid Crystal Display (LCD)",
            # "LCD TVs"); neither it nor its spelled-out name is an actor
            events.add(doc[acr].text)
            cands = [c for c in cands if not (start <= c.start and c.end <= end)]
            continue
        typ = ActorType.PLACE if doc[end - 1].lower_ in lex.place_heads else (
            ActorType.ORGANIZATION
        )
        for s, e in ((start, end), (acr, acr + 1)):
            if any(c.start == s and c.end == e for c in cands):
                continue
            if any(c.start < e and s < c.end and not (s <= c.start and c.end <= e)
                   for c in cands):
                continue  # a longer name the model found around it
            cands = [c for c in cands if not (s <= c.start and c.end <= e)]
            cand = Candidate(s, e, typ, gpe=False)
            cand.votes[typ] += 2
            cands.append(cand)
    cands = [c for c in cands if not (c.end - c.start == 1 and doc[c.start].text in events)]
    return sorted(cands, key=lambda c: (c.start, -c.end))


def join_defined_names(ctx: ActorContext, cands: list[Candidate], groups: Groups) -> None:
    """A name and the acronym the text defines for it are one actor."""
    at = {(c.start, c.end): k for k, c in enumerate(cands) if not c.nested}
    for start, end, acr in defined_names(ctx):
        a, b = at.get((start, end)), at.get((acr, acr + 1))
        if a is not None and b is not None and cands[a].type == cands[b].type:
            groups.union(a, b)


def name_initials(doc: Doc, c: Candidate, joiners: Collection[str] = _JOINERS) -> str:
    """The initials of a name's capitalised words but ``joiners`` ("Financial Times": "FT")."""
    return "".join(t.text[0] for t in doc_tokens(doc).tokens[c.start : c.end]
                   if t.is_alpha and t.text[0].isupper() and t.lower_ not in joiners)


def initialled_names(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """"the Financial Times ... the FT said": an acronym the model missed, after a body's name
    of two words or more in the document whose initials spell it, is that body (the grouping
    then joins them)."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    covered = {i for c in cands for i in range(c.start, c.end)}
    # where each body's initials are first complete: read once per name, not per acronym
    spelt: dict[str, int] = {}
    for c in cands:
        if c.type == ActorType.ORGANIZATION and c.end - c.start >= 2 and not c.nested:
            initials = name_initials(doc, c)
            spelt[initials] = min(c.end, spelt.get(initials, c.end))
    added: list[Candidate] = []
    for tok, word in zip(dt.tokens, dt.words, strict=True):
        if not word.isupper():
            continue  # no acronym (``_acronym`` asks it without the dots, which have no case)
        acr = _acronym(tok)
        if acr is None or tok.i in covered or ctx.caps[tok.i] or not acr.isalpha():
            continue
        if spelt.get(acr, tok.i + 1) <= tok.i:
            cand = Candidate(tok.i, tok.i + 1, ActorType.ORGANIZATION)
            cand.votes[ActorType.ORGANIZATION] += 2
            added.append(cand)
    return sorted(cands + added, key=lambda c: (c.start, -c.end)) if added else cands
