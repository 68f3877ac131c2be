"""Pronoun and description coreference: "he"/"she" and "the company" join an actor when clear.

A subject "he" or "she" joins the one person group named in its sentence or the few before
(the nearest sentence with a name decides), or the previous sentence's subject when the
pronoun opens its sentence and several people fit; a pronoun in an adverbial clause before the
main clause points forward to its subject ("Asked why he ..., Lord Butler said"). Honorifics
("Ms Hewitt"), given names that tell a sex ("Dolores") and earlier pronouns fix a person's
gender, and a name inside a direct quote is no antecedent for a pronoun outside it, nor is
anyone the quote names for the pronoun that says it ('"… a manager like Mourinho," he said'),
nor is a quote's speaker a "he" or "she" inside it ('Dolores M Troiani said her client ...
"… She felt, as we did, ..."': a speaker says "I").
"The company"-style descriptions (``nominals`` in ``actors.yml``) join the one organization
named in their sentence or the two before.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from generator.nlp.actors.context import ActorContext, Candidate, name_gender
from generator.nlp.claims.quotes import Quotes
from generator.nlp.doc_tokens import children_of, doc_tokens, sent_of
from generator.nlp.tokens import fronted_clause_subject
from generator.vocab import ActorType, MentionKind

# (token start, token end, group representative, mention kind)
Resolved = tuple[int, int, int, str]


def sentence_index(doc: Doc) -> list[int]:
    """For each token, the number of its sentence."""
    index = [0] * len(doc)
    for n, sent in enumerate(doc_tokens(doc).sents):
        index[sent.start:sent.end] = [n] * (sent.end - sent.start)
    return index


def _genders(ctx: ActorContext, cands: list[Candidate], reps: list[int]) -> dict[int, str]:
    """Gender of person groups, from honorifics before their names ("Ms Hewitt") or a given
    name that tells it ("Dolores M Troiani")."""
    out: dict[int, str] = {}
    for c, rep in zip(cands, reps, strict=True):
        if c.type == ActorType.PERSON:
            g = name_gender(ctx, c)
            if g:
                out.setdefault(rep, g)
    return out


def _spoken_quote(
    tok, quotes: Quotes, tokens: list[tuple[int, int] | None]
) -> tuple[int, int] | None:
    """The quote a pronoun outside quotes says: '"…," he said' or 'he said: "…"'."""
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    before = quotes.before(tok.idx)
    if before is not None and (span := tokens[before]) is not None and all(
        t.is_punct for t in toks[span[1] : tok.i]
    ):
        return span
    after = quotes.after(tok.idx + len(tok.text))
    if after is None or (span := tokens[after]) is None:
        return None
    between = doc[tok.i + 1 : span[0]]
    if (
        2 <= len(between) <= 5
        and between[-1].text in (":", ",")
        and all(sent_of(t) == sent_of(tok) and not t.is_quote for t in between)
    ):
        return span  # 'he said: "…"', 'he told BBC Sport: "…"'
    return None


def _speaker_in(sent, quoted: list[bool], persons: dict[int, int],
                verbs: frozenset[str]) -> int | None:
    """The person group that speaks in ``sent`` outside quotes: the subject of a speech verb
    ("Troiani said", "the lawyer, Dolores M Troiani, said")."""
    for tok in sent:
        if tok.i not in persons or quoted[tok.i]:
            continue
        subject = tok  # "Troiani said"; "Dolores M Troiani said": climb the name's words
        while subject.dep_ in ("compound", "flat") and subject.head is not subject:
            subject = subject.head
        if subject.dep_ == "appos":  # "the lawyer, Dolores M Troiani, said"
            subject = subject.head
        if subject.dep_ == "nsubj" and subject.head.lemma_.lower() in verbs:
            return persons[tok.i]
    return None


def _speech_verbs(ctx: ActorContext) -> frozenset[str]:
    """The verbs whose subject speaks a quote ("said", "told", "insisted")."""
    lex = ctx.lex
    return lex.plain_speech_verbs | lex.person_speech_verbs | lex.retort_speech_verbs


def _someone_speaks_in(sent, quoted: list[bool], verbs: frozenset[str]) -> bool:
    """Has ``sent`` a speech verb outside quotes with a subject outside them, named or not
    ('"…," the chairman told reporters')?"""
    return any(
        tok.dep_ == "nsubj" and not quoted[tok.i] and not quoted[tok.head.i]
        and tok.head.lemma_.lower() in verbs
        for tok in sent
    )


def _quote_speakers(ctx: ActorContext, quote_tokens: list[tuple[int, int] | None],
                    quoted: list[bool], persons: dict[int, int]) -> dict[int, set[int]]:
    """Per token inside a quote, the person groups that speak it: named in the quote's
    sentence outside it, or, for a quote that opens its sentence where no one else speaks, in
    the sentence before."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    verbs = _speech_verbs(ctx)
    found: dict[int, int | None] = {}  # sentence start -> its speaker: one walk per sentence

    def speaker_of(sent) -> int | None:
        if sent.start not in found:
            found[sent.start] = _speaker_in(sent, quoted, persons, verbs)
        return found[sent.start]

    out: dict[int, set[int]] = {}
    for span in quote_tokens:
        if span is None or span[0] >= len(doc):
            continue
        sent = toks[span[0]].sent
        speaker = speaker_of(sent)
        if (speaker is None and span[0] <= sent.start + 1 and sent.start > 0
                and not _someone_speaks_in(sent, quoted, verbs)):
            # 'Mary Smith said she would retire. "She has been …," the chairman told
            # reporters': the chairman speaks, not the person before
            speaker = speaker_of(sent_of(toks[sent.start - 1]))
        if speaker is not None:
            for i in range(span[0], min(span[1], len(doc))):
                out.setdefault(i, set()).add(speaker)
    return out


