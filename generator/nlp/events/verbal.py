"""Participants of verbal events: who did what to whom, from a trigger verb's clause.

Given a trigger (``triggers``), the subject is the agent (the patient in a passive, with the
"by" phrase as agent), a relative pronoun stands for the noun it modifies, a control verb
lends its subject, and a bare participle ("..., killing two officers") takes the main
clause's. Objects are patients, datives and "to" phrases of giving verbs recipients, "with"
phrases of contact verbs other participants. A light verb ("hold talks") hands the trigger to
its event noun. The event is dropped when its subject side is only unresolved pronouns or a
question word, its complements only pronouns, or an unlisted verb has nothing but a subject;
an infinitive with no subject to borrow and nothing to say as a passive ("his failure to
deliver", "a duty to act") is no event: its summary would be the fragment "To deliver".
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.nlp.actors.lexicon import lexicon as actor_lexicon
from generator.nlp.doc_tokens import children_of, doc_tokens, sent_of
from generator.nlp.events.context import (
    EventContext,
    EventParts,
    children,
    with_conjuncts,
)
from generator.nlp.events.lexicon import Lexicon, lemma_of
from generator.nlp.events.place_time import find_date, find_place
from generator.nlp.events.summaries import clause_summary, verbal_summary
from generator.nlp.events.triggers import noun_as_verb, verbal_trigger
from generator.nlp.events.verb_groups import content_that, next_clause_verb
from generator.nlp.tokens import hyphen_prefix, hyphen_start
from generator.vocab import Modality

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
RELATIVE_PRONOUNS = {"who", "whom", "which", "that", "whose"}
# Children that are not part of the clause stating an event.
_OTHER_CLAUSE_DEPS = ("conj", "ccomp", "advcl", "parataxis", "punct", "cc", "relcl", "mark")


def _resolve_subject(subj: Token, verb: Token, lex: Lexicon) -> Token:
    """Map a relative pronoun subject ("who", "that") to the noun it stands for; a noun that
    only says something happened, to the event noun it is in apposition to ("the detention
    of an executive, an incident that occurred ...": the detention)."""
    if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        noun = verb.head
        while noun.dep_ == "conj" and noun.head != noun:  # "Xi and Macron, who met ..."
            noun = noun.head
        return placeholder_event(noun, lex) or noun
    return subj


def placeholder_event(noun: Token, lex: Lexicon) -> Token | None:
    """The event noun a placeholder ("an incident", "the episode") is in apposition to, the
    parse often hanging it on the last noun before it: "the detention of an executive in
    Canada, an incident that ..." (on "Canada")."""
    if noun.dep_ != "appos" or noun.lemma_.lower() not in lex.event_placeholders:
        return None
    node = noun.head
    for _ in range(6):
        if node.pos_ == "NOUN" and node.lemma_.lower() in lex.event_nouns:
            return node
        if node.dep_ not in ("pobj", "prep") or node.head == node:
            return None
        node = node.head
    return None


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, a clausal subject only when there is no other."""
    found = children(verb, *SUBJECT_DEPS)
    nominal = [s for s in found if s.dep_ != "csubj"]
    named = [s for s in nominal if s.lower_ not in RELATIVE_PRONOUNS]
    if named and len(named) < len(nominal) and not any(s.dep_ == "conj" for s in named):
        nominal = named  # "the way that(nsubj) broadband internet(nsubj) works": the internet
    return nominal or found


def _resolve_object(obj: Token, verb: Token) -> Token:
    """Map a relative pronoun object ("the deal, which it signed") to its noun."""
    if obj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head
    return obj


def _clause_tokens(verb: Token, parts: EventParts) -> tuple[Token, ...]:
    """Tokens of the clause stating the event: the verb, its arguments and modifiers."""
    out: list[Token] = [verb]
    for child in children_of(verb):
        if child.dep_ in _OTHER_CLAUSE_DEPS:
            continue
        out.extend(child.subtree)
    for arg in (*parts.agents, *parts.patients):
        out.extend(arg.subtree if arg.i < verb.i else (arg,))
    return tuple(out)


# Prepositions whose gerund shares its clause's subject ("after killing", "before leaving").
_GERUND_PREPS = {"after", "before", "by", "while", "since", "upon", "on", "without", "despite",
                 "for", "from", "in"}
_MAX_CLIMB = 3


def _stranded_subject(verb: Token, lex: Lexicon) -> list[Token]:
    """The subject the parse gave to a noun it took for a verb under ``verb``: "Recent
    developments, such as the emergence of Chinese startup(VBD) DeepSeek ..., have
    intensified this rivalry" hangs "developments" on "startup"."""
    for child in verb.lefts:
        if noun_as_verb(child, lex):
            found = [s for s in children(child, "nsubj") if s.i < child.i]
            if found:
                return found
    return []


def _conjunct_subject(verb: Token) -> list[Token]:
    """The noun the parse made a conjunct of a phrase before a verb with no subject, when it is
    that verb's subject ("issued an alert and his parents, John and Mary, pleaded": the
    parents plead, not the police; ``next_clause_verb``)."""
    before = doc_tokens(verb.doc).tokens[sent_of(verb).start : verb.i]
    return [t for t in before if t.dep_ == "conj"
            and getattr(next_clause_verb(t), "i", None) == verb.i][:1]


def _participle_noun(verb: Token, lex: Lexicon) -> list[Token]:
    """The noun a bare participle follows when the parse hung it on a noun taken for a verb:
    "startup(VBD) DeepSeek with AI models claimed to rival" (the models are claimed to)."""
    doc = verb.doc
    toks = doc_tokens(doc).tokens
    if verb.tag_ != "VBN" or children(verb, "aux", "auxpass") or not noun_as_verb(
            verb.head, lex) or verb.i == 0:
        return []
    before = toks[verb.i - 1]
    return [before] if before.pos_ in ("NOUN", "PROPN") else []


def _borrowed_subject(first: Token, lex: Lexicon) -> list[Token]:
    """The subject a subjectless clause takes from the clause above it: the object of an
    object-control verb ("urged them to refrain"), else its subject ("agreed to meet",
    "..., killing two officers", "before leaving")."""
    node = first
    for _ in range(_MAX_CLIMB):
        if node.dep_ == "pcomp":
            if node.head.lower_ not in _GERUND_PREPS:
                return []
            node = node.head
        elif node.dep_ not in ("xcomp", "advcl", "conj", "prep") or children(node, "mark"):
            return []
        head = node.head
        if node.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            if lemma_of(head, lex) in lex.tough_adjectives:
                return []  # "the rules are difficult to enforce": no one enforces the rules
            head = head.head  # "Gazpromneft, which is due to merge": the copula's subject
            found = [_resolve_subject(s, head, lex) for s in children(head, "nsubj")
                     if s.tag_ != "PRP" or s.lower_ != "it"]  # "It would be wrong to raise"
            return found if head.pos_ in ("VERB", "AUX") else []
        if head is node or head.pos_ not in ("VERB", "AUX"):
            return []
        if node.dep_ == "xcomp" and children(head, "dobj"):
            return children(head, "dobj")
        found = children(head, "nsubj", "nsubjpass")
        if found:
            return _participle_noun(head, lex) or found
        node = head
    return []


def _acts_on_pronoun(verb: Token) -> bool:
    """Say whether a verb's object is, or is owned by, a personal pronoun ("questioned him",
    "paid his old club"): the pronoun may stand for the noun a relative clause tells of."""
    objects = children(verb, "dobj", "dative")
    return any(o.tag_ == "PRP" and not o.lower_.endswith(("self", "selves")) or any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in children_of(o)) for o in objects)


