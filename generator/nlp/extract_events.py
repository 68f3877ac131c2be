"""Events: who did what to whom, where and when, from a parsed article body.

Verbal events come from event verbs in main or subordinate clauses with their
subject, object, recipient, place and date; nominal events from deverbal nouns with
an of/by/with argument ("the detention of a Huawei executive in Canada"). The
lexicons live in ``patterns/events.yml``. Precision comes first: reporting verbs,
copulas, stative verbs, hypothetical and conditional clauses are skipped, and an
event needs a participant that is not a bare pronoun.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

from generator.annotations import ActorMention, EventMention, EventParticipant
from generator.nlp.dates import resolve_date

PATTERNS = Path(__file__).parent / "patterns" / "events.yml"
MAX_PER_SENTENCE = 4
MAX_SUMMARY = 120

CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "acl", "parataxis"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
RELATIVE_PRONOUNS = {"who", "whom", "which", "that", "whose"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
DATE_LABELS = {"DATE"}
DATE_PREPS = {"in", "on", "at", "during"}
# Prepositions followed from a verb or noun down to a place ("an invitation to a summit in X").
PLACE_PATH_PREPS = {"to", "of", "in", "at", "for", "from", "with", "on", "into"}
# Children left out of a phrase quoted in a summary.
PHRASE_SKIP = {"relcl", "acl", "appos", "punct", "advcl", "parataxis", "mark", "dep"}
TRAILING_STOP = {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "with",
                 "by", "from", "its", "their", "his", "her", "'s", "as", "that", "but"}  # fmt: skip
PLURAL_PRONOUNS = {"they", "we", "you", "i", "these", "those"}


@dataclass(frozen=True)
class Lexicon:
    """The event lexicons of ``patterns/events.yml``."""

    reporting: frozenset[str]
    excluded: frozenset[str]
    needs_destination: frozenset[str]
    light: frozenset[str]
    control: frozenset[str]
    irrealis: frozenset[str]
    modals: frozenset[str]
    conditional: frozenset[str]
    verb_class: dict[str, str]
    recipient_to: frozenset[str]
    place_preps: frozenset[str]
    event_nouns: dict[str, str]
    of_agent_nouns: frozenset[str]
    gathering_nouns: frozenset[str]


@lru_cache(maxsize=1)
def load_lexicon(path: str = str(PATTERNS)) -> Lexicon:
    """Read the event lexicons once."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    verb_class: dict[str, str] = {}
    for cls, verbs in (data.get("verb_classes") or {}).items():
        for verb in verbs:
            verb_class.setdefault(str(verb).lower(), cls)
    return Lexicon(
        reporting=words("reporting_verbs"),
        excluded=words("excluded_verbs"),
        needs_destination=words("needs_destination"),
        light=words("light_verbs"),
        control=words("control_verbs"),
        irrealis=words("irrealis_governors"),
        modals=words("hypothetical_modals"),
        conditional=words("conditional_marks"),
        verb_class=verb_class,
        recipient_to=words("recipient_to_classes"),
        place_preps=words("place_preps"),
        event_nouns={str(k).lower(): str(v) for k, v in (data.get("event_nouns") or {}).items()},
        of_agent_nouns=words("of_agent_nouns"),
        gathering_nouns=words("gathering_nouns"),
    )


class _Index:
    """Per-document lookups from token index to actor, entity and noun chunk."""

    def __init__(self, doc: Doc, actors: Sequence[ActorMention]) -> None:
        self.doc = doc
        self.actor: dict[int, ActorMention] = {}
        for actor in sorted(actors, key=lambda a: (a.kind != "name", a.span[0] - a.span[1])):
            span = doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                self.actor.setdefault(i, actor)
        self.ent: dict[int, Span] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent[i] = ent
        self.chunk: dict[int, Span] = {}
        try:
            for chunk in doc.noun_chunks:
                for i in range(chunk.start, chunk.end):
                    self.chunk[i] = chunk
        except ValueError:  # no parser: leave chunks empty
            pass

    def is_place(self, tok: Token) -> bool:
        """Say whether ``tok`` heads a place name (an entity or a place actor)."""
        actor = self.actor.get(tok.i)
        if actor is not None and actor.type == "place":
            return True
        ent = self.ent.get(tok.i)
        return ent is not None and ent.label_ in PLACE_LABELS

    def is_date(self, tok: Token) -> bool:
        """Say whether ``tok`` is part of a DATE entity."""
        ent = self.ent.get(tok.i)
        return ent is not None and ent.label_ in DATE_LABELS

    def bare_pronoun(self, tok: Token) -> bool:
        """Say whether ``tok`` is a pronoun no actor mention resolves ("some of X" is not)."""
        if tok.pos_ != "PRON" or tok.i in self.actor:
            return False
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


