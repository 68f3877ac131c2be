"""Who says it: the source of a cue read off the parse, and the spans that name it.

``subject_of`` finds a cue's source: its subject, or the one it inherits from the verb that
governs it ("X reacted by saying", "X wants to argue"), or a name right before the verb that
the parse hung elsewhere (``phrase`` gives the phrase's words as the pages quote them);
``speaker_parts`` tells where in it the one who speaks is named; ``expletive`` the empty
"it" of "it emerged that", which names no one. The small parse shapes the cue finders share
for sources (objects of given prepositions, an outlet among objects, an addressee) live here
too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from generator.nlp.doc_tokens import children_of, doc_tokens, sent_of

from ..dates import WEEKDAYS
from .context import Context
from .passives import has_said, quoted_speaker
from .phrase import CLOSE_AFTER
from .resolve import kind_of
from .spans import CharSpan, children, span_of_ids, subtree_ids

SUBJECTS = ("nsubj", "nsubjpass", "csubj")

# Predicates whose subject "it" stands for the clause after them: "it emerged that", "it became
# clear that" (a passive with "it" always does: "it is understood that").
_EXTRAPOSING = frozenset(
    {"emerge", "appear", "seem", "transpire", "turn", "become", "be", "remain"}
)


def subject_of(ctx: Context, tok: Token) -> Token | None:
    """The subject of ``tok``, inherited from the governing verb for conj/xcomp/advcl (not
    for a bare past participle: "Asked why …, Lord Butler said") and "by saying" (a pcomp
    of a preposition on a verb); else a name that ends right before
    the verb, which the parse attached elsewhere ("On top of the deal with Tanzania Mr
    Brown said ...")."""
    cur = tok
    for _ in range(4):
        subj = children(cur, "nsubj", "csubj")
        if not subj and cur is not tok and tok.tag_ == "VBG":
            # "Silverman was booed after telling …", "she can be heard yelling …": the one
            # the passive is about speaks (not "was sworn in to tell the truth": a purpose)
            agents = [o for a in children(cur, "agent") for o in children(a, "pobj")
                      if tok.dep_ == "advcl" and tok.head.i == cur.i and o.i < tok.i]
            subj = agents or [t for t in children(cur, "nsubjpass")
                              if t.lower_ not in ("it", "there")]  # "The bill was backed
            # by firms, saying …": the firms, who do the backing (but "was booed by the
            # crowd after telling …": the one booed)
        if (not subj and cur is not tok and tok.dep_ == "conj" and tok.head.i == cur.i
                and tok.tag_ != "VBN" and not children(tok, "agent") and _joined(tok)
                and not _told(ctx, tok)):
            # "Mr Trump was forced into a climbdown and said …": verbs joined by "and"
            # share the subject, a passive one too (not "was booed and shouted down by
            # …", a passive itself, whose agent speaks)
            subj = [t for t in children(cur, "nsubjpass") if t.lower_ not in ("it", "there")]
        if len(subj) > 1 and inverted_aside(cur):
            return max(subj, key=lambda t: t.i)  # "The plan, said the minister, is late"
        if len(subj) > 1:  # a misparse gave two: a word outside any quote, the nearest
            words = [t for t in subj if not t.is_punct] or subj
            outside = [t for t in words if ctx.quotes.containing(t.idx, t.idx + 1) is None]
            subj = sorted(outside or words, key=lambda t: abs(cur.i - t.i))
        said = has_said(cur) if not subj else None
        if said is not None:  # "He's said the plan …": he has said it
            return said
        if subj and cur is not tok and _quoted_apart(ctx, subj[0], tok):
            # ", saying he is 'weak …, you know that'": the parse hung the cue on a verb of
            # the quoted words, whose subject is not the one who says them; look higher
            if cur.head.i == cur.i:
                break
            cur = cur.head
            continue
        if subj:
            return subj[0]
        if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN") and _denied(cur.head) and (
                cur.i + 1 < len(cur.doc) and cur.doc[cur.i + 1].text == ":"):
            # 'He insisted there was no plan for an invasion saying: "…"': what is said not
            # to be quotes no one; the parse hung the speaker's "saying:" on it (but "there
            # was no statement saying the deal was off" is the statement's)
            verb = cur.head.head
            while verb.dep_ == "ccomp" and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX") and verb.i < cur.i:
                cur = verb
                continue
        if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN"):
            if _intended(ctx, cur):  # "Plans to portray X as Y": no one's words; "the
                owner = children(cur.head, "poss")  # party's plan to portray": the party's
                return owner[0] if owner and owner[0].lower_ != "whose" else None
            if cur.tag_ == "VBN" and cur.doc[cur.i - 1].text != ",":
                break  # "Any foreign national suspected of links": the national is
                # suspected (but "Vincent Cable, for the Lib Dems, called on" is a misparse)
            owner = _issuer(ctx, cur.head)
            return owner if owner is not None else cur.head  # "a statement saying ..."
        if cur.dep_ == "advcl" and cur.tag_ == "VBN" and not children(cur, "aux", "auxpass"):
            break  # "Asked why …, Lord Butler said": Butler was asked, he did not ask
        if (cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.head.dep_ == "ccomp"
                and ctx.lex.lemma(cur) in ctx.lex.verb_class
                and ctx.lex.lemma(cur.head.head) in ctx.lex.verb_class
                and not _quoted_apart(ctx, cur.head.head, tok)):
            cur = cur.head.head  # "Conlon said Mr Blair had spoken ..., adding: ...": the
            continue  # reporter goes on speaking (the parse hung "adding" on "spoken")
        if cur.dep_ == "conj" and (_said_again(ctx, cur) or _same_speaker(ctx, cur)
                                   or _thing_reported(ctx, cur)):
            cur = cur.head.head  # "Rajoy said that he will try … and insisted that …": the
            continue  # parse hung the second verb on the reported clause; Rajoy insisted
        controller = _object_control(ctx, cur)
        if controller is not None:  # "led her to declare …": she declares
            return controller
        if cur.dep_ in ("conj", "xcomp", "advcl") and cur.head.i != cur.i:
            cur = cur.head
            continue
        if (cur.dep_ == "acomp" and cur.pos_ == "ADJ" and tok.dep_ == "xcomp"
                and (cur.lower_ not in _LIKELY or _compared(cur))):
            cur = cur.head  # "The mayor was careful to stress …": the copula's subject
            continue  # ("Democrats were more likely to say …": how often they said it)
        prep = cur.head
        quoted = quoted_speaker(prep.head) if cur.dep_ == "pcomp" and prep.lower_ == "as" else None
        if quoted is not None:  # "The senator was quoted as saying …": the senator
            return quoted
        if cur.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
            cur = prep.head  # "Chirac reacted by saying ..."
            continue
        break
    return (name_before(ctx, tok) or name_after_quote(ctx, tok) or role_and_name_after(ctx, tok)
            or subject_after(tok) or name_after_verb(cur))