def _relative_before(verb: Token, first: Token, lex: Lexicon) -> Token | None:
    """The relative clause a conjunct verb continues when the parse hung it on the clause
    above: "cases included a manager who had waited for a burglar, tied him up, beat him":
    "tied" follows the relative clause with only a comma between, and no "and" joins it to
    its head (the list "waited, tied, beat and set" is the relative clause's)."""
    conj = verb
    while conj.head.i != first.i and conj.dep_ == "conj" and conj.head is not conj:
        conj = conj.head
    head, doc = first, verb.doc
    if conj.dep_ != "conj" or conj.head.i != first.i:
        return None
    if any(c.dep_ == "cc" and head.i < c.i < conj.i for c in children_of(head)):
        return None  # "hired a manager who had worked at Ford, and fired him": the firm fired
    if _acts_on_pronoun(verb) and verbal_trigger(first, lex) is not None:
        return None  # "arrested a man who had robbed a bank, questioned him": police did
    for obj in head.rights:
        if obj.i > conj.i:
            break
        for rel in children(obj, "relcl"):
            between = doc_tokens(doc).tokens[rel.right_edge.i + 1: conj.i]
            if rel.i < conj.i and all(t.is_punct for t in between) and (
                    children(rel, "nsubj", "nsubjpass")):
                return rel
    return None