@dataclass
class _Parts:
    """The pieces of one event before it becomes an EventMention."""

    trigger: Token
    lemma: str
    passive: bool = False
    agents: tuple[Token, ...] = ()
    patients: tuple[Token, ...] = ()
    recipients: tuple[Token, ...] = ()
    others: tuple[Token, ...] = ()
    place: Token | None = None
    date: Span | None = None
    negated: bool = False
    summary: str = ""
    span_tokens: tuple[Token, ...] = ()


def extract_events(
    doc: Doc, actors: Sequence[ActorMention] = (), article_date: str | None = None
) -> list[EventMention]:
    """Return the events the sentences of ``doc`` state, in text order."""
    if not doc.has_annotation("DEP"):
        return []  # no parse, no arguments
    lex = load_lexicon()
    index = _Index(doc, actors)
    events: list[EventMention] = []
    for sent in doc.sents:
        if sent.text.rstrip().endswith("?"):
            continue
        found: list[_Parts] = []
        used: set[int] = set()
        for tok in sent:
            parts = _verbal(tok, lex, index)
            if parts is not None and parts.trigger.i not in used:
                used.add(parts.trigger.i)
                found.append(parts)
        inside_verbal = {t.i for p in found for t in p.span_tokens}
        for tok in sent:
            if tok.i in used:
                continue
            parts = _nominal(tok, lex, index)
            if parts is not None and not (
                tok.i in inside_verbal and not (parts.agents or parts.patients or parts.others)
            ):  # "an invitation to an AI summit in Paris" holds no event of its own
                used.add(tok.i)
                found.append(parts)
        found.sort(key=lambda p: p.trigger.i)
        events.extend(_mention(p, index, article_date) for p in found[:MAX_PER_SENTENCE])
    return events


# ---------------------------------------------------------------- verbal events


