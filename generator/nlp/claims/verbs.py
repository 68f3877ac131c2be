"""Reporting verbs as cues: "X said that …", "is seen as …", "X appears to …".

``verb_cue`` reads an active reporting verb: its subject is the source and the content is
its clause, its infinitive ("urged the commissioner to look"), the host clause of an aside
("X, he said, is Y"; "…, as X noted"), an adjacent quote, its object ("denied the claims")
or the object of a preposition the lexicon allows ("spoke of"). ``passive_cue`` reads the
passive ("is expected to", "was rejected by X"; a verb of the mind keeps its subject as the
one who believes) and ``raising_cue`` "appears to", which names no source. The cue then takes
the words PolNeAR counts in it: auxiliaries, negation and manner adverbs before the verb, a
learned preposition after it, "in a statement", and a governing verb it is the infinitive of.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.nlp.doc_tokens import children_of, doc_tokens, sent_of

from .content import (
    adjacent_quote,
    around,
    content_from,
    fronted_clause,
    inside_long_quote,
    paragraph_after,
)
from .context import Context, Found
from .outlets import outlet_after, told_outlet
from .passives import agent_clause, as_reported, has_said, reduced_passive, stray_agent
from .resolve import kind_of
from .sources import (
    SUBJECTS,
    is_person_like,
    object_after_quote,
    outlet_among,
    prep_objects,
    subject_of,
)
from .spans import CharSpan, children, span_of_ids, subtree_ids

# Prepositions that set a scene (when, where) rather than complete what was said.
_SETTING = frozenset({"in", "on", "at", "during", "after", "before", "since", "until", "while"})


def verb_cue(ctx: Context, tok: Token, lemma: str, cls: str | None = None) -> Found | None:
    """A reporting verb: subject as source, clause, object or quote as content (``cls``:
    the class of a verb the lexicon lacks, found by the cue classifier)."""
    lex = ctx.lex
    if tok.dep_ in ("amod", "compound") or inside_long_quote(ctx, tok):
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in children_of(tok))
    if (passive and has_said(tok) is None) or reduced_passive(tok) or felt_after_copula(
            ctx, tok, lemma):
        return passive_cue(ctx, tok, lemma, cls)
    cls = lex.verb_class.get(lemma) or lex.learned_verbs.get(lemma) or cls
    if cls is None:
        return None
    cue = [tok] + [c for c in children_of(tok) if c.dep_ == "prt" and c.lower_ in lex.particles]
    source = subject_of(ctx, tok)
    inverted = object_after_quote(tok) if source is None else None
    if inverted is not None:  # '“…,” added a local Democrat': the Democrat said it
        source = inverted
    via = None
    content: list[CharSpan] = []
    head: Token | None = None
    via_span = None
    clauses = [c for c in children(tok, "ccomp") if not tail_speaker(c) and not (
        # '"…," said Tory shadow ... Caroline Spelman': a "clause" that holds the speaker
        source is not None and tok.i < source.i and c.left_edge.i <= source.i <= c.right_edge.i)]
    xcomps = children(tok, "xcomp")
    objects = [o for o in children(tok, "dobj", "dative") if not o.is_punct and o is not inverted]
    told = told_outlet(ctx, objects) if lemma in lex.addressee_verbs else None
    # whom it was told when that is an outlet ("…, Mr Brown told BBC Radio 4's Today
    # programme"): how it was said, not what
    medium = outlet_after(ctx, tok) if lemma in lex.addressee_verbs else None
    said_to = [o for o in objects if medium is not None and o.idx < medium[1]]
    what = [o for o in objects if o not in said_to]
    if told is not None:  # "told the BBC lessons were being learned": a parse that ran
        # the outlet into the content; the outlet is how it was said, the rest is said
        outlet, ids, head = told
        content = content_from(ctx, ids, tok)
        via_span: CharSpan | None = (outlet.start_char, outlet.end_char)
    elif said_to and children(said_to[-1], "acl", "relcl") and not clauses:
        # "told BBC Two's Newsnight programme there was a danger …": the parse hung what was
        # said on the programme
        head = children(said_to[-1], "acl", "relcl")[0]
        content = content_from(ctx, subtree_ids(head), tok)
        via_span = medium
    elif clauses:
        head = clauses[0]
        ids = [i for c in clauses for i in subtree_ids(c)]
        content = content_from(ctx, ids, tok)
        via = outlet_among(ctx, objects + prep_objects(tok, ("to", "with")))
    elif xcomps:
        head = xcomps[0]
        ids = list(subtree_ids(head))
        between = ctx.doc[objects[0].right_edge.i + 1 : head.i] if objects else []
        if any(t.text == ":" or t.is_quote for t in between):
            # 'told BBC Radio 4's Today programme: "Taken together, …"': a quote the
            # parser hung on the verb; the object is whom it was told to
            via = outlet_among(ctx, objects)
        elif objects and objects[0].i < head.i:  # "urged the commissioner to look"
            ids = list(range(objects[0].left_edge.i, head.right_edge.i + 1))
        content = content_from(ctx, ids, tok)
    elif (tok.dep_ == "parataxis" or tail_speaker(tok) or aside_dep(tok)) and not what and (
            source is not None):
        head = tok.head
        content = content_from(ctx, around(head, tok), tok)
    elif (
        tok.dep_ == "advcl"
        and source is not None
        and not what
        and any(m.lower_ == "as" for m in children(tok, "mark"))
    ):  # "..., as X noted"; not "as MPs grilled him over …"
        head = tok.head
        content = content_from(ctx, around(head, tok), tok)
    if not content:
        quote = adjacent_quote(ctx, tok, source)
        if quote is not None:
            content = [quote]
            via = via or outlet_among(ctx, objects)
        elif fronted := fronted_clause(tok, source):  # "…, even with a good job, he said."
            content = content_from(ctx, fronted, tok)
        elif not what and (para := paragraph_after(ctx, tok, source)) is not None:
            content = [para]  # "Fox News reports:" and the report as the next paragraph
    if not content and what and _document_shows(ctx, lemma, source):
        head, cue = what[0], [tok]  # to the end of the verb's words: "showed Rubio in third
        # at 11 percent", not "Rubio" alone; "show Clinton up": "up" too
        content = content_from(ctx, [i for i in subtree_ids(tok) if i > tok.i], tok)
    if not content and what and lemma not in lex.clause_only:
        obj = what[0]
        addressee = lemma in lex.addressee_verbs and (
            obj.dep_ == "dative" or is_person_like(ctx, obj)
        )
        if not addressee:
            head = obj
            ids = list(subtree_ids(obj))
            preps = lex.object_preps.get(lemma, frozenset())
            for prep in children(tok, "prep"):  # "accused the party of buying votes",
                # "linked the attacks to the server"; not "… on Monday", "… in a speech"
                if prep.i > obj.right_edge.i and (prep.lower_ in preps or (
                        prep.i == obj.right_edge.i + 1 and prep.lower_ not in _SETTING)):
                    ids.extend(range(obj.right_edge.i + 1, prep.right_edge.i + 1))
                    break
            # a second object or a predicative complement is said too: "called the
            # senator a 'nasty guy'", "called the charges unsubstantiated"
            for comp in children(tok, "oprd", "acomp", "ccomp", "xcomp"):
                if comp.i > obj.right_edge.i:
                    ids.extend(range(obj.right_edge.i + 1, comp.right_edge.i + 1))
            content = content_from(ctx, ids, tok)
    if not content:
        allowed = lex.verb_preps.get(lemma, frozenset())
        for prep in children(tok, "prep", "prt"):
            generic = lemma not in lex.clause_only and prep.lower_ in lex.content_preps
            if prep.lower_ in allowed or (generic and prep.i == tok.i + 1):
                objs = children(prep, "pobj", "pcomp")
                if objs and prep.lower_ not in allowed and _addressed(ctx, prep, objs[0]):
                    break  # "wrote to the watchdog": whom it was written to, not what
                if objs:
                    cue = [tok, prep] if prep.i == tok.i + 1 else cue
                    head = objs[0]
                    content = content_from(ctx, subtree_ids(head), tok)
                    break
    if not content:
        return None
    if medium is not None:
        first = content[0]
        if tok.idx < first[0] <= medium[1]:
            # "told BBC News US policy 'condemns' torture", "told the BBC News website
            # the party …": the outlet, whole, is how it was said, not what was said
            rest = ctx.text[medium[1] : first[1]].lstrip(" :,")
            if rest:
                content[0] = (first[1] - len(rest), first[1])
            else:
                del content[0]
            via, via_span = None, medium
            if not content:
                return None
    cue = cue_prep(ctx, tok, lemma, cue)
    cue = extend_cue(ctx, tok, cue)
    cue = governing_verbs(ctx, tok, cue)
    hedges = (f"{tok.lower_} to",) if lemma in lex.hedge_cue_lemmas and xcomps else ()
    if lemma in lex.hedge_cue_lemmas and not hedges:
        hedges = (tok.lower_,)
    found = Found(cue, cls, content, source=source, via=via, hedges=hedges, head=head)
    found.clausal = bool(clauses) and head is not None and head.i == clauses[0].i
    found.via_span = via_span
    return found


# Prepositions after a passive verb of feeling that say what is felt about ("thrilled with")
_FELT_ABOUT = frozenset({"with", "at", "about", "over", "by", "of"})


def _addressed(ctx: Context, prep: Token, obj: Token) -> bool:
    """Whether ``obj``, the object of "to" after a reporting verb, is whom it was said to
    (someone: "wrote to the watchdog", "writing to their MPs"), not what was said."""
    return prep.lower_ == "to" and (
        is_person_like(ctx, obj) or kind_of(ctx, obj) in ("person", "organization", "anonymous"))


def felt_after_copula(ctx: Context, tok: Token, lemma: str) -> bool:
    """Whether ``tok`` is a verb of the mind in the past participle that the parse took for
    the complement of a copula ("Mr Ackman is convinced that …", "she is worried about …"):
    a passive whose subject, the copula's, holds the belief."""
    return (
        tok.dep_ == "acomp"
        and tok.tag_ == "VBN"
        and tok.head.lemma_.lower() == "be"
        and (lemma in ctx.lex.experiencer_passives or lemma in ctx.lex.experiencer_objects)
    )