def _split_prefix(tok: Token, lex: Lexicon) -> Token | None:
    """The prefix split from ``tok`` at a hyphen (``verb_prefixes``: "re-elected",
    "co-ordinate") when the parse made it the verb above ``tok`` ("Ann Lee was re(ROOT) -
    elected(advcl)", with the subject and auxiliaries on it), else None."""
    prefix = hyphen_prefix(tok, lex.verb_prefixes)
    return prefix if prefix is not None and prefix in tok.ancestors else None


def _prefix_pieces(tok: Token, prefixes: frozenset[str]) -> bool:
    """Say whether a token the parse made a subject is a piece of an adjective joined by a
    hyphen ("Pro", "-" of "Pro-Beijing candidates"): the adjective names no participant."""
    doc, i = tok.doc, tok.i
    toks = doc_tokens(doc).tokens
    if tok.text in ("-", "‐"):
        return True
    return (tok.lower_ in prefixes and not tok.whitespace_ and i + 1 < len(doc)
            and toks[i + 1].text in ("-", "‐"))


# Entity types of a "by" phrase that measures or dates, not one that says who did it.
_MEASURES = frozenset({"PERCENT", "MONEY", "QUANTITY", "DATE", "TIME"})


def _stray_agent(verb: Token, ctx: EventContext) -> list[Token]:
    """The "by" phrase of a passive the parse hung on the verb as a plain preposition or on
    its retained object ("Pensioners are being promised energy savings(dobj) by the Liberal
    Democrats"): its noun is the agent when it names an actor ("by the river", "by 5%" and
    "by Friday" name none; a place or a date named is no agent either)."""
    index = ctx.index
    hosts = [verb, *children(verb, "dobj")]
    found = [pobj for host in hosts for by in children(host, "prep") if by.lower_ == "by"
             for pobj in children(by, "pobj")]
    return [t for t in found if t.i in index.actor and not _measure(t, ctx)
            and not index.is_place(t)][:1]


def _measure(tok: Token, ctx: EventContext) -> bool:
    """Say whether the noun of a "by" phrase measures or dates ("raised by 5%", "by 2m",
    "by Friday"): no agent; a name with a digit is one ("by the G8", "by G4S")."""
    return (tok.ent_type_ in _MEASURES
            or (any(c.isdigit() for c in tok.text) and not any(c.isupper() for c in tok.text))
            or tok.text in ("%", "per")
            or ctx.index.is_date(tok))