def _first_conjunct(tok: Token) -> Token:
    """Walk up a chain of verb conjuncts to the first one."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    return tok


def _children(tok: Token, *deps: str) -> list[Token]:
    """The children of ``tok`` with one of the dependency labels ``deps``."""
    return [c for c in tok.children if c.dep_ in deps]


def _with_conjuncts(toks: Iterable[Token]) -> tuple[Token, ...]:
    """Add the later conjuncts of each token ("researchers and entrepreneurs")."""
    out: list[Token] = []
    for tok in toks:
        out.append(tok)
        out.extend(c for c in tok.conjuncts if c.i > tok.i)
    return tuple(out)


def _is_hypothetical(clause: Token, lex: Lexicon) -> bool:
    """Say whether a modal, a conditional mark or an irrealis governor frames ``clause``."""
    for child in clause.children:
        if child.dep_ == "aux" and child.lower_ in lex.modals:
            return True
        if child.dep_ == "mark" and child.lower_ in lex.conditional:
            return True
    node = clause
    while node.dep_ in ("ccomp", "xcomp", "acl", "conj", "advcl") and node.head != node:
        node = node.head
        if node.lemma_.lower() in lex.irrealis:
            return True
        if any(c.dep_ == "aux" and c.lower_ in lex.modals for c in node.children):
            return True
    return False


def _resolve_subject(subj: Token, verb: Token) -> Token:
    """Map a relative pronoun subject ("who", "that") to the noun it stands for."""
    if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        noun = verb.head
        while noun.dep_ == "conj" and noun.head != noun:  # "Xi and Macron, who met ..."
            noun = noun.head
        return noun
    return subj


def _verbal(tok: Token, lex: Lexicon, index: _Index) -> _Parts | None:
    """Build the parts of a verbal event triggered by ``tok``, or None."""
    if tok.pos_ != "VERB" or not tok.tag_.startswith("VB") or tok.dep_ not in CLAUSE_DEPS:
        return None
    lemma = tok.lemma_.lower()
    if len(lemma) < 3 or not lemma.isalpha():
        return None
    first = _first_conjunct(tok)
    governor: Token | None = None
    if first.dep_ == "xcomp":
        gov = first.head
        if gov.lemma_.lower() not in lex.control or gov.pos_ != "VERB":
            return None
        governor = gov
    if first.dep_ == "acl" and tok.tag_ != "VBN":
        return None
    if any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children) and (lemma in lex.control):
        return None  # the complement carries the event
    if lemma in lex.reporting or lemma in lex.excluded:
        return None
    if any(c.dep_ == "ccomp" for c in tok.children):
        return None  # a that-clause makes it an attribution or a belief
    if governor is None and any(c.dep_ == "aux" and c.tag_ == "TO" for c in first.children):
        return None  # purpose or plan: "to avoid travel"
    clause = governor if governor is not None else first
    if _is_hypothetical(first, lex) or _is_hypothetical(clause, lex):
        return None
    if (
        governor is not None
        and governor.dep_ == "conj"
        and _is_hypothetical(_first_conjunct(governor), lex)
    ):
        return None

    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (first.dep_ == "acl")
    subjects = _children(tok, *SUBJECT_DEPS)
    if not subjects and tok is not first:
        subjects = _children(first, *SUBJECT_DEPS)
    if not subjects and governor is not None:
        subjects = _children(governor, "nsubj", "nsubjpass")
    bare_participle = first.dep_ == "advcl" and first.tag_ == "VBG"
    if not subjects and bare_participle and not _children(first, "mark", "aux", "auxpass"):
        subjects = _children(first.head, "nsubj")  # "..., killing two officers"
    subjects = [_resolve_subject(s, tok if tok.dep_ == "relcl" else first) for s in subjects]
    agents: list[Token] = []
    patients: list[Token] = []
    if first.dep_ == "acl":
        patients.append(first.head)
    elif passive:
        patients.extend(subjects)
        for by in _children(tok, "agent"):
            agents.extend(_children(by, "pobj"))
    else:
        agents.extend(subjects)
    objects = _children(tok, "dobj")
    trigger = tok
    if lemma in lex.light:
        event_objects = [o for o in objects if o.lemma_.lower() in lex.event_nouns]
        if not event_objects:
            return None
        trigger = event_objects[0]
    if not passive:
        patients.extend(objects)
    recipients = [
        pobj
        for d in _children(tok, "dative")
        for pobj in ([d] if d.pos_ != "ADP" else _children(d, "pobj"))
    ]
    vclass = lex.verb_class.get(lemma)
    preps = _children(tok, "prep")
    others = [
        p
        for prep in preps
        if prep.lower_ == "with" and vclass == "contact"
        for p in _children(prep, "pobj")
        if not index.bare_pronoun(p)
    ]  # "met with business leaders"
    if vclass in lex.recipient_to and not recipients:
        recipients = [p for prep in preps if prep.lower_ == "to" for p in _children(prep, "pobj")]
    place = _find_place(tok, patients, lex, index, movement=vclass == "movement")
    if vclass == "movement" and place is None and objects and index.is_place(objects[0]):
        place = objects[0]  # "will visit Tokyo"
        patients = [p for p in patients if p is not place]
    if (
        lemma in lex.needs_destination
        and place is None
        and not any(p.lower_ in ("to", "into") for p in preps)
    ):
        return None

    agents_t, patients_t = _with_conjuncts(agents), _with_conjuncts(patients)
    subject_side = patients_t if passive else agents_t
    if not subject_side or all(index.bare_pronoun(t) for t in subject_side):
        return None
    if any(t.tag_ in ("WP", "WDT") for t in subject_side):
        return None
    complements = [*objects, *recipients] or [
        p for prep in preps for p in _children(prep, "pobj") if not index.is_date(p)
    ]
    if complements and all(index.bare_pronoun(t) for t in complements):
        return None  # "advised against it", "denied it": nothing to show out of context
    pobjs = [p for prep in preps for p in _children(prep, "pobj") if not index.is_date(p)]
    solid_args = [
        t
        for t in (*objects, *recipients, *pobjs, *(agents if passive else ()))
        if not index.bare_pronoun(t)
    ]
    if vclass is None and trigger is tok and not solid_args and place is None:
        return None  # an unlisted verb needs more than a subject

    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children) or (
        governor is not None and any(c.dep_ == "neg" for c in governor.children)
    )
    parts = _Parts(
        trigger=trigger,
        lemma=trigger.lemma_.lower(),
        passive=passive,
        agents=agents_t,
        patients=patients_t,
        recipients=_with_conjuncts(recipients),
        others=_with_conjuncts(others),
        place=place,
        date=_find_date(tok, index) or (_find_date(governor, index) if governor else None),
        negated=negated,
    )
    parts.summary = _verbal_summary(tok, governor, parts, index)
    parts.span_tokens = _clause_tokens(tok, parts)
    return parts


def _find_place(
    head: Token, args: Sequence[Token], lex: Lexicon, index: _Index, movement: bool = False
) -> Token | None:
    """Find a place-name object of in/at (or a movement's "to") near ``head`` or its args."""
    preps = set(lex.place_preps) | ({"to", "into"} if movement else set())
    frontier: list[tuple[Token, int]] = [(head, 0)] + [(a, 1) for a in args]
    seen: set[int] = set()
    while frontier:
        node, depth = frontier.pop(0)
        if node.i in seen:
            continue
        seen.add(node.i)
        for prep in _children(node, "prep"):
            for pobj in _children(prep, "pobj"):
                if prep.lower_ in preps and index.is_place(pobj):
                    return pobj
                if depth < 2 and prep.lower_ in PLACE_PATH_PREPS:
                    frontier.append((pobj, depth + 1))
    return None


def _find_date(head: Token | None, index: _Index) -> Span | None:
    """Find a DATE entity attached to ``head`` ("in February", "last week")."""
    if head is None:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in DATE_PREPS:
            for pobj in _children(child, "pobj"):
                if index.is_date(pobj):
                    return index.ent[pobj.i]
        elif child.dep_ in ("npadvmod", "tmod", "nmod", "advmod", "pobj") and index.is_date(child):
            return index.ent[child.i]
    return None


# ---------------------------------------------------------------- nominal events


def _nominal(tok: Token, lex: Lexicon, index: _Index) -> _Parts | None:
    """Build the parts of a nominal event headed by ``tok``, or None."""
    if tok.pos_ != "NOUN":
        return None
    lemma = tok.lemma_.lower()
    if lemma not in lex.event_nouns:
        return None
    agents: list[Token] = []
    patients: list[Token] = []
    others: list[Token] = []
    of_args: list[Token] = []
    for prep in _children(tok, "prep"):
        pobjs = [p for p in _children(prep, "pobj") if not index.bare_pronoun(p)]
        word = prep.lower_
        if word == "of":
            of_args.extend(pobjs)
        elif word == "by":
            agents.extend(pobjs)
        elif word in ("with", "between"):
            others.extend(pobjs)
        elif word in ("on", "against") and lex.event_nouns[lemma] == "conflict":
            patients.extend(p for p in pobjs if not index.is_date(p))  # "attack on the embassy"
    borrowed_by = _borrowed_by_agent(tok)
    if borrowed_by is not None and not index.bare_pronoun(borrowed_by):
        agents.append(borrowed_by)
    if of_args:
        (agents if lemma in lex.of_agent_nouns else patients).extend(of_args)
    place = _find_place(tok, [*patients, *others], lex, index)
    if not (agents or patients or others or place is not None):
        return None  # a bare "the attack" says too little; "the attack in Lagos" will do
    for poss in _children(tok, "poss"):
        if not index.bare_pronoun(poss):
            (agents if patients or lemma in lex.of_agent_nouns else others).append(poss)
    if lemma in lex.gathering_nouns and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during"):
        clause = tok.head.head
        if clause.pos_ == "VERB":
            others.extend(s for s in _children(clause, "nsubj") if not index.bare_pronoun(s))
    date = _find_date(tok, index)
    if date is None and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        outer = tok.head.head
        if outer.pos_ == "NOUN":
            date = _find_date(outer, index)
    parts = _Parts(
        trigger=tok,
        lemma=lemma,
        agents=_with_conjuncts(agents),
        patients=_with_conjuncts(patients),
        others=_with_conjuncts(others),
        place=place,
        date=date,
    )
    parts.summary = _nominal_summary(tok, borrowed_by, parts, index)
    span_tokens = _phrase_tokens(tok, index, keep_det=True)
    if borrowed_by is not None:
        span_tokens.extend(borrowed_by.head.subtree)
    parts.span_tokens = tuple(span_tokens)
    return parts


def _borrowed_by_agent(noun: Token) -> Token | None:
    """Take a "by" phrase the parser hung on the verb governing ``noun`` as its agent."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    for prep in _children(verb, "prep"):
        if prep.lower_ == "by" and prep.i > noun.i:
            for pobj in _children(prep, "pobj"):
                if pobj.pos_ in ("NOUN", "PROPN"):
                    return pobj
    return None


# ---------------------------------------------------------------- summaries


def _phrase_tokens(
    head: Token, index: _Index, keep_det: bool = False, keep_acl: bool = False
) -> list[Token]:
    """Tokens of ``head``'s phrase without clauses, appositions and date phrases."""
    out: list[Token] = []
    skip = PHRASE_SKIP - {"acl"} if keep_acl else PHRASE_SKIP

    def walk(tok: Token, top: bool) -> None:
        for child in tok.lefts:
            if top and not keep_det and child.dep_ == "det":
                continue
            if child.dep_ not in skip or child.tag_ == "HYPH":
                walk(child, False)
        out.append(tok)
        for child in tok.rights:
            if child.dep_ in skip and child.tag_ != "HYPH":
                continue
            if child.dep_ == "prep" and any(index.is_date(p) for p in _children(child, "pobj")):
                continue
            if child.dep_ == "prep" and child.lower_ in ("by",) and tok.pos_ == "VERB":
                continue
            walk(child, False)

    walk(head, True)
    return out


def _text(tokens: Sequence[Token]) -> str:
    """Join tokens with their own spacing."""
    return "".join(t.text_with_ws for t in tokens).strip()


def _arg_text(tok: Token, index: _Index, as_subject: bool = False) -> str:
    """Say an argument: an actor's text (or name, for a pronoun) or its phrase."""
    actor = index.actor.get(tok.i)
    if actor is not None and as_subject:
        if actor.kind == "pronoun" and actor.name:
            return actor.name
        phrase = _text(_phrase_tokens(tok, index, keep_det=True))
        if actor.text in phrase and tok.pos_ == "PROPN":
            return _strip_possessive(actor.text)
    tokens = _phrase_tokens(tok, index, keep_det=True)
    whose = [t for t in tokens if t.lower_ == "whose"]
    if whose and tok.head.dep_ == "relcl":  # "Liang, whose company ..." -> "Liang's company"
        owner = _arg_text(tok.head.head, index, as_subject=True)
        rest = _text([t for t in tokens if t is not whose[0]])
        return f"{owner}'s {rest}"
    return _text(tokens)


def _strip_possessive(text: str) -> str:
    """Drop a trailing possessive "'s" from a name."""
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text


def _is_plural(tok: Token) -> bool:
    """Say whether a subject takes a plural verb."""
    if tok.tag_ in ("NNS", "NNPS") or tok.lower_ in PLURAL_PRONOUNS:
        return True
    return any(c.dep_ == "conj" for c in tok.children)


def _present(lemma: str, plural: bool) -> str:
    """Conjugate ``lemma`` in the simple present, third person."""
    if lemma == "be":
        return "are" if plural else "is"
    if plural:
        return lemma
    if lemma == "have":
        return "has"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    return lemma + "s"


def _verb_group(verb: Token, subject: Token | None) -> list[str]:
    """Say the verb as written when it has auxiliaries, else in the simple present."""
    auxes = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg") and c.tag_ != "TO"]
    particles = [c.text for c in verb.rights if c.dep_ == "prt"]
    if auxes:
        return [a.text for a in auxes] + [verb.text] + particles
    plural = subject is not None and _is_plural(subject)
    lemma = verb.lemma_ if verb.lemma_ else verb.text.lower()
    return [_present(lemma.lower(), plural)] + particles


def _verbal_summary(verb: Token, governor: Token | None, parts: _Parts, index: _Index) -> str:
    """Write "agent verb object (to recipient) (in place)" or its passive."""
    words: list[str] = []
    covered: list[Token] = []
    subject = (parts.patients if parts.passive else parts.agents) or (None,)
    head = subject[0]
    if head is not None:
        if len(subject) > 1 and head.conjuncts:
            words.append(_text(_phrase_tokens(head, index, keep_det=True)))
        else:
            words.append(_arg_text(head, index, as_subject=True))
        covered.extend(head.subtree)
    if verb.dep_ == "acl":
        words.append("are" if head is not None and _is_plural(head) else "is")
        words.append(verb.text)
    elif governor is not None:
        words.extend(_verb_group(governor, head))
        words.extend(c.text for c in verb.lefts if c.dep_ in ("aux", "neg"))
        words.append(verb.text)
    else:
        words.extend(_verb_group(verb, head))
    for dative in _children(verb, "dative"):
        words.append(_text(_phrase_tokens(dative, index, keep_det=True)))
        covered.extend(dative.subtree)
    objects = _children(verb, "dobj")
    for obj in objects[:1]:
        tokens = _phrase_tokens(obj, index, keep_det=True, keep_acl=True)
        if len(_text(tokens)) > MAX_SUMMARY // 2:
            tokens = _phrase_tokens(obj, index, keep_det=True)
        words.append(_text(tokens))
        covered.extend(tokens)
    if parts.passive:
        for by in _children(verb, "agent"):
            tokens = _phrase_tokens(by, index, keep_det=True)
            words.append(_text(tokens))
            covered.extend(tokens)
    if not objects:
        for prep in _children(verb, "prep"):
            pobjs = _children(prep, "pobj")
            if not pobjs or any(index.is_date(p) for p in pobjs):
                continue
            if prep.lower_ in ("by",) and parts.passive:
                continue
            tokens = _phrase_tokens(prep, index, keep_det=True)
            words.append(_text(tokens))
            covered.extend(tokens)
            break
    for rec in parts.recipients[:1]:
        if rec not in covered and rec.head.dep_ == "prep":
            tokens = _phrase_tokens(rec.head, index, keep_det=True)
            words.append(_text(tokens))
            covered.extend(tokens)
    place = parts.place
    if place is not None and place not in covered and place.head.dep_ == "prep":
        prep = place.head
        words.append(_text(_phrase_tokens(prep, index, keep_det=True)))
    return _trim(" ".join(w for w in words if w))


def _nominal_summary(noun: Token, borrowed_by: Token | None, parts: _Parts, index: _Index) -> str:
    """Write "detention of a Huawei executive in Canada" from the noun phrase."""
    tokens = _phrase_tokens(noun, index, keep_det=False)
    text = _text(tokens)
    first = tokens[0]
    if text and first.i == first.sent.start and first.pos_ not in ("PROPN", "PRON"):
        text = text[0].lower() + text[1:]
    if borrowed_by is not None:
        text += " " + _text(_phrase_tokens(borrowed_by.head, index, keep_det=True))
    place = parts.place
    if place is not None and place not in tokens and place.head.dep_ == "prep":
        text += " " + _text(_phrase_tokens(place.head, index, keep_det=True))
    return _trim(text)


def _trim(text: str) -> str:
    """Cut ``text`` to about MAX_SUMMARY characters at a word boundary, without end punctuation."""
    text = " ".join(text.split())
    if len(text) > MAX_SUMMARY:
        words: list[str] = []
        for word in text.split():
            if len(" ".join([*words, word])) > MAX_SUMMARY:
                break
            words.append(word)
        while len(words) > 1 and words[-1].lower().strip(",;:") in TRAILING_STOP:
            words.pop()
        text = " ".join(words)
    return text.rstrip(" ,;:.!?-–—\"'")


# ---------------------------------------------------------------- assembly


def _clause_tokens(verb: Token, parts: _Parts) -> tuple[Token, ...]:
    """Tokens of the clause stating the event: the verb, its arguments and modifiers."""
    out: list[Token] = [verb]
    for child in verb.children:
        if child.dep_ in ("conj", "ccomp", "advcl", "parataxis", "punct", "cc", "relcl", "mark"):
            continue
        out.extend(child.subtree)
    for arg in (*parts.agents, *parts.patients):
        out.extend(arg.subtree if arg.i < verb.i else (arg,))
    return tuple(out)


def _participant(tok: Token, role: str, index: _Index) -> EventParticipant:
    """Make a participant from an actor mention containing ``tok``, else its noun chunk."""
    actor = index.actor.get(tok.i)
    if actor is None:  # "the company DeepSeek", "his firm, Acme,": the named apposition
        named = [index.actor[c.i] for c in _children(tok, "appos") if c.i in index.actor]
        actor = named[0] if named else None
    if actor is not None:
        return EventParticipant(span=actor.span, text=actor.text, role=role)
    chunk = index.chunk.get(tok.i)
    tokens: list[Token] = list(chunk) if chunk is not None and chunk.root == tok else [tok]
    for prep in _children(tok, "prep"):
        if prep.lower_ == "of":
            for pobj in _children(prep, "pobj"):
                inner = index.chunk.get(pobj.i)
                tokens.extend([prep, *(inner if inner is not None else [pobj])])
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return EventParticipant(span=(start, end), text=index.doc.text[start:end], role=role)


def _mention(parts: _Parts, index: _Index, article_date: str | None) -> EventMention:
    """Turn parts into an EventMention with character offsets."""
    participants: list[EventParticipant] = []
    seen: set[tuple[int, int]] = set()
    roles = (
        (parts.agents, "agent"),
        (parts.patients, "patient"),
        (parts.recipients, "recipient"),
        (parts.others, "participant"),
    )
    for toks, role in roles:
        for tok in toks:
            if index.bare_pronoun(tok) and role != "agent":
                continue
            p = _participant(tok, role, index)
            if p.span not in seen:
                seen.add(p.span)
                participants.append(p)
    span_toks = parts.span_tokens or (parts.trigger,)
    start = min(t.idx for t in span_toks)
    end = max(t.idx + len(t) for t in span_toks)
    place = parts.place
    place_span: tuple[int, int] | None = None
    place_text: str | None = None
    if place is not None:
        actor = index.actor.get(place.i)
        ent = index.ent.get(place.i)
        if actor is not None:
            place_span, place_text = actor.span, actor.text
        elif ent is not None:
            place_span, place_text = (ent.start_char, ent.end_char), ent.text
    date_iso = date_text = None
    if parts.date is not None:
        date_text = parts.date.text
        future = any(t.lower_ in ("will", "shall") for t in parts.trigger.head.lefts) or any(
            t.lower_ in ("will", "shall") for t in parts.trigger.lefts
        )
        date_iso = resolve_date(date_text, article_date, future=future)
    trig = parts.trigger
    return EventMention(
        trigger=parts.lemma,
        trigger_span=(trig.idx, trig.idx + len(trig)),
        span=(start, end),
        summary=parts.summary,
        participants=tuple(participants),
        place=place_span,
        place_text=place_text,
        date=date_iso,
        date_text=date_text,
        negated=parts.negated,
    )
