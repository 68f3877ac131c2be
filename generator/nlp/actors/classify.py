"""Typing a name: person, organization, place or group, and how sure the rule is.

``base_type`` decides the type of one cleaned entity span, in order: the editable ``types``
list, countries, aliases and parties, demonyms, the head word of the name ("... Party",
"... Space Center"), a classifier noun before it ("the band Duran Duran"), the words around it
(``org_context``: "officials", "announced"), and last the model's label. The other tests here
read one name in its sentence: a sports team (``sports_team``), a dateline, a nationality used
as an adjective, and a sentence treating a name as a person's (``person_evidence``).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from generator.nlp.actors.context import (
    SCORE_LIKE,
    ActorContext,
    next_word,
    prev_word,
)
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.located import located_in
from generator.nlp.actors.spans import title_possessive
from generator.nlp.doc_tokens import children_of, doc_tokens
from generator.vocab import ActorType

_DATE_START = re.compile(r"\d{1,4}([-/.]\d{1,2}){1,2}(?!\d)")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def org_context(
    ctx: ActorContext, start: int, end: int, verbs: bool = True, kinds: bool = True
) -> bool:
    """True when the words around a span say it is a company or institution (``verbs``: also
    when it is the subject of a verb companies use, such as "announce" or "claim"; ``kinds``:
    also right before a kind of body, "Costain firm", which after a town says where the firm is;
    "BT's network" still says it)."""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    cues = lex.org_cues if kinds else lex.org_cues - lex.body_kind_cues
    root = doc_tokens(doc).root(start, end)
    if end < len(doc) and toks[end].lower_ in cues:
        return True
    if end + 1 < len(doc) and toks[end].tag_ == "POS" and toks[end + 1].lower_ in lex.org_cues:
        return True
    head = root.head
    if head.i >= end and (
        (root.dep_ == "compound" and head.lower_ in cues)
        or (root.dep_ == "poss" and head.lower_ in lex.org_cues)
    ):
        return True
    return verbs and root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in lex.org_verbs


def _given_name_first(ctx: ActorContext, label: str, start: int, end: int) -> bool:
    """"Thomas Haden Church": a name the model reads as a person's, that opens with a given
    name and takes no article, is no body for its last word ("the Bill Gates Foundation" is)."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    return (
        label == "PERSON"
        and end - start >= 2
        and fold(toks[start].text) in ctx.lex.given_names
        and not (start > 0 and toks[start - 1].lower_ == "the")
    )


