"""How a summary says its verb: in the number of its subject, with the auxiliaries the text
writes or in the simple present (the past for background), as a passive with its modality
("may be", "will be", "is not"), or as a tenseless clause ("may refrain"). Used by
``summaries``."""

from __future__ import annotations

from spacy.tokens import Token

from generator.nlp.actors.lexicon import lexicon as actor_lexicon
from generator.nlp.doc_tokens import children_of, doc_tokens, sent_of
from generator.nlp.events.context import children
from generator.nlp.events.inflect import participle, present
from generator.nlp.events.lexicon import lemma_of, load_lexicon
from generator.nlp.events.tense import background_past
from generator.nlp.tokens import hyphen_start
from generator.vocab import Modality

SUBJECT_FORMS = {"them": "they", "him": "he", "her": "she", "us": "we", "me": "I",
                 "whom": "who"}


# Plural proper nouns that name people, not one body: "the Neo Democrats", "Republicans".
_PEOPLE_SUFFIXES = ("crats", "cans", "ists", "tives", "ites", "ians", "ers")


def is_plural(tok: Token) -> bool:
    """Say whether a subject takes a plural verb ("Mitsubishi Motors" takes a singular, "the
    Neo Democrats" a plural); "I", "you" and the object forms said as subjects ("help me
    implement": "I implement") take its base form too; a conjunct that is the subject of the
    next clause (``next_clause_verb``) takes the number its verb is written in ("£220 and
    Britons lead Europe")."""
    verb = next_clause_verb(tok) if tok.dep_ == "conj" else None
    if verb is not None and verb.tag_ in ("VBP", "VBZ"):
        return verb.tag_ == "VBP"
    if tok.tag_ == "NNPS" and (tok.ent_type_ == "PERSON" or any(
            c.dep_ == "compound" and c.lower_.rstrip(".") in actor_lexicon().honorifics
            for c in tok.lefts)) and not any(  # "Mr Balls refuses", "Ed Balls"
            c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts):  # "the Clintons arrive"
        return any(c.dep_ == "conj" for c in children_of(tok))
    if tok.tag_ == "NNPS" and tok.lower_.endswith(_PEOPLE_SUFFIXES):
        return True
    if tok.tag_ == "NNPS" and tok.ent_type_ in ("ORG", "GPE", "FAC", "PRODUCT"):
        return any(c.dep_ == "conj" for c in children_of(tok))
    if tok.tag_ in ("NNS", "NNPS") or tok.lower_ in load_lexicon().base_form_pronouns or (
            tok.pos_ == "PRON" and tok.lower_ == "us"):
        return True
    if tok.tag_ == "VBZ" and tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_.endswith("s"):
        return True  # a plural noun the tagger took for a verb: "Scam mails(VBZ) have declined"
    whole = _partitive_whole(tok)
    if whole is not None:  # "90% of PCs are infected", "half of the money is"
        return is_plural(whole) or any(c.dep_ == "conj" for c in children_of(tok))
    if tok.lower_ in load_lexicon().plural_alone and tok.dep_ in ("nsubj", "nsubjpass"):
        return True  # "Most were arrested", "Many have left"
    return any(c.dep_ == "conj" for c in children_of(tok))


def _partitive_whole(tok: Token) -> Token | None:
    """The noun of a partitive subject's "of" phrase, whose number the subject takes ("90% of
    PCs", "the majority of voters", "a number of firms"; not "the number of firms"), or
    None."""
    lex = load_lexicon()
    word = tok.lower_
    if word not in lex.partitive_heads and not (word in lex.number_of_a and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.lefts)):
        return None
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((p for p in children_of(prep) if p.dep_ == "pobj"), None)
    return None


def particles(verb: Token) -> list[str]:
    """The particles of a verb as written after it ("sell off", "end up"), with an adverb the
    parse made its modifier right after it ("blown away": ``particle_adverbs``; not one
    before a number, "closed down 18%", which says how far) and the preposition a passive
    leaves behind ("has been frowned upon", "could be relied on")."""
    adverbs, doc = load_lexicon().particle_adverbs, verb.doc
    toks = doc_tokens(doc).tokens
    passive = any(c.dep_ == "auxpass" for c in verb.lefts)
    return [c.text for c in verb.rights if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in adverbs
        and not (c.i + 1 < len(doc) and toks[c.i + 1].like_num)) or (  # "closed down 18%"
        passive and c.dep_ == "prep" and c.i == verb.i + 1 and not list(children_of(c)))]