def _object_control(ctx: Context, verb: Token) -> Token | None:
    """The object of a verb of causing (``Lexicon.causatives``) that ``verb`` is the
    infinitive of: the one who speaks or thinks ("the result led her to declare", "prompted
    the host to accuse", "leaving many to wonder"); None for any other shape (and for "permit
    members to appoint", "requiring police to tell": a rule's object is told to, it says
    nothing)."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or (
            ctx.lex.lemma(verb.head) not in ctx.lex.causatives):
        return None
    objs = [o for o in children(verb.head, "dobj") if o.i < verb.i and not o.is_punct]
    return objs[0] if objs and objs[0].right_edge.i < verb.i else None


def _reported_by(ctx: Context, verb: Token) -> tuple[Token, Token] | None:
    """For ``verb``, a conjunct of the verb of a reported clause that comes before it: that
    clause's verb and the reporting verb the clause depends on ("said he will try … and
    insisted": "try", "said"); None for any other shape."""
    reported = verb.head
    if reported.dep_ != "ccomp" or reported.i > verb.i:
        return None
    reporting = reported.head
    if ctx.lex.lemma(reporting) not in ctx.lex.verb_class:
        return None
    return reported, reporting


def _said_again(ctx: Context, verb: Token) -> bool:
    """Whether ``verb``, a conjunct of the verb of a clause reported by a reporting verb,
    goes with the reporting verb instead: in the same form as it and not as the reported
    verb, which has an auxiliary or another form ("said he will try … and insisted", "has
    said she wants … and has expressed support", "said he would … but did not suggest";
    not "said Smith denied it and accused …")."""
    found = _reported_by(ctx, verb)
    if found is None:
        return False
    reported, reporting = found
    if _form(reporting) != _form(verb):
        return False
    return _form(reported) != _form(verb) or any(c.dep_ in ("aux", "auxpass") for c in
                                                 children_of(reported))