def _spokesman_of(ctx: ActorContext, end: int) -> bool:
    """"Mandela's spokesman": a spokesman speaks for a person as well as for a body, so after a
    name the model reads as a person's it is no cue for a body."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    return (
        end + 1 < len(doc)
        and toks[end].tag_ == "POS"
        and toks[end + 1].lower_ in ctx.lex.spokesperson_nouns
    )


def base_type(ctx: ActorContext, ent: Any, start: int, end: int) -> tuple[str | None, bool]:
    """The actor type of a cleaned entity span and whether it is certain."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    key = fold(dt.span_text(start, end))
    if key in lex.types:
        return lex.types[key], True
    if key in lex.countries:
        return ActorType.PLACE, True
    canonical = lex.alias_to_canonical.get(key)
    if canonical is not None and fold(canonical) in lex.countries:
        return ActorType.PLACE, True
    if key in lex.regions and not ctx.sports:
        return ActorType.PLACE, False  # "Tasmania" read as a body; in sport maybe a team
    if canonical is not None and fold(canonical) in lex.parties:
        return ActorType.ORGANIZATION, True
    words = key.split()
    if key in lex.demonyms or (words and all(w in lex.demonyms for w in words)):
        return ActorType.GROUP, True  # "Sri Lankan" (a nationality of two words)
    tail = lex.alias_to_canonical.get(" ".join(words[1:]))
    if len(words) >= 2 and tail is not None and fold(tail) in lex.parties:
        return ActorType.ORGANIZATION, True  # "English Democrats", "Welsh Liberal Democrats"
    label = ent.label_
    if label != "PERSON" and end - start == 1 and title_possessive(ctx, start):
        return ActorType.PERSON, True  # "the Sheriff's office": the holder of a title
    if label in ("ORG", "GPE", "LOC", "FAC") and end < len(doc) and title_possessive(ctx, end):
        return ActorType.PLACE, False  # "Los Angeles" of "the Los Angeles Sheriff's office"
    before = toks[start - 1] if start > 0 else None
    if (
        label == "PERSON"
        and before is not None
        and before.ent_type_ == "PERSON"  # the model put the preposition into the name
        and before.lower_ in lex.leading_prepositions
    ):
        return ActorType.PLACE, False  # "Throughout Kent, ...": the model's person is a place
    mapped = lex.labels.get(label)
    span = toks[start:end]  # the name's tokens (no ``Span``: it is read word by word)
    root = dt.root(start, end)
    head = root.lower_
    if any(
        t.lower_ == "for" and t.i > start and toks[t.i - 1].lower_ in lex.centre_words for t in span
    ):
        return ActorType.ORGANIZATION, True  # "Centre for Policy Studies" is an institution
    if end - start >= 2 and toks[start].lower_ in lex.org_first_words:
        return ActorType.ORGANIZATION, True  # "Instituto Gonzaga", "Banco Santander"
    if end - start >= 2 or label != "PERSON":
        # an article or a possessive ("the Bat Cave", "her Onyx Hotel tour")
        the = start > 0 and (toks[start - 1].lower_ == "the" or toks[start - 1].tag_ == "PRP$")
        if head in lex.place_heads and not _club_not_town(ctx, start, head) and (
            label != "PERSON"
            or the
            or (end - start >= 3 and any(t.lower_ in lex.place_modifiers for t in span[:-1]))
        ):
            # "the Bat Cave": a person's name takes no article or possessive; nor is "Zion
            # Canyon National Park" a person's
            return ActorType.PLACE, True
        if (head in lex.org_heads or (
            end - start >= 2 and head == toks[end - 1].lower_ and head in lex.press_heads
        )) and not _given_name_first(ctx, label, start, end):
            return ActorType.ORGANIZATION, True
    if (end - start >= 2 and toks[start].is_title
            and fold(toks[start].text) in lex.place_first_words):
        return ActorType.PLACE, True  # "Mount Cook", "Lake Taupo"
    prev = prev_word(doc, start - 1)
    if (
        prev is not None
        and prev.lower_ in lex.org_classifiers
        # "telecoms giant Verizon": the model tags "giant" an adjective
        and (prev.pos_ == "NOUN" or (prev.pos_ == "ADJ" and start <= prev.head.i < end))
        and prev.text.islower()
        # "executive producer Gil Cates": a creative role too (``work_roles``), before a
        # person's full name ("parts maker Robert Bosch" is a firm)
        and not (label == "PERSON" and end - start >= 2 and prev.lower_ in lex.work_roles)
        # "games maker Peter Molyneux ... Mr Molyneux": the honorific tells a person
        and not (label == "PERSON" and end - start >= 2
                 and fold(toks[end - 1].text) in ctx.honorific_surnames)
    ):
        # "localist group Civic Passion", "the band Duran Duran"
        return ActorType.ORGANIZATION, True
    if label in ("PERSON", "ORG", "GPE", "LOC") and _kind_before(ctx, start, end):
        return ActorType.ORGANIZATION, True  # "research from analysts Gartner"
    text = dt.span_text(start, end).replace(".", "")
    if located_in(ctx, label, start, end):
        return ActorType.PLACE, True  # "aid workers in Nairobi", tagged ORG
    if label in ("GPE", "LOC") and org_context(ctx, start, end, verbs=False, kinds=False):
        # Not a known country: a name that has officials, members or a spokesman is a body
        # ("Scientology officials"), whatever the model's label.
        return ActorType.ORGANIZATION, True
    if (label == "PERSON" and end - start == 1 and text.isupper() and 2 <= len(text) <= 6
            and not dateline(ctx, start, end)):
        # an acronym is not a person's name; a dateline's town in capitals ("DOHUK, Iraq
        # 1996-08-23") is no acronym
        return ActorType.ORGANIZATION, True
    if (
        label in lex.maybe_org_labels
        and label not in ("PERSON", "GPE")
        and not (end - start == 1 and toks[start].lower_ in ctx.surnames)
        # "the Democratic party": a NORP adjective is no body's name; "Ihlas news agency",
        # "Berlex filed a lawsuit": a proper noun is, unless the model cut it from a longer
        # name ("Liberal Democrat education spokesman")
        and not (label == "NORP" and (
            root.pos_ != "PROPN" or root.dep_ == "amod"
            or (before is not None and before.is_title and before.pos_ != "DET")))
        and org_context(ctx, start, end)
    ):
        # not the surname of a person the model names in full ("Jaap Stam ... shortly after
        # Stam claimed", "Stam" tagged a product)
        return ActorType.ORGANIZATION, True
    if (
        label == "PERSON"
        and org_context(ctx, start, end)
        and end - start == 1
        and not _spokesman_of(ctx, end)
    ):
        return ActorType.ORGANIZATION, False
    return mapped, False