def passive_cue(ctx: Context, tok: Token, lemma: str, cls: str | None = None) -> Found | None:
    """Passive reporting verbs: "is seen as", "is expected to", "was rejected (by X)"; for
    a verb of the mind, "X was not convinced (by Y / that …)", X holds the belief."""
    lex = ctx.lex
    agents = [o for a in children(tok, "agent") for o in children(a, "pobj")]
    stray = stray_agent(tok, lex.document_heads | lex.noun_class.keys())
    if stray is not None:
        agents = [stray]
    subjects = [s for s in children(tok, "nsubjpass") if s.lower_ not in ("it", "there")]
    if reduced_passive(tok):  # "AI models claimed to rival …": the models are claimed
        subjects = children(tok, "nsubj")
    if felt_after_copula(ctx, tok, lemma):  # "Mr Ackman is convinced that …": his belief
        subjects = [s for s in children(tok.head, "nsubj") if s.lower_ not in ("it", "there")]
    if (lemma in lex.experiencer_passives or lemma in lex.experiencer_objects) and subjects:
        felt = [o for p in children(tok, "prep") if p.lower_ in _FELT_ABOUT
                for o in children(p, "pobj", "pcomp")]  # "were thrilled with the editorial"
        about = agents or children(tok, "ccomp") or children(tok, "xcomp") or felt
        if not about:
            return None
        head = about[0]
        content = content_from(ctx, subtree_ids(head), tok)
        cue = extend_cue(ctx, tok, [tok])
        if head.dep_ in ("pobj", "pcomp") and head.head.i == tok.i + 1:
            cue.append(head.head)  # "convinced by", "thrilled with"
        return Found(cue, "belief", content, source=subjects[0], head=head)
    source = agents[0] if agents else None
    known = lemma in lex.passive_cues
    cls = lex.verb_class.get(lemma) or lex.learned_verbs.get(lemma) or cls or ""
    prep_name, cls = lex.passive_cues.get(lemma, (None, cls))
    if not cls:
        return None
    cue = extend_cue(ctx, tok, [tok])
    reported = as_reported(tok)
    if reported is not None:  # "As reported by the Guardian, the firm …": the Guardian's
        return Found(cue, cls, content_from(ctx, reported[1], tok), source=reported[0],
                     head=tok.head)
    ids: list[int] = []
    head: Token | None = None
    clauses = children(tok, "ccomp", "xcomp", "oprd")
    hung = agent_clause(tok)
    if hung is not None and not clauses:  # "was told by the chief executive that …"
        clauses = [hung]
    if prep_name is not None:
        for prep in children(tok, "prep"):
            if prep.lower_ == prep_name and children(prep, "pobj", "pcomp"):
                if prep.i == tok.i + 1:
                    cue.append(prep)
                head = children(prep, "pobj", "pcomp")[0]
                ids.extend(subtree_ids(head))
                break
    if not ids and clauses:
        head = clauses[0]
        ids.extend(i for c in clauses for i in subtree_ids(c))
    # "The plan was first reported by the Ledger": a listed passive with its agent and its
    # subject says who said what (not a belief: "the attack was seen by thousands")
    said_by = source is not None and bool(subjects) and cls != "belief"
    if not ids and not said_by and (known or lemma in lex.clause_only):
        return None
    if tok.dep_ == "acl" and source is not None and not ids:
        head = tok.head  # "the bill, opposed by Republicans"
        skip = set(subtree_ids(tok))
        ids = [i for i in subtree_ids(head) if i not in skip]
        return Found(cue, cls, content_from(ctx, ids, tok), source=source, head=head)
    told = lemma in lex.addressee_verbs and bool(clauses)  # "was told that": the subject
    for subj in [] if told else subjects:  # is whom it was told, not what
        ids.extend(subtree_ids(subj))
        head = head or subj
    if not ids:
        return None
    content = content_from(ctx, ids, tok)
    hedges: tuple[str, ...] = ()
    if lemma in lex.hedge_cue_lemmas or (known and source is None):
        words = " ".join(t.lower_ for t in cue if t.dep_ != "advmod")
        hedges = (words + (" to" if children(tok, "xcomp") else ""),)
    found = Found(cue, cls, content, source=source, hedges=hedges, head=head)
    if hung is not None and source is not None and head is hung:
        found.source_span = span_of_ids(ctx.doc, range(source.left_edge.i, hung.left_edge.i))
    return found