def _thing_reported(ctx: Context, verb: Token) -> bool:
    """Whether ``verb``, a reporting verb with no subject of its own, conjoined to the verb of
    a reported clause whose subject is a thing, goes with the reporting verb: a thing does not
    refuse or insist ("Mr Brown denied his forecasts were too optimistic - but refused to rule
    out tax rises": Mr Brown refused)."""
    found = _reported_by(ctx, verb)
    if found is None or children(verb, "nsubj", "nsubjpass"):
        return False
    reported, reporting = found
    inner = children(reported, "nsubj", "nsubjpass")
    lex = ctx.lex
    return (
        bool(inner) and bool(children(reporting, "nsubj"))
        and lex.lemma(verb) in lex.verb_class
        and inner[0].pos_ == "NOUN" and not inner[0].ent_type_
        and inner[0].lemma_.lower() not in (lex.person_heads | lex.anonymous_heads
                                             | lex.organization_heads | lex.agent_words)
    )


def _same_speaker(ctx: Context, verb: Token) -> bool:
    """Whether ``verb``, a conjunct of the verb of a clause reported by a reporting verb,
    goes with the reporting verb because the reported clause's subject is a pronoun for the
    one who reports ("He says he respects Clinton and calls her …", "Lazar said he welcomed
    extradition and added …": the named speaker, whichever verb the parse chose; not "said
    they had lied and accused him", nor "said Smith denied it and accused …")."""
    found = _reported_by(ctx, verb)
    if found is None:
        return False
    reported, reporting = found
    inner = children(reported, "nsubj")
    outer = children(reporting, "nsubj")
    if not inner or not outer or children(verb, "nsubj", "nsubjpass"):
        return False
    pronoun, speaker = inner[0].lower_, outer[0]
    if pronoun not in _SAME_PRONOUNS or not speaker.i < reporting.i:
        return False
    if speaker.lower_ == pronoun:  # "He said he …"
        return True
    return pronoun in ("he", "she") and speaker.ent_type_ == "PERSON"


# Pronouns that a reported clause's subject can be for its reporter
_SAME_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _form(verb: Token) -> str:
    """The tag of a verb group's finite word: its first auxiliary's, else its own ("did not
    suggest": VBD, as "said")."""
    aux = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return aux[0].tag_ if aux else verb.tag_


def _quoted_apart(ctx: Context, word: Token, cue: Token) -> bool:
    """Whether ``word`` lies inside a direct quote that ``cue`` is outside of."""
    quote = ctx.quotes.containing(word.idx, word.idx + len(word))
    return quote is not None and ctx.quotes.containing(cue.idx, cue.idx + len(cue)) != quote