def _club_not_town(ctx: ActorContext, start: int, head: str) -> bool:
    """In a sports report, "Manchester City" and "Exeter City" are clubs (``club_words_sports``,
    place heads too), but not after a preposition places take ("a bout in Panama City")."""
    if not ctx.sports or head not in ctx.lex.club_words_sports:
        return False
    prev = prev_word(ctx.doc, start - 1)
    return prev is None or prev.lower_ not in ctx.lex.place_prepositions


def _kind_before(ctx: ActorContext, start: int, end: int) -> bool:
    """"from analysts Gartner", "along with rivals Leicestershire", "at analyst Gartner": a
    lower-case plural noun right before one name (not a list: "brothers Joel and Ethan Coen")
    names a kind the name is one of, so it is a body; so does a singular one after "at"
    (people work at bodies). Not after a verb ("told reporters Smith would go")."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    prev = prev_word(doc, start - 1)
    if prev is None or prev.pos_ != "NOUN" or not prev.text.isalpha() or not prev.is_lower:
        return False
    root = doc_tokens(doc).root(start, end)
    apposed = root.dep_ == "appos" and root.head.i == prev.i  # "analysts Ovum welcomed it"
    if not apposed and (prev.dep_ != "compound" or not start <= prev.head.i < end):
        return False  # "within four minutes Ouedec was ...": no kind of the name
    before = prev_word(doc, prev.i - 1)
    if before is None or end - start != 1 or toks[start].conjuncts:
        return False
    if prev.tag_ == "NNS":
        return before.pos_ not in ("VERB", "AUX")
    return prev.tag_ == "NN" and before.lower_ == "at"


def beaten_with_score(ctx: ActorContext, start: int, end: int) -> bool:
    """"Florida beat Colorado 3-1": a name a sports verb takes as its object, right before a
    score, is a team in any document."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if end + 2 >= len(doc) or "\n" in toks[end - 1].whitespace_:
        return False
    score = (toks[end].like_num and toks[end + 1].text in ("-", "–")
             and toks[end + 2].like_num) or (
        bool(SCORE_LIKE.match(toks[end].text)) and "-" in toks[end].text
    )
    root = doc_tokens(doc).root(start, end)
    return bool(score) and root.dep_ == "dobj" and (
        root.head.lemma_.lower() in ctx.lex.sports_verbs
    )