def _prefix(verb: Token) -> str:
    """The pieces of the verb's word before it, joined by hyphens ("co-" of "co-ordinate",
    "re-" of "re-submit", "test-" of "test-fired"), or "". A noun's pieces are said only when
    they are verb prefixes (``verb_prefixes``: "the re-election" -> "re-elected"), as the
    verb made from it is not theirs ("the quarter-finals": no "quarter-" verb)."""
    doc = verb.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    start = hyphen_start(doc, verb.i)
    if start == verb.i or verb.pos_ != "VERB" and any(
            toks[i].lower_ not in load_lexicon().verb_prefixes for i in range(start, verb.i, 2)):
        return ""
    return dt.span_text(start, verb.i).lower()


def written(verb: Token, word: str | None = None) -> str:
    """A form of the verb (``word``, else the verb as written) with the prefix its word has in
    the text ("re-elected", not "elected"; "is re-elected", "re-elects")."""
    return _prefix(verb) + (verb.text if word is None else word)


def prefix_auxes(verb: Token) -> list[Token]:
    """The auxiliaries the parse hung on a prefix of the verb's word ("will co(ROOT) -
    ordinate", "who was re(relcl) - elected(acl)"): they are the word's."""
    start = hyphen_start(verb.doc, verb.i)
    prefix = verb.doc[start]
    if start == verb.i or prefix.head.i == verb.i:
        return []
    return [c for c in prefix.lefts if c.dep_ in ("aux", "auxpass", "neg") and c.tag_ != "TO"]


def _after_modal_have(verb: Token, first: Token) -> bool:
    """Say whether a past form with no subject of its own is a conjunct of a verb after a
    modal and "have" ("should have sold him and bought a striker": "bought" is a participle;
    not "has won the cup and retired", which may be a simple past)."""
    auxes = [c for c in first.lefts if c.dep_ == "aux"]
    return verb.tag_ == "VBD" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)) and len(auxes) >= 2 and (
        auxes[-2].tag_ == "MD" and auxes[-1].lemma_ == "have")


def verb_group(verb: Token, subject: Token | None) -> list[str]:
    """Say the verb as written when it has auxiliaries, else in the simple present."""
    auxes = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg") and c.tag_ != "TO"]
    auxes = sorted([*auxes, *prefix_auxes(verb)], key=lambda c: c.i)
    written = _prefix(verb) + verb.text if _prefix(verb) else verb.text
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and first.head != first:
        first = first.head
    finite = any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in auxes)
    if first.i != verb.i and (verb.tag_ in ("VB", "VBN") or _after_modal_have(verb, first)) \
            and not finite:
        # "could leak data or be detained", "will be built and sold": the auxiliaries of the
        # first verb belong to a non-finite second one (not to "was ranked ... and ran")
        if not any(a.dep_ == "aux" for a in auxes):
            auxes += [c for c in first.lefts if c.dep_ in ("aux", "neg") and c.tag_ != "TO"]
        if verb.tag_ == "VBN" and not any(a.dep_ == "auxpass" for a in auxes):
            auxes += [c for c in first.lefts if c.dep_ == "auxpass"]
        auxes.sort(key=lambda c: c.i)
        if verb.tag_ in ("VB", "VBD") and auxes and auxes[-1].lemma_ == "have":
            # "would have lost ... and insult the voters", "should have sold him and bought
            # a striker": after the borrowed "have" the second verb is a participle too
            # ("would have insulted", "should have bought"), not "would have insult"
            lemma = lemma_of(verb, load_lexicon()) if verb.lemma_ else verb.lower_
            written = _prefix(verb) + participle(lemma.lower())
    said = particles(verb)
    plural = subject is not None and is_plural(subject)
    if auxes:
        words = [a.text for a in auxes]
        if subject is not None and subject.pos_ != "PRON":
            # (a clitic loses the pronoun it leant on: "the computers you're connected to":
            # "The computers are connected", not "The computers're")
            words[0] = agree(spelled(auxes[0], auxes[1] if len(auxes) > 1 else verb), plural)
        return words + [written] + said
    if background_past(verb, load_lexicon()):
        return [written.lower()] + said  # "an incident that occurred", "since ... won"
    lemma = lemma_of(verb, load_lexicon()) if verb.lemma_ else verb.text.lower()
    return [_prefix(verb) + present(lemma.lower(), plural)] + said