def raising_cue(ctx: Context, tok: Token, cls: str) -> Found | None:
    """ "X appears to Y": subject and complement are the content, no source; but "X seemed
    to urge Y", a reporting verb, is X's (hedged) attribution of Y."""
    comps = children(tok, "xcomp", "ccomp", "acomp", "attr")
    if not comps:
        return None
    said = comps[0]
    lemma = ctx.lex.lemma(said)
    if said.dep_ == "xcomp" and said.pos_ == "VERB" and lemma in ctx.lex.verb_class:
        found = verb_cue(ctx, said, lemma)
        if found is not None and found.content and found.source is not None:
            found.hedges = (*found.hedges, tok.lower_)
            return found
    ids: list[int] = []
    for subj in children(tok, *SUBJECTS):
        if subj.lower_ not in ("it", "there"):
            ids.extend(subtree_ids(subj))
    for comp in comps:
        ids.extend(subtree_ids(comp))
    return Found([tok], cls, content_from(ctx, ids, tok), head=comps[0])


def aside_dep(tok: Token) -> bool:
    """Whether ``tok`` is an inverted speech verb between commas that the parse left as a
    bare dependent of the clause before it ("Shares rose on Monday, say traders, after …")."""
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    return (tok.dep_ == "dep" and tok.head.i < tok.i and toks[tok.i - 1].text == ","
            and any(s.i > tok.i for s in children(tok, "nsubj")))