def sports_team(ctx: ActorContext, start: int, end: int) -> bool:
    """In a sports document: does this place name stand for a team (scores, "beat", "v")?"""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    prev = prev_word(doc, start - 1)
    if prev is not None and prev.lower_ in ctx.lex.place_prepositions:
        return False
    root = doc_tokens(doc).root(start, end)
    verb = root.head.lemma_.lower()
    if root.dep_ == "dobj" and verb in ctx.lex.title_verbs:
        return False  # "has won the San Jose five times": the tournament, not a team
    nxt = next_word(doc, end)
    if (
        nxt is not None
        and (nxt.like_num or SCORE_LIKE.match(nxt.text))
        and "\n" not in toks[end - 1].whitespace_
        and not _YEAR.match(nxt.text)  # "Fan Expo Canada 2016": a year, not a score
    ):
        return True
    if nxt is not None and nxt.lower_ in ctx.lex.versus_words:
        return True
    if prev is not None and prev.lower_ in ctx.lex.versus_words:
        return True
    return root.dep_ in ("nsubj", "dobj") and verb in ctx.lex.sports_verbs


def dateline(ctx: ActorContext, start: int, end: int, *, dated: bool = False) -> bool:
    """A capital place name opening a line and followed by a date (after its region or country,
    or not) or, unless ``dated``, "(Agency)" or a dash."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    prev = toks[start - 1] if start > 0 else None
    if prev is not None and not (
        (prev.is_space and "\n" in prev.text) or "\n" in prev.whitespace_
    ):
        return False
    nxt = next_word(doc, end)
    if nxt is not None and nxt.text == ",":
        # "LINZ, Austria 1996-08-28", "ELIZABETH, N.J. 1996-08-27": the region, then the date
        for tok in toks[nxt.i + 1 : nxt.i + 5]:
            if _date_at(tok):
                return tok.i > nxt.i + 1
            if "\n" in tok.text or not (tok.text[:1].isupper() or tok.text in ".,"):
                return False
        return False
    return nxt is not None and (
        _date_at(nxt) or (not dated and nxt.text in ("(", "-", "--", "–", "—"))
    )


def _date_at(tok: Token) -> bool:
    """Does a numeric date ("1996-08-28", "27/08/96") start at ``tok`` (however the tokenizer
    cut it)?"""
    # not the whole text
    return bool(_DATE_START.match(doc_tokens(tok.doc).span_text(tok.i, tok.i + 6)))


def demonym_modifier(ctx: ActorContext, start: int, end: int) -> bool:
    """A nationality or religion used as an adjective ("British troops", "Chinese officials",
    "a Chinese startup"), not as a group: only a noun ("Muslims", "the Chinese") names one."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    root = doc_tokens(doc).root(start, end)
    if root.tag_ in ("JJ", "JJR", "JJS") or root.dep_ == "amod":
        return True
    if end < len(doc) and toks[end].pos_ == "NOUN" and toks[end].is_lower:
        return True  # "Chinese officials", however the parse attached it
    last = toks[end - 1]
    if not last.lower_.endswith("s") and not (start > 0 and toks[start - 1].lower_ == "the"):
        # "Chinese startup DeepSeek" (parsed as a noun), "a Muslim": a group is named by a
        # plural ("Muslims", "Asians") or with the article ("the Chinese")
        return True
    return root.dep_ in ("compound", "nmod") and root.head.i >= end and (
        root.head.pos_ in ("NOUN", "PROPN")
    )