def governor_group(governor: Token, subject: Token | None) -> list[str]:
    """The verb that governs the event's verb, said as ``verb_group`` does; but a past
    participle with no auxiliary is a passive, not a simple past ("AI models claimed to
    rival ...": they "are claimed to rival", nobody named "claims")."""
    if governor.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in children_of(governor)) and (
            governor.dep_ != "conj") and not particles(governor):  # ("set out to": a past)
        plural = subject is not None and is_plural(subject)
        return ["are" if plural else "is", governor.text]
    return verb_group(governor, subject)


_DASHES = frozenset({"--", "—", "–", "-"})


def dash_between(verb: Token, obj: Token) -> bool:
    """Say whether a dash stands between a verb and a word the parse made its object: a
    phrase after a dash is an aside on the clause ("their computers seized -- an all-out
    war"), not what the verb acts on; a pair of dashes closes an interruption ("can
    celebrate - albeit by a fine margin - a net growth")."""
    lo, hi = sorted((verb.i, obj.left_edge.i))
    dashes = sum(1 for t in doc_tokens(verb.doc).tokens[lo + 1:hi]
                 if t.text in _DASHES and t.is_punct and t.whitespace_)
    return dashes % 2 == 1


def passive_be(subject: Token, modality: str) -> str:
    """The "be" of a passive in the tense its modality asks: "may be", "will be", "is not"."""
    be = "are" if is_plural(subject) else "is"
    return {Modality.POSSIBLE: "may be", Modality.FUTURE: "will be",
            Modality.NEGATED: f"{be} not"}.get(modality, be)


_AGREE = {"was": "were", "is": "are", "has": "have", "does": "do"}
_CLITICS = {"'re": "are", "'m": "am", "'ve": "have", "'ll": "will"}


def spelled(aux: Token, after: Token) -> str:
    """An auxiliary written in full when it is a clitic ("'re": "are", "'s": "is" or "has",
    "'d": "would" or "had"), else as written; ``after`` is the word the clitic goes with ("'s
    been": "has")."""
    low = aux.lower_.replace("’", "'")
    if low == "'s":
        return "has" if aux.lemma_ == "have" or after.lower_ in ("been", "got") else "is"
    if low == "'d":
        return "would" if aux.tag_ == "MD" else "had"
    return _CLITICS.get(low, aux.text)


def agree(aux: str, plural: bool) -> str:
    """An auxiliary in the number of the subject said ("Democrats were", "Lam was")."""
    low = aux.lower()
    if low == "am":  # "am" of "I'm" said of another subject
        return "are" if plural else "is"
    if plural and low in _AGREE:
        return _AGREE[low]
    singular = {v: k for k, v in _AGREE.items()}
    if not plural and low in singular:
        return singular[low]
    return aux


def infinitive_group(verb: Token, subject: Token, modality: str) -> list[str]:
    """A tenseless verb said as a clause: "may be detained", "refrain", "will meet"."""
    plural = is_plural(subject) or subject.lower_ in SUBJECT_FORMS and subject.lower_ in (
        "them", "us")
    auxes = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg") and c.tag_ != "TO"]
    said = particles(verb)
    modal = {Modality.POSSIBLE: "may", Modality.FUTURE: "will"}.get(modality)
    negated = modality == Modality.NEGATED
    if auxes and auxes[0].lower_ == "be":  # a passive: "to be detained"
        rest = [a.text for a in auxes[1:]] + [verb.text] + said
        if modal:
            return [modal, "be", *rest]
        be = "are" if plural else "is"
        return [be, "not", *rest] if negated else [be, *rest]
    lemma = _prefix(verb) + (verb.lemma_ or verb.text).lower()
    if modal:
        return [modal, *([a.text for a in auxes]), lemma, *said]
    if negated:
        return ["do" if plural else "does", "not", lemma, *said]
    return [present(lemma, plural), *said]