def tail_speaker(tok: Token) -> bool:
    """Whether ``tok`` is a speaker's verb closing its sentence after a comma that the parser
    took for a clause or a conjunct of the verb before it ('Guidance said e-mails should go,
    Mr Thomas said.', '…, the Chicago Tribune reports.'): a clause with a subject, no
    complement, a comma before it and nothing after but its words. The outer attribution."""
    if tok.dep_ not in ("ccomp", "conj") or tok.head.i > tok.i or not children(tok, "nsubj"):
        return False
    if tok.dep_ == "conj" and (any(c.dep_ == "cc" for c in children_of(tok.head) if c.i < tok.i)
                               or not any(_named(s) for s in children(tok, "nsubj"))):
        return False  # "…, and the crowd said …": two clauses; "…, many addressed to …"
    if children(tok, "ccomp", "xcomp", "dobj", "dative"):
        return False
    lead = [t for t in tok.subtree if t.i < tok.i and t.dep_ not in ("nsubj", "punct")]
    if any(t.head.dep_ != "nsubj" and t.head.i != tok.i for t in lead):
        return False
    first = min(t.i for t in tok.subtree if not t.is_punct or t.text == ",")
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    if not (toks[first].text == "," or (first > 0 and toks[first - 1].text == ",")):
        return False
    end = sent_of(tok).end
    own = {t.i for t in tok.subtree}
    return all(toks[i].is_punct or toks[i].is_space or i in own for i in range(tok.i + 1, end))