def honorific_before(ctx: ActorContext, start: int, end: int) -> bool:
    """Is the name preceded (or opened) by an honorific ("Mr Ebbers", "Mrs Howard")? A title
    and a surname are always a person."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    key = fold(dt.span_text(start, end))
    if key in lex.countries or key in lex.types or key in lex.alias_to_canonical:
        return False
    if start > 0 and toks[start - 1].lower_.rstrip(".") in lex.honorifics and (
        toks[start - 1].text[:1].isupper()
    ):
        return True
    return end - start >= 2 and toks[start].lower_.rstrip(".") in lex.honorifics and (
        toks[start].text[:1].isupper()
    )


def person_evidence(ctx: ActorContext, start: int, end: int) -> bool:
    """Does the sentence treat this name as a person ("X was born in", "X's father",
    "X, an Australian woman")?"""
    doc, lex = ctx.doc, ctx.lex
    toks = doc_tokens(doc).tokens
    root = doc_tokens(doc).root(start, end)
    prev = prev_word(doc, start - 1)
    if prev is not None and prev.lower_ == "the":
        return False  # "the Guardian's agony aunt": a name with an article is not a person's
    if root.dep_ == "nsubjpass" and root.head.lemma_.lower() == "bear":
        return True
    if root.dep_ == "poss" and root.head.lemma_.lower() in lex.kin_nouns:
        return True
    if end + 1 < len(doc) and toks[end].text == "," and toks[end + 1].lower_ in ("a", "an"):
        for tok in toks[end + 2 : end + 6]:
            if tok.is_punct:
                break
            if tok.lemma_.lower() in lex.person_nouns or tok.lemma_.lower() in lex.kin_nouns:
                return True
    return (
        _age_apposed(doc, end)
        or _aged_before(ctx, start, end)
        or (not ctx.sports and _who_clause(doc, start, end))
    )


def _aged_before(ctx: ActorContext, start: int, end: int) -> bool:
    """"10-year-old Dakota Fanning": a name of two or three capitalised words, none a body's,
    place's or product's word, right after an age written "N-year-old" is a person's."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if not 2 <= end - start <= 3 or start < 3 or toks[start - 1].lower_ != "old":
        return False
    if toks[start - 2].text not in "-–" or toks[start - 3].lower_ not in ("year", "years"):
        return False
    return all(
        tok.is_title and tok.lower_ not in ctx.lex.non_person_words for tok in toks[start:end]
    )


def _age_apposed(doc: Any, end: int) -> bool:
    """"Comeaux, 49, escaped", "Raj Chohan, 59, of Queens": an age between commas right after
    the name (a bare number of one to three digits, below 120) is a person's."""
    toks = doc_tokens(doc).tokens
    if end + 2 >= len(doc) or toks[end].text != "," or toks[end + 2].text not in (",", "."):
        return False
    age = toks[end + 1].text
    return age.isdigit() and len(age) <= 3 and 0 < int(age) < 120


def _who_clause(doc: Any, start: int, end: int) -> bool:
    """"replaced him with Mo Cheeks, who is": a "who" clause the parser hangs on the name
    describes a person (bodies take "which"; outside sport, where teams take "who"; nor a
    plural the model read as a body: "the New Orleans Saints, who"). Only a name of two or
    three words: a band or a team named by one word takes "who" too ("Radiohead, who took
    over", "Liverpool, who followed up")."""
    toks = doc_tokens(doc).tokens
    if not 2 <= end - start <= 3:
        return False
    last = toks[end - 1]
    if last.ent_type_ == "ORG" and (last.tag_ == "NNPS" or last.lower_.endswith("s")):
        return False
    i = end + 1 if end < len(doc) and toks[end].text == "," else end
    if i >= len(doc) or toks[i].lower_ != "who":
        return False
    head = toks[i].head
    return head.dep_ == "relcl" and start <= head.head.i < end


def acquired_body(ctx: ActorContext, start: int, end: int) -> bool:
    """"having bought Amey in 2003", "plans to acquire Gracenote": a one-word name, no given
    name, that is the object of a verb for buying or taking over a company
    (``acquisition_verbs``) is a body; not in sport, where clubs buy and sell players, nor
    when it is bought "from" someone ("bought Drogba from Marseille")."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if end - start != 1 or ctx.sports or toks[start].dep_ != "dobj":
        return False
    tok = toks[start]
    if fold(tok.text) in ctx.lex.given_names:
        return False
    verb = tok.head
    if any(ch.lower_ == "from" for ch in children_of(verb)):
        return False  # "bought Drogba from Marseille": a player bought from his club
    return tok.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in (
        ctx.lex.acquisition_verbs
    )