def _intended(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` is an infinitive on a noun of intention ("plans to portray")."""
    return (
        verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
        and verb.head.lemma_.lower() in ctx.lex.intention_heads
    )


# "Her client was likely to sue": the writer's forecast, not the client's claim
_LIKELY = frozenset({"likely", "unlikely"})
# ... unless compared: "Democrats were more likely to say …" is what they said, in a poll
_COMPARED = frozenset({"more", "less", "most", "least"})


def _told(ctx: Context, verb: Token) -> bool:
    """Whether a verb of telling someone has no one it tells: after a passive it is passive too
    ("Mr Wass was given a curfew and told to surrender his passport", "was given a passport
    and promised that ...": the one told)."""
    lemma = ctx.lex.lemma(verb)
    return (lemma in ctx.lex.addressee_verbs or lemma == "promise") and not children(
        verb, "dobj", "dative")


def _joined(verb: Token) -> bool:
    """Whether a conjunction or a comma comes right before ``verb`` (its auxiliaries and
    adverbs aside): "was booed and said", not "after stop and search figures showed", where
    the parse lost the verb's own subject."""
    toks = doc_tokens(verb.doc).tokens
    i = verb.i - 1
    while i > 0 and toks[i].head.i == verb.i and toks[i].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    return i > 0 and (toks[i].dep_ == "cc" or toks[i].text == ",")


def _compared(adj: Token) -> bool:
    """Whether "likely" is compared ("more likely", "less likely"): a poll's finding of how
    often a group says or does something, not the writer's forecast of what it will do."""
    return any(c.dep_ == "advmod" and c.lower_ in _COMPARED for c in children_of(adj))



def _denied(noun: Token) -> bool:
    """Whether a noun is said not to be: "no plan", "there was no statement"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(noun))


def _issuer(ctx: Context, noun: Token) -> Token | None:
    """The subject of the verb whose object is a message or document ``noun`` that says
    something ("Black Lives Matter issued a statement saying …": the group, as PolNeAR marks
    it); None when the noun names someone or no subject issues it."""
    if noun.dep_ != "dobj" or kind_of(ctx, noun) not in ("thing", "document"):
        return None
    subj = children(noun.head, "nsubj")
    return subj[0] if subj else None


def name_before(ctx: Context, tok: Token) -> Token | None:
    """The root of a person or organisation name that ends right before ``tok`` (its
    auxiliaries and adverbs skipped), or whose phrase a comma right before it closes, and is
    no subject of another verb."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    i = tok.i - 1
    while i >= 0 and toks[i].head.i == tok.i and toks[i].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    if i < 0 or tok.pos_ != "VERB" or tok.dep_ != "ROOT":
        return None
    if toks[i].text == "," and i > sent_of(tok).start:  # "Marc Morial, the chief executive of
        # the League, forcefully told" (hung on "In …")
        return _closed_name(ctx, toks[i]) or _joined_name(ctx, toks[i])
    if ctx.ent_at[i] < 0:
        return None
    ent = ctx.ents[ctx.ent_at[i]]
    if ent.end != i + 1 or ent.label_ not in ("PERSON", "ORG") or ent.root.dep_ in SUBJECTS:
        return None
    return ent.root


def _closed_name(ctx: Context, comma: Token) -> Token | None:
    """The person or organisation whose phrase ``comma`` closes (the comma its last word),
    when that phrase is no subject: the parse hung it elsewhere."""
    head = comma.head
    k = ctx.ent_at[head.i]
    if head.right_edge.i != comma.i or k < 0 or head.dep_ in SUBJECTS:
        return None
    ent = ctx.ents[k]
    return head if ent.label_ in ("PERSON", "ORG") and ent.root.i == head.i else None


def _joined_name(ctx: Context, comma: Token) -> Token | None:
    """The person or organisation whose phrase ends at ``comma``, which the parse joined
    to the phrase before it ("Alarmed by the unrest in Nevada, Senator Harry Reid, the
    minority leader, said": Reid a conjunct of Nevada); None for any other shape."""
    toks = doc_tokens(ctx.doc).tokens
    t = toks[comma.i - 1]
    for _ in range(4):
        k = ctx.ent_at[t.i]
        if (k >= 0 and t.dep_ == "conj" and ctx.ents[k].label_ in ("PERSON", "ORG")
                and ctx.ents[k].root.i == t.i and t.right_edge.i >= comma.i - 1):
            return t
        if t.head.i == t.i or t.head.i > comma.i:
            return None
        t = t.head
    return None


def name_after_quote(ctx: Context, tok: Token) -> Token | None:
    """The root of the first person (else organisation) name between a closing quote mark and
    the verb ``tok`` (its auxiliaries and adverbs skipped), when the parse hung the name
    inside the quotation and left the verb with no subject ('“…,” Senate Majority Leader
    Mitch McConnell, R-Ky., said Tuesday'); None for any other shape."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if tok.pos_ != "VERB" or tok.dep_ not in ("ROOT", "parataxis"):
        return None
    i = tok.i - 1
    while (i > sent_of(tok).start and toks[i].head.i == tok.i
           and toks[i].dep_ in ("aux", "neg", "advmod")):
        i -= 1
    start = max(sent_of(tok).start + 1, tok.i - _NAME_AFTER_QUOTE)
    quote = next((j for j in range(i, start - 1, -1)
                  if toks[j].is_quote and toks[j - 1].text in CLOSE_AFTER), None)
    if quote is None:
        return None
    ents = [ctx.ents[ctx.ent_at[k]] for k in range(quote + 1, i + 1) if ctx.ent_at[k] >= 0]
    for label in ("PERSON", "ORG"):  # a person first: "Senate Majority Leader Mitch …"
        for ent in ents:
            if ent.label_ == label and ent.end <= i + 1:
                return ent.root
    return None


def role_and_name_after(ctx: Context, verb: Token) -> Token | None:
    """'"…," said Tory shadow local government secretary Caroline Spelman.': the words after an
    inverted verb up to the clause's end that end in a person's name after a role's head word
    (``person_heads``); the parse made "shadow" a verb and "Tory" its subject. The name's last
    word, or None for any other shape."""
    doc = verb.doc
    toks = doc_tokens(doc).tokens
    sent = verb.sent
    if verb.pos_ != "VERB" or verb.i == sent.start or verb.i + 2 >= sent.end:
        return None
    if not (toks[verb.i - 1].text == "," or toks[verb.i - 1].is_quote):
        return None
    end = verb.i + 1
    while end < sent.end and end - verb.i <= 10 and not toks[end].is_punct:
        end += 1
    if end >= len(doc) or not toks[end].is_punct or toks[end - 1].ent_type_ != "PERSON":
        return None
    start = end - 1
    while start > verb.i + 1 and toks[start - 1].ent_type_ == "PERSON":
        start -= 1
    words = toks[verb.i + 1 : start]
    if not words or not all(t.is_alpha for t in words):
        return None
    role = any(t.is_lower and t.lower_ in ctx.lex.person_heads for t in words)
    return toks[end - 1] if role else None


def subject_after(tok: Token) -> Token | None:
    """The noun phrase right after an inverted verb that the parse made the subject of a
    later verb ('“…,” said Robin Maynard, half joking': "Maynard" the subject of
    "joking"): only after a comma or a quote mark, so that "last week said Clinton was …"
    keeps Clinton in the content; None for any other shape."""
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    if tok.pos_ != "VERB" or tok.i == sent_of(tok).start or tok.i + 1 >= sent_of(tok).end:
        return None
    before = toks[tok.i - 1]
    if not (before.text == "," or before.is_quote):
        return None
    for cand in toks[tok.i + 1 : sent_of(tok).end]:
        if (cand.dep_ == "nsubj" and cand.left_edge.i == tok.i + 1 and cand.head.i > cand.i
                and cand.pos_ in ("PROPN", "NOUN")):
            return cand
    return None


def name_after_verb(verb: Token) -> Token | None:
    """The name right after an inverted speech verb that the parse did not make its subject
    ("…, said Skelly, explaining …": "Skelly" an adverb): one to four capitalised words after
    a verb that follows a comma or a quote mark, ending at a punctuation mark, none a date
    ("said Tuesday"); their last word, or None."""
    doc = verb.doc
    toks = doc_tokens(doc).tokens
    if verb.pos_ != "VERB" or verb.i == sent_of(verb).start or verb.i + 1 >= sent_of(verb).end:
        return None
    before = toks[verb.i - 1]
    if not (before.text == "," or before.is_quote):
        return None
    end = verb.i + 1
    while end < sent_of(verb).end and end - verb.i <= 4 and _name_word(toks[end]):
        end += 1
    if end == verb.i + 1 or end >= len(doc) or not toks[end].is_punct:
        return None
    last = toks[end - 1]
    words = doc[verb.i + 1 : end]
    if any(t.head.i != verb.i and t.head.i not in range(verb.i + 1, end) for t in words):
        return None  # part of another phrase
    return last


def _name_word(tok: Token) -> bool:
    """Whether ``tok`` may be a word of a name: capitalised, no date, time or number."""
    return (tok.is_title or tok.pos_ == "PROPN") and tok.is_alpha and tok.ent_type_ not in (
        "DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "LOC") and tok.lower_ not in _NOT_NAMES


# Capitalised words after "said" that name no one ("said Tuesday", "said Monday")
_NOT_NAMES = frozenset(WEEKDAYS) | {"today", "yesterday", "tonight", "in", "on", "at", "the"}


def object_after_quote(tok: Token) -> Token | None:
    """The noun phrase right after a verb that follows a closing quote mark, which the parse
    took for the verb's object ('“…,” added a New Hampshire Democrat.', '“…,” recalled Mr.
    Rhodes'): the one who spoke, when the phrase ends its clause; None for any other shape."""
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    i = tok.i
    if tok.tag_ in ("VBG", "VBN") or i < 2:  # not a participle: "Passing …"
        return None
    if not toks[i - 1].is_quote or toks[i - 2].text not in CLOSE_AFTER:
        return None
    for obj in children(tok, "dobj"):
        end = obj.right_edge.i + 1
        if obj.left_edge.i == i + 1 and (
                end >= len(doc) or toks[end].is_punct or toks[end].is_space):
            return obj
    return None


# How far before its verb a name after a quotation may start, in words
_NAME_AFTER_QUOTE = 25


def inverted_aside(verb: Token) -> bool:
    """Whether ``verb`` is a parenthetical "said Y" whose parse also took the host clause's
    subject for its own ("The tone of the campaign, said Mr Milburn, would be …")."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    return (
        verb.dep_ == "parataxis"
        and any(t.i < verb.i for t in subjects)
        and any(t.i > verb.i for t in subjects)
    )


def prep_objects(tok: Token, preps: Sequence[str]) -> list[Token]:
    """Objects of the given prepositions under ``tok`` ("told to X", "a report by X")."""
    return [
        o
        for p in children(tok, "prep", "agent")
        if p.lower_ in preps
        for o in children(p, "pobj")
    ]


def outlet_among(ctx: Context, toks: Iterable[Token]) -> Token | None:
    """The first of ``toks`` whose phrase names a news outlet."""
    for t in toks:
        if kind_of(ctx, t) == "outlet":
            return t
    return None


def is_person_like(ctx: Context, tok: Token) -> bool:
    """Whether a token looks like a person or group addressed (the object of "told")."""
    if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return tok.lemma_.lower() in ctx.lex.anonymous_heads or tok.lower_ in (
        "reporters",
        "journalists",
        "supporters",
        "crowd",
        "audience",
    )


def expletive(tok: Token) -> bool:
    """Whether ``tok`` is the empty "it" of an extraposed clause, which names no source."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    if tok.dep_ == "nsubj" and head.lemma_.lower() not in _EXTRAPOSING:
        return False
    # "it would be premature to say": a copula with its adjective or noun and an infinitive
    copula = head.lemma_.lower() in ("be", "become", "remain") and any(
        c.dep_ in ("acomp", "attr") for c in children_of(head)
    )
    return any(
        c.i > head.i and (c.dep_ == "ccomp" or (copula and c.dep_ == "xcomp") or (
            c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in children_of(c))))
        for c in children_of(head)
    )  # fmt: skip


def speaker_parts(
    tok: Token, org_heads: frozenset[str], role_heads: frozenset[str] = frozenset()
) -> tuple[CharSpan, ...]:
    """Where the one who speaks is named in a source phrase headed by ``tok``: the head word,
    then what stands in apposition to it ("His manager Robert Voice") or, when the head is
    an organisation word (``org_heads``: "The Labour party"), is compounded with it; not a
    name further inside ("The five unions meeting Mr Prescott", "the leadership of President
    Lula", "A spokesman for Michael Howard") nor a role's affiliation ("The United boss")."""
    parts = [(tok.idx, tok.idx + len(tok))]
    # "The Labour party" is the party, "angry Labour MPs" are not (``role_heads``)
    lemma = tok.lemma_.lower()  # "MPs" is its own lemma to the tagger
    role = lemma in role_heads or lemma.removesuffix("s") in role_heads
    compounds = (tok.pos_ == "PROPN" and not role) or (
        tok.lower_ in org_heads)
    for child in children_of(tok):
        if child.dep_ == "appos" or (compounds and child.dep_ in ("compound", "flat")):
            span = span_of_ids(tok.doc, subtree_ids(child))
            if span is not None:
                parts.append(span)
    return tuple(parts)