def _document_shows(ctx: Context, lemma: str, source: Token | None) -> bool:
    """Whether a verb of evidence has a document subject ("a poll showing …"), not a person."""
    return (source is not None and lemma in ctx.lex.evidential_verbs
            and source.pos_ == "NOUN" and ctx.lex.lemma(source) in ctx.lex.document_heads)


def _named(subj: Token) -> bool:
    """Whether a subject names someone ("the Chicago Tribune"), not a quantifier ("many")."""
    return subj.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in children_of(subj))


def extend_cue(ctx: Context, tok: Token, cue: list[Token]) -> list[Token]:
    """Add auxiliaries, negation and manner adverbs before the verb, "in a statement" after."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    left = tok.i - 1
    while left >= 0:
        t = toks[left]
        if t.head.i != tok.i or not (
            t.dep_ in ("aux", "auxpass", "neg")
            or (t.dep_ == "advmod" and t.lower_ not in ctx.lex.cue_adverb_stop)
        ):
            break
        cue = [t, *cue]
        left -= 1
    nxt = max(t.i for t in cue) + 1
    if nxt < len(doc) and toks[nxt].text == ":":
        return [*cue, toks[nxt]]  # "said:" before a quote
    nxt = tok.i + 1
    if nxt < len(doc) and toks[nxt].lower_ == "in" and toks[nxt].head.i == tok.i:
        objs = children(toks[nxt], "pobj")
        if objs and objs[0].lemma_.lower() in ctx.lex.cue_extension_nouns:
            end = objs[0].i
            have = {t.i for t in cue}
            return cue + [toks[i] for i in range(nxt, end + 1) if i not in have]
    return cue


def cue_prep(ctx: Context, tok: Token, lemma: str, cue: list[Token]) -> list[Token]:
    """Add the preposition right after the verb (or its particle) when PolNeAR usually
    counts it in the cue for this verb ("responded to", "referring to": learned pairs)."""
    toks = doc_tokens(ctx.doc).tokens
    nxt = max(t.i for t in cue) + 1
    if nxt >= len(ctx.doc):
        return cue
    prep = toks[nxt]
    if prep.head.i != tok.i or prep.dep_ not in ("prep", "prt", "agent"):
        return cue
    if (lemma, prep.lower_) in ctx.lex.cue_preps and prep not in cue:
        return [*cue, prep]
    return cue


def governing_verbs(ctx: Context, tok: Token, cue: list[Token]) -> list[Token]:
    """Add a governing verb the cue is the infinitive of ("has begun to rebut")."""
    toks = doc_tokens(ctx.doc).tokens
    head = tok.head
    if tok.dep_ != "xcomp" or head.i >= tok.i or head.pos_ not in ("VERB", "AUX"):
        return cue
    if ctx.lex.lemma(head) in ctx.lex.verb_class:
        return cue
    if tok.i - head.i > 4:
        return cue
    between = range(head.i + 1, cue[0].i)
    # an object between is the one who speaks ("led her to declare": ``subject_of``), no
    # part of the cue
    if any(toks[i].dep_ not in ("aux", "advmod", "neg") for i in between):
        return cue
    start = extend_cue(ctx, head, [head])[0].i
    have = {t.i for t in cue}
    return [toks[i] for i in range(start, cue[0].i) if i not in have] + cue