def resolve_pronouns(
    ctx: ActorContext, cands: list[Candidate], reps: list[int], sent_of: list[int]
) -> list[Resolved]:
    """The subject "he"/"she" pronouns that stand for one person group."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    genders = _genders(ctx, cands, reps)
    persons = sorted(
        ((c.start, reps[k]) for k, c in enumerate(cands)
         if c.type == ActorType.PERSON and not c.nested),
        key=lambda p: p[0],
    )
    sent_starts = [s.start for s in doc_tokens(doc).sents]
    quotes, quote_tokens, quoted = ctx.quotes
    # the persons a pronoun inside a quote hears (all) and one outside it (those outside
    # quotes), by start, so a window of them is found by bisection, not by a scan per pronoun
    everyone = _ByStart(persons)
    unquoted = _ByStart([(st, g) for st, g in persons if not quoted[st]])
    subjects: dict[int, int] = {}  # sentence -> group of its person subject
    for k, c in enumerate(cands):
        root = doc_tokens(doc).root(c.start, c.end)
        subject = root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT"
        if c.type == ActorType.PERSON and subject and not quoted[c.start]:
            subjects.setdefault(sent_of[c.start], reps[k])
    unnamed = _unnamed_person_subjects(ctx)
    person_at = {i: reps[k] for k, c in enumerate(cands)
                 if c.type == ActorType.PERSON and not c.nested for i in range(c.start, c.end)}
    speakers = _quote_speakers(ctx, quote_tokens, quoted, person_at)
    out: list[Resolved] = []
    for tok in toks:
        low = tok.lower_
        if low not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        s = sent_of[tok.i]
        gender = "m" if low == "he" else "f"
        # '"… The tackle on Heinze was terrible," he said': a name inside a quote is not
        # what a pronoun outside it stands for
        heard = everyone if quoted[tok.i] else unquoted
        ahead = fronted_clause_subject(tok)
        forward = None
        if ahead is not None:  # "Asked why he …, Lord Butler said"
            forward = next(
                (reps[k] for k, c in enumerate(cands)
                 if c.type == ActorType.PERSON and c.start <= ahead.i < c.end),
                None,
            )  # fmt: skip
        if forward is not None and genders.get(forward, gender) == gender:
            genders.setdefault(forward, gender)
            out.append((tok.i, tok.i + 1, forward, MentionKind.PRONOUN))
            continue
        found: list[int] = []
        back = s
        while back >= 0 and back >= s - ctx.settings.pronoun_sentences_back:
            window_start = sent_starts[back]
            found = heard.within(window_start, tok.i)
            if found:
                break
            back -= 1
        options = {g for g in found if genders.get(g, gender) == gender}
        spoken = None if quoted[tok.i] else _spoken_quote(tok, quotes, quote_tokens)
        if spoken is not None:
            # '"… a fantastic manager like Mourinho," he said': a speaker does not name
            # himself inside his own quote, so whoever the quote names is not "he"
            options -= set(everyone.within(spoken[0], spoken[1]))
        said_by = speakers.get(tok.i, set()) if quoted[tok.i] else set()
        if options & said_by:
            # 'Troiani said ... "… She felt, as we did, ..."': the speaker says "I", not "she";
            # whoever else the window names is meant only if known to be a "she" ('Lynch did
            # not deny his client was there when Kathina died. "Because he was there …,"
            # Lynch said': the client, not Kathina)
            options = {g for g in options - said_by if genders.get(g) == gender}
        between = range(back, s) if back == s - 1 else range(back + 1, s)
        if back < s - 1 and quoted[tok.i]:
            between = range(0)  # '"He was my assistant"': not the quote's unnamed speaker
        if any(b in unnamed and subjects.get(b) not in options for b in between):
            # "Tony Blair's official spokesman declined to comment. He said ...": the
            # spokesman, whom the text does not name, not Tony Blair; so too when the
            # spokesman's sentence names no one and the name is further back
            continue
        chosen = None
        if len(options) == 1:
            chosen = options.pop()
        elif (
            len(options) > 1
            and tok.i == sent_starts[s]
            and s - 1 in subjects
            and subjects[s - 1] in options
            and not heard.within(sent_starts[s], tok.i)
        ):
            chosen = subjects[s - 1]
        if chosen is not None:
            genders.setdefault(chosen, gender)  # later "she" will not join a "he"
            out.append((tok.i, tok.i + 1, chosen, MentionKind.PRONOUN))
    return out


class _ByStart:
    """Person groups by the start of their mentions, sorted: the groups named between two
    tokens in a bisection."""

    def __init__(self, persons: list[tuple[int, int]]) -> None:
        self.starts = [st for st, _ in persons]
        self.groups = [g for _, g in persons]

    def within(self, start: int, end: int) -> list[int]:
        """The groups of the mentions starting in ``[start, end)``, in text order."""
        return self.groups[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _unnamed_person_subjects(ctx: ActorContext) -> set[int]:
    """The sentences whose main subject is a person the text does not name ("Tony Blair's
    official spokesman declined ...", "His wife said ..."): a noun for a person, a job or
    a relative."""
    lex = ctx.lex
    words = lex.person_nouns | lex.employer_nouns | lex.spokesperson_nouns | lex.kin_nouns
    out = set()
    for n, sent in enumerate(doc_tokens(ctx.doc).sents):
        root = sent.root
        for child in children_of(root):
            if (child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN"
                    and child.lemma_.lower() in words):
                out.add(n)
    return out


def resolve_descriptions(
    ctx: ActorContext, cands: list[Candidate], reps: list[int], sent_of: list[int]
) -> list[Resolved]:
    """The "the company"-style descriptions that stand for one organization group."""
    doc, lex = ctx.doc, ctx.lex
    dt = doc_tokens(doc)
    toks = dt.tokens
    orgs = [
        (c.start, reps[k], k)
        for k, c in enumerate(cands)
        if c.type == ActorType.ORGANIZATION and not c.nested
    ]
    sent_starts = [s.start for s in doc_tokens(doc).sents]
    out: list[Resolved] = []
    for tok in toks:
        if tok.lower_ != "the" or tok.i + 1 >= len(doc):
            continue
        noun = toks[tok.i + 1]
        if noun.lower_ not in lex.nominals or noun.tag_ not in ("NN",):
            continue
        nxt = toks[tok.i + 2] if tok.i + 2 < len(doc) else None
        if nxt is not None and (nxt.lower_ in ("of", "'s") or nxt.pos_ in ("NOUN", "PROPN")):
            continue
        need = lex.nominals[noun.lower_]
        s = sent_of[tok.i]
        window_start = sent_starts[max(0, s - ctx.settings.nominal_sentences_back)]
        recent = [(st, g, k) for st, g, k in orgs if window_start <= st < tok.i]
        if need:
            recent = [
                r
                for r in recent
                if any(w in dt.span_text(cands[r[2]].start, cands[r[2]].end) for w in need)
            ]
        if len({g for _, g, _ in recent}) == 1:  # only when one organization fits
            out.append((tok.i, tok.i + 2, recent[-1][1], MentionKind.NOMINAL))
    return out