def words_between(governor: Token, verb: Token) -> bool:
    """Say whether only a few auxiliaries, "to", hyphens and particles of the verb's own word
    stand between a control verb and its complement ("failed to get re-elected")."""
    gap = doc_tokens(verb.doc).tokens[governor.i + 1: verb.i]
    if not 1 < len(gap) <= 5 or not any(t.tag_ == "TO" for t in gap):
        return False  # "decided to leave": said as before
    return all(t.tag_ in ("TO", "VB", "VBN", "HYPH", "RB") or t.text in ("-", "re")
               for t in gap)


def content_that(verb: Token) -> Token | None:
    """The "that" the parse made the object of a clause that says what a noun holds ("a
    decision that Yugansk should end up with Gazprom": ``content_nouns``), or None: the clause
    has a subject of its own and is complete without an object (a particle, another object,
    a complement, or a phrase that is neither a place nor a time), unlike a relative clause
    ("the decision that he took")."""
    lex = load_lexicon()
    if verb.dep_ not in ("relcl", "acl") or verb.head.lemma_.lower() not in lex.content_nouns:
        return None
    that = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lower_ == "that"]
    if not that or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that"
                           for c in children_of(verb)):
        return None
    for child in children_of(verb):
        if child.dep_ in ("prt", "ccomp", "xcomp", "acomp", "attr", "oprd") or (
                child.dep_ == "dobj" and child.i != that[0].i):
            return that[0]
        if child.dep_ == "prep" and child.lower_ not in lex.place_preps and any(
                p.ent_type_ not in ("DATE", "TIME")
                for p in children_of(child) if p.dep_ == "pobj"):
            return that[0]
    return None


# the tags of a verb or a modal that has a tense of its own (a bare "VB" with no auxiliary)
_FINITE = {"VBD", "VBP", "VBZ", "VB", "MD"}


def next_clause_verb(conj: Token) -> Token | None:
    """The verb of the next clause when a noun the parse made a conjunct is its subject: the
    verb follows the conjunct (past commas and adverbs) with no subject of its own ("a boost
    from bargain hunters but trading then reverted ...", "issue an alert and his parents,
    Graham and Sherry, plead ..."); else None. Such a conjunct is no part of the phrase
    before it."""
    if conj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    first = conj
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in ("nsubj", "nsubjpass", "csubj"):
        return None  # "TCI and Atticus have opposed": the list is the subject
    node = first
    while node.head.i != node.i:
        node = node.head
        if node.dep_ in ("acl", "relcl") or node.tag_ in ("VBN", "VBG") and not children(
                node, "nsubj", "nsubjpass", "aux", "auxpass"):  # "a concert, hosted by X and
            return None  # Y will take place": the subject is the noun the clause is on
    doc, sent = conj.doc, sent_of(conj)
    toks = doc_tokens(doc).tokens
    i = conj.right_edge.i + 1
    while i < sent.end and (toks[i].is_punct and toks[i].text == "," or toks[i].tag_ == "RB"):
        i += 1
    if i >= sent.end:
        return None
    verb = toks[i]
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in _FINITE or verb.tag_ == "VB" and (
            children(verb, "aux", "auxpass") or verb.i and toks[verb.i - 1].lower_ == "to"):
        return None
    if verb.text[:1].isupper() or toks[verb.i - 1].text == "," and verb.i + 1 < sent.end and (
            toks[verb.i + 1].pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ")):
        return None  # "pioneers Run DMC": a name; "..., shows an in-depth study by": inverted
    if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        verb = verb.head  # "... and components has fallen": the subject is on "fallen"
    return None if children(verb, "nsubj", "nsubjpass", "expl", "csubj") else verb