def _measured_for(subj: Token, verb: Token, ctx: EventContext) -> bool:
    """Say whether the subject of an infinitive is a length of time the parse took for the
    subject of a "for ... to" clause ("has been used for thousands of years(nsubj) by the
    Sans to(aux) stave(pcomp of "for") off hunger"): no one who acts."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "for" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in verb.lefts) and _measure(subj, ctx)


def _label(tok: Token) -> bool:
    """Say whether a participle opens its sentence as a label before a colon ("Elected: Ann
    Lee, Tom Wu"): what follows is who underwent the event."""
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    return (tok.tag_ == "VBN" and hyphen_start(doc, tok.i) == sent_of(tok).start
            and tok.i + 1 < len(doc)
            and toks[tok.i + 1].text == ":")


def _opening_participle(tok: Token) -> bool:
    """Say whether a bare past participle opens a clause before its head's subject ("Elected
    in 2001, he ..."): the head's subject underwent it."""
    return (tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.i < tok.head.i
            and not children(tok, "aux", "auxpass", "nsubj", "nsubjpass", "mark"))


def _in_a_title(tok: Token) -> bool:
    """Say whether a verb written capitalised inside a sentence, beside another capitalised
    word, names a work ("U2's How To Dismantle An Atomic Bomb", "Green Day's Boulevard of
    Broken Dreams"), in a sentence written in lower case otherwise (a headline in title case,
    "Lohan Checks Into Rehab", keeps its verb)."""
    if not tok.is_title or tok.is_sent_start:
        return False
    toks = doc_tokens(tok.doc).tokens
    prev = toks[tok.i - 1] if tok.i > 0 else None
    if prev is None or not (prev.is_alpha or prev.tag_ == "POS"):
        return False  # '"Prompted I think by the video"': it opens a quote or a clause
    sent = sent_of(tok)
    near = [toks[i] for i in (tok.i - 1, tok.i + 1) if sent.start <= i < sent.end]
    if not any(t.is_title and t.text != "I" for t in near):
        return False
    return sum(1 for t in toks[sent.start : sent.end] if t.is_alpha and t.is_lower) >= 3


def _small_clause_passive(tok: Token, lemma: str, lex: Lexicon) -> bool:
    """Say whether a participle with a subject and no auxiliary is a small clause's passive:
    after "with" ("With Vickery sidelined for six weeks": not "Vickery sidelines") or under a
    verb of having, finding or seeing (``small_clause_verbs``: "had doors slammed in my
    face"). Only an inflected participle with no object ("saw talent come(VBN)" is a bare
    infinitive), and not under an inverted "had" ("had Angels not won"); a past the tagger
    missed stays active ("sale times lengthened(VBN) as rates rose")."""
    if (tok.tag_ != "VBN" or tok.dep_ not in ("ccomp", "advcl", "oprd", "xcomp")
            or tok.lower_ == lemma or not children(tok, "nsubj")
            or children(tok, "aux", "auxpass", "dobj")):
        return False
    if any(m.lower_ in ("with", "without") for m in children(tok, "mark", "prep")):
        return True
    head = tok.head
    return head.lemma_.lower() in lex.small_clause_verbs and (
        head.lower_ != "had" or bool(children(head, "nsubj")))


def verbal_event(tok: Token, ctx: EventContext) -> EventParts | None:
    """Build the parts of a verbal event triggered by ``tok``, or None."""
    lex, index = ctx.lex, ctx.index
    if _in_a_title(tok):
        return None
    found = verbal_trigger(tok, lex)
    if found is None:
        return None
    lemma, first, governor = found.lemma, found.first, found.governor

    modifier = (first.dep_ in ("acl", "amod") and first.tag_ == "VBN"
                and not children(first, "nsubj", "nsubjpass"))  # "the man arrested ..."
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(tok)) or modifier or (
        tok.tag_ == "VBN" and tok.dep_ != "ROOT" and children(tok, "agent")
        and not children(tok, "aux"))
    # "help a panel run(VBN) by the TUC": a participle with a "by" agent is a passive (not a
    # main verb: "The House of Lords ruled(VBN) by an eight to one majority")
    passive = passive or _small_clause_passive(tok, lemma, lex)
    stem = _split_prefix(first, lex)  # "was re-elected": the parse's verb is "re"
    if stem is not None and not _subjects(first):
        passive = passive or any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(stem))
    else:
        stem = None
    subjects = [s for s in _subjects(tok) if not _measured_for(s, tok, ctx)]
    relative = _relative_before(tok, first, lex) if not subjects and tok.i != first.i else None
    if relative is not None:  # "included a manager who had waited ..., tied him up"
        subjects = [relative.head]
    elif not subjects and tok.i != first.i:
        subjects = _conjunct_subject(tok) or _subjects(first)
    if not subjects and stem is not None:
        subjects = _subjects(stem)
    if not subjects and passive:  # "Lee(nsubj of was) was(auxpass) re - elected": the
        subjects = [s for a in children(tok, "auxpass") for s in _subjects(a)]  # aux's
    if not subjects and tok.tag_ == "VBN" and tok.dep_ == "acomp" and tok.head.lemma_ == "be" \
            and hyphen_start(tok.doc, tok.i) < tok.i:  # "Lee was(ROOT) re - elected(acomp)"
        subjects, passive = _subjects(tok.head), True
    if _label(tok) or _opening_participle(first):  # "Elected: Ann Lee, Tom Wu", "Elected in
        passive = True  # 2001, he ...": who was elected, not who elects
    prefixes = actor_lexicon().adjective_prefixes
    pieces = [s for s in subjects if _prefix_pieces(s, prefixes)]
    if pieces:  # "Pro(nsubj) -(nsubj) democracy and pro-Beijing candidates(nsubj) won"
        subjects = [s for s in subjects if s not in pieces]
    if not subjects:
        subjects = _stranded_subject(first, lex) or _conjunct_subject(first)
    if not subjects and not modifier:
        subjects = _borrowed_subject(first, lex)
    subjects = [_resolve_subject(s, tok if tok.dep_ == "relcl" else first, lex)
                for s in subjects]
    agents: list[Token] = []
    patients: list[Token] = []
    if modifier:
        patients.append(first.head)
    elif first.dep_ == "acl" and tok.tag_ == "VBG" and first.head.pos_ in ("NOUN", "PROPN"):
        agents.append(first.head)  # "a man carrying a gun"
    elif first.dep_ == "acl" and not subjects:  # "Liang's decision to decline an invitation"
        owner = children(first.head, "poss")
        (patients if passive else agents).extend(o for o in owner if o.pos_ != "PRON")
    elif passive:
        patients.extend(subjects)
        for by in children(tok, "agent"):
            agents.extend(t for t in children(by, "pobj") if not _measure(t, ctx))
        if not agents:
            agents.extend(_stray_agent(tok, ctx))
    else:
        agents.extend(subjects)
    that = content_that(tok)
    objects = [_resolve_object(o, tok) for o in children(tok, "dobj")
               if that is None or o.i != that.i] or (
        children(stem, "dobj") if stem is not None else [])
    # "Animals hit but not killed would ... be caused": the parse made the modal an object
    objects = [o for o in objects if o.tag_ != "MD"]
    trigger = tok
    if lemma in lex.light:
        event_objects = [o for o in objects if o.lemma_.lower() in lex.event_nouns]
        if not event_objects:
            return None
        trigger = event_objects[0]
    if lemma in lex.happening:  # "an attack had occurred": the attack is the event
        told = [s for s in subjects if s.pos_ == "NOUN" and s.lemma_.lower() in lex.event_nouns]
        if told:  # its participants are the noun's (``extract._happened``)
            trigger = told[0]
    if not passive:
        patients.extend(objects)
    recipients = [
        pobj
        for d in children(tok, "dative")
        for pobj in ([d] if d.pos_ != "ADP" else children(d, "pobj"))
    ]
    vclass = lex.verb_class.get(lemma)
    preps = children(tok, "prep")
    others = [
        p
        for prep in preps
        if prep.lower_ == "with" and vclass == "contact"
        for p in children(prep, "pobj")
        if not index.bare_pronoun(p)
    ]  # "met with business leaders"
    if vclass in lex.recipient_to and not recipients:
        recipients = [p for prep in preps if prep.lower_ == "to" for p in children(prep, "pobj")]
    place = find_place(ctx, tok, patients, movement=vclass == "movement")
    if vclass == "movement" and place is None and objects and index.is_place(objects[0]):
        place = objects[0]  # "will visit Tokyo"
        patients = [p for p in patients if p.i != place.i]
    if (
        lemma in lex.needs_destination
        and place is None
        and not any(p.lower_ in ("to", "into") for p in preps)
    ):
        return None

    agents_t, patients_t = with_conjuncts(agents), with_conjuncts(patients)
    subject_side = patients_t if passive else agents_t
    if any(t.tag_ in ("WP", "WDT") for t in subject_side):
        return None  # "what happened", "who attacked": a question or a free relative

    parts = EventParts(
        trigger=trigger,
        lemma=lemma_of(trigger, lex),
        passive=passive,
        agents=agents_t,
        patients=patients_t,
        recipients=with_conjuncts(recipients),
        others=with_conjuncts(others),
        place=place,
        date=find_date(ctx, tok) or (find_date(ctx, governor) if governor else None),
        negated=found.modality == Modality.NEGATED,
        modality=found.modality,
    )
    parts.summary = verbal_summary(ctx, tok, governor, parts)
    if not parts.summary and first.dep_ == "acl" and first.head.pos_ == "NOUN" and any(
            c.tag_ == "TO" for c in first.lefts):
        return None  # "his failure to deliver", "a duty to act": no one, no happening
    if not parts.summary:  # no subject and no object: the clause as written ("Have fallen")
        parts.summary, parts.fragment = clause_summary(ctx, tok), True
    parts.span_tokens = _clause_tokens(tok, parts)
    return parts
