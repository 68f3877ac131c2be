"""What kind of source a phrase is, and which named actor a pronoun or description stands for.

``kind_of`` sorts a source phrase by its head: pronoun, outlet, document, person,
organisation or anonymous ("people familiar with the matter"). ``resolve`` gives the span of
the name a pronoun ("he said"), a relative pronoun ("Labour, which said"), a company-like
description ("the company said") or an outlet's short name ("the Journal") stands for, when
the text makes it plain: the subject of a fronted clause or of the matrix verb, the latest
fitting subject within four sentences, or the nearest fitting name before it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Span, Token

from generator.nlp.actors.lexicon import lexicon as actor_lexicon
from generator.nlp.doc_tokens import children_of, doc_tokens, sent_of
from generator.nlp.tokens import fronted_clause_subject, matrix_subject

from .context import Context
from .firms import described_firm
from .lexicon import Lexicon
from .namekinds import outlet_short_name, owned_product
from .parallel import parallel_subject
from .spans import CharSpan, children, sentences_back, subtree_ids


def kind_of(ctx: Context, tok: Token) -> str:
    """Kind of the phrase headed by ``tok``: person, organization, outlet, document, ..."""
    lex = ctx.lex
    low = tok.lower_
    if (tok.pos_ == "PRON" or low in lex.pronouns) and not (len(tok) > 2 and tok.is_upper):
        # not "WHO say …" (the World Health Organization)
        if low in ("which", "that") and tok.head.dep_ == "relcl" and (
                tok.head.head.pos_ == "NOUN" and kind_of(ctx, tok.head.head) == "thing"):
            return "thing"  # "a price dispute that threatened …", "savings which would see …"
        return _quantifier_kind(ctx, tok) or "pronoun"
    if tok.pos_ == "PROPN" and any(
            c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
            and c.lemma_.lower() in actor_lexicon().work_classifiers for c in children_of(tok)):
        return "thing"  # "Road trip comedy Sideways", "the film Vera Drake": a work says nothing
    if tok.pos_ == "PROPN" and ctx.name_at[tok.i] < 0 and (
            any(t.i in ctx.products for t in compound_name(tok)) or owned_product(ctx, tok.text)):
        # "The PSP uses small discs", "the Xbox 2 will push for": a product (but a name the
        # actor extractor kept is the actor's, whatever else it named)
        return "thing"
    if tok.ent_type_ in ("DATE", "TIME") and tok.like_num:
        # "2005 could see another big innovation": a year says nothing (but "the
        # 46-year-old said" is someone, and the model tags some surnames as dates)
        return "thing"
    counted = _counted(lex, tok)
    if counted is not None:  # "a handful of senators", "much of the coverage"
        kind = kind_of(ctx, counted)
        if kind != "pronoun":  # "a handful of them": the head's own kind
            return kind
    # an outlet named in a clause on the head is not what the phrase is: "companies
    # contacted by the BBC News website" (but "a report by the Wall Street Journal" is)
    clauses = {i for c in children(tok, "acl", "relcl") for i in subtree_ids(c)}
    if tok.pos_ == "PROPN" and _definite(tok) and tok.lemma_.lower() in lex.document_heads:
        return "document"  # "The Bill proposes", "The Mental Capacity Bill": no one's name
    if (
        tok.ent_type_ == "PERSON"
        or (tok.pos_ == "PROPN" and tok.text in ctx.person_words and not _definite(tok)
            and not any(c.dep_ == "compound" and c.ent_type_ == "NORP" for c in tok.lefts))
        # not "Swiss Re"
        or (tok.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.lower_.rstrip(".") in _HONORIFICS for c in tok.lefts))
    ):  # "Lord Falconer, on BBC Radio 4", "the BBC's Sarah Rainsford", "Mr Cable"
        return "person"
    if tok.tag_ == "NN" and tok.lemma_.lower() in lex.person_heads and any(
            c.dep_ == "poss" and c.ent_type_ for c in children_of(tok)):
        # "The BBC's correspondent in Jakarta", "the paper's editor": someone who works for
        # the outlet speaks, not the outlet (which the phrase would resolve to)
        return "person"
    span = range(tok.left_edge.i, tok.right_edge.i + 1)
    found = {ctx.ent_at[i] for i in span if i not in clauses}
    if any(lex.is_outlet_name(ctx.ents[k]) for k in found if k >= 0):
        return "outlet"
    words = compound_name(tok)
    name = " ".join(t.lower_ for t in words)
    if name in lex.outlet_names or (
            tok.pos_ == "PROPN" and len(words) >= 2 and tok.lower_ in lex.outlet_heads
            and all(t.is_title for t in words)):  # "London's Evening Standard" (no entity)
        return "outlet"
    if (tok.pos_ == "PROPN" and len(words) == 1 and tok.is_title and not tok.is_sent_start
            and tok.lower_ in lex.outlet_heads
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)):
        return "outlet"  # "According to the Observer" (no entity; not "an observer")
    if (tok.pos_ == "PROPN" or not tok.is_sent_start) and outlet_short_name(ctx, tok):
        return "outlet"  # "Stuff predicts" after "Stuff Magazine" (a capital mid-sentence)
    lemma = tok.lemma_.lower()
    common = tok.pos_ != "PROPN"  # "Mr Cable" is no diplomatic cable
    if lemma in lex.document_heads and (common or _definite(tok)):  # "The Mental Capacity Bill"
        return "document"
    if common and lemma in lex.outlet_nouns:
        # "the agency" is a news agency only where the article names an outlet before it
        ends = ctx.by_label["OUTLET"][0]
        return "outlet" if ends and ends[0] <= tok.idx else "organization"
    if lemma in lex.person_heads or lemma.removesuffix("s") in lex.person_heads:
        # "the Liberal Democrat leader", "The MP for Ealing North", "shadow leader of the
        # Commons Oliver Heald" are someone; "a leader", "party leaders" are not named
        return "person" if _one_named(ctx, tok, clauses) else "anonymous"
    if tok.ent_type_ in ("ORG", "NORP", "GPE") or lemma in lex.organization_heads or (
            common and lemma in lex.description_heads):  # "the Japanese car maker"
        return "organization"
    if lemma in lex.anonymous_heads or tok.like_num or tok.ent_type_ in ("PERCENT", "CARDINAL"):
        return "anonymous"  # "officials"; "40% (of those polled)", "a third"
    if tok.pos_ == "PROPN":
        return "organization"  # an unknown name is more often a firm or body than a person
    someone = _names_someone(lex, tok)
    if not someone and _unknown_name(ctx, tok):
        return "organization"  # "The CIPS said", "Rosneft, meanwhile, has agreed"
    # a thing says nothing: "rising demand", "The absence of responses", "The deal sees"
    if not someone:
        return "thing"
    # someone: "the fact-checker", "the barrister", "investors" (no one named)
    return "anonymous" if tok.tag_ == "NNS" else "person"


# Pronouns that count or pick out people or things named beside them: "one of the so-called
# Guildford Four", "some of the firm's investors", "One in four", "those surveyed".
_QUANTIFIERS = frozenset({"one", "some", "many", "most", "several", "few", "all", "both",
                          "each", "half", "none", "those"})


def _quantifier_kind(ctx: Context, tok: Token) -> str | None:
    """The kind of a quantifier pronoun's phrase by what it counts ("one of the world's
    leading rating agencies" is an organisation), anonymous for a share of people ("One in
    four", "those surveyed"), or None (a pronoun: "some believe", "one of them")."""
    if tok.lower_ not in _QUANTIFIERS:
        return None
    for prep in children(tok, "prep"):
        objects = children(prep, "pobj")
        if prep.lower_ == "of" and objects:
            kind = kind_of(ctx, objects[0])
            if tok.lower_ == "one" and (kind == "anonymous" or objects[0].ent_type_ == "NORP"):
                return "person"  # "One of the men, David Redvers", "one of her colleagues"
            return kind if kind not in ("pronoun", "thing") else None  # "one of them"
        if prep.lower_ == "in" and any(o.like_num for o in objects):
            return "anonymous"
    if any(c.dep_ in ("acl", "relcl") for c in children_of(tok)) and tok.lower_ != "one":
        return "anonymous"
    return None


def _counted(lex: Lexicon, tok: Token) -> Token | None:
    """What a quantity head counts: the object of its "of" ("a handful of senators",
    "the average of recent polls"), or None."""
    if tok.pos_ == "PROPN" or tok.lemma_.lower() not in lex.quantity_heads:
        return None
    for prep in children(tok, "prep"):
        if prep.lower_ == "of":
            for obj in children(prep, "pobj"):
                return obj
    return None


# Endings of agent nouns ("barrister", "councillor", "artist", "detainee", "spokeman").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "ee", "eer", "ier")


def is_agent(lex: Lexicon, word: str) -> bool:
    """Whether a common noun names someone: a listed person word, or an agent noun by its
    ending that is no listed thing ("the number", "an order") and no abstract noun."""
    if word in lex.agent_words or word in lex.anonymous_heads or word in lex.person_heads:
        return True
    if word in lex.thing_heads or word in lex.not_agents or (
            word.endswith(_THING_ENDINGS) and len(word) > 6):
        return False
    return word.endswith(_AGENT_ENDINGS) and len(word) > 3


def _names_someone(lex: Lexicon, tok: Token) -> bool:
    """Whether a common-noun head, or what is compounded, hyphenated or in apposition
    with it, names someone: an agent noun ("Detainee 'A'", "The Tory co-chairman"), a
    named person or body ("Swedish trades union official Ulf Carlsson"), or a capitalised
    word the tagger took for a common noun ("Rosneft, meanwhile, has agreed", "The CIPS")."""
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    deps = ("compound", "nmod", "appos", "flat", *(("dobj",) if tok.pos_ == "VERB" else ()))
    near = [tok, *(c for c in children_of(tok) if c.dep_ in deps)]
    near += [c for t in near[1:] for c in children_of(t) if c.dep_ == "compound"]
    if tok.i + 2 < len(doc) and toks[tok.i + 1].text == "-":
        near.append(toks[tok.i + 2])
    if any(is_agent(lex, t.lemma_.lower()) or is_agent(lex, t.lower_) for t in near):
        return True
    # a name in apposition is the head's referent; a name compounded on a thing's noun is
    # not ("The Microsoft search engine", "The Glasgow meeting" say nothing)
    named = [tok, *(c for c in children_of(tok) if c.dep_ in ("appos", "flat"))]
    return any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in named)


def _unknown_name(ctx: Context, tok: Token) -> bool:
    """Whether a word the tagger took for a common noun is a name: capitalised inside a
    sentence ("The CIPS said"), all capitals, or a word of a name the model found elsewhere
    in the article ("Rosneft, meanwhile, has agreed"); an apostrophe inside does not stop
    it ("O’Donnell", "D'Souza")."""
    letters = tok.text.replace("’", "").replace("'", "")
    if not (letters.isalpha() and tok.text[:1].isupper()):
        return False
    bare = tok.tag_ == "NN" and not any(  # "Labour sees …": a bare singular opening a
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in children_of(tok)
    ) and tok.lower_ not in ctx.lex.thing_heads and not (  # sentence is a name ("Growth
        len(tok) > 6 and tok.lower_.endswith(_THING_ENDINGS))  # slowed", "Speculation of a
    # shake-up has mounted" are not)
    return tok.i != sent_of(tok).start or tok.is_upper or bare or any(
        tok.text in e.text.split() for e in ctx.ents)


def _titled(ctx: Context, role: Token) -> Span | None:
    """The latest person named before ``role`` with it as a title ("Judge Clark" for "the
    judge"), or None."""
    ends, spans = ctx.by_label.get("PERSON", ((), ()))
    word = role.lemma_.lower()
    for span in reversed(spans[: bisect.bisect_right(ends, role.idx)]):
        before = span.doc[span.start - 1] if span.start else None
        if any(t.lower_ == word for t in span) or (before is not None and before.lower_ == word):
            return span
    return None


def _definite(tok: Token) -> bool:
    """Whether a name takes an article ("The Mental Capacity Bill"): no person's name."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.lefts)


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
                         "baroness", "baron", "countess", "earl", "viscount"})
# Endings of abstract nouns ("absence", "sensitivity", "question", "agreement").
_THING_ENDINGS = ("ness", "ity", "ment", "tion", "sion", "ance", "ence", "ism", "ship")


def _one_named(ctx: Context, tok: Token, clauses: set[int]) -> bool:
    """Whether a role noun names one person: singular and definite ("the leader", "his
    manager") or with a person's name beside it."""
    if tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith("s"):  # "MPs" (tagged NNP)
        return False
    if any(ctx.ent_at[i] >= 0 and ctx.ents[ctx.ent_at[i]].label_ == "PERSON"
           for i in range(tok.left_edge.i, tok.right_edge.i + 1) if i not in clauses):
        return True
    return any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that", "our", "their", "its")
               for c in children_of(tok) if c.i < tok.i)


def compound_name(tok: Token) -> list[Token]:
    """The token with its compound modifiers ("Wall Street Journal")."""
    left = [c for c in tok.lefts if c.dep_ == "compound"]
    return [*left, tok]


def resolve(ctx: Context, tok: Token, kind: str) -> CharSpan | None:
    """The span of the named actor a pronoun or description stands for, when obvious."""
    low = tok.lower_
    whose = kind == "organization" and tok.head.dep_ == "relcl" and tok.dep_ == "nsubj" and any(
        c.dep_ == "poss" and c.lower_ == "whose" for c in children_of(tok))
    if (low in ("who", "that", "which", "whom") or whose) and tok.head.dep_ == "relcl":
        # "Ms Hart, whose party opposes …": the one whose party it is, as for "who"
        noun = tok.head.head
        if ctx.name_at[noun.i] >= 0:
            ent = ctx.names[ctx.name_at[noun.i]]
            return (ent.start_char, ent.end_char)
        names = compound_name(noun)
        return (names[0].idx, noun.idx + len(noun))
    ahead = fronted_clause_subject(tok) if kind == "pronoun" else None
    if ahead is not None and ctx.name_at[ahead.i] >= 0:  # "Asked why he …, Lord Butler"
        ent = ctx.names[ctx.name_at[ahead.i]]
        if ent.label_ in ctx.lex.pronouns.get(low, ()):
            return (ent.start_char, ent.end_char)
    if kind == "pronoun":
        labels = ctx.lex.pronouns.get(low, ())
        matrix = matrix_subject(tok)
        if matrix is not None:  # "companies … insist that they were not aware": the
            # pronoun is the one who insists, a name or no one we can name
            k = ctx.name_at[matrix.i]
            ent = ctx.names[k] if k >= 0 else None
            if ent is not None and ent.label_ in labels:
                return (ent.start_char, ent.end_char)
            return None
        if low in ("he", "she", "they", "it"):
            return subject_antecedent(ctx, tok, labels)
    elif (
        kind == "organization"
        and tok.ent_type_ == ""
        and tok.tag_ == "NN"
        and tok.lower_ in ctx.lex.description_heads
        and [c.lower_ for c in tok.lefts] in (["the"], ["this"])
    ):  # "the company said"; not "companies … insist", not "the Indian government",
        # not "the police" or "the government" (rarely the organisation named last)
        labels = ("FIRM",)
    elif kind == "outlet" and (tok.ent_type_ == "" or tok.lower_ in ctx.lex.outlet_heads):
        labels = ("OUTLET",)
    else:
        return None
    if tok.lower_ in ctx.lex.trading_heads:  # "the company said": the firm in view, if any
        best = described_firm(ctx, tok)
    else:
        best = (_nearest_source_outlet(ctx, tok) if labels == ("OUTLET",) else None) or (
            nearest_name(ctx, tok, labels))
    # "the Journal" is the Wall Street Journal named before; "The Guardian" is not the GB
    # News named before it
    capital = kind == "outlet" and tok.text[:1].isupper()
    if best is not None and capital and tok.lower_ not in {t.lower_ for t in best}:
        return None
    return (best.start_char, best.end_char) if best is not None else None


def _nearest_source_outlet(ctx: Context, tok: Token) -> Span | None:
    """The last outlet named before ``tok`` that was not only someone's listener: "the
    newspaper quotes …" after "the Financial Times has reported … Rover told BBC News" is
    the Financial Times."""
    ends, spans = ctx.by_label.get("OUTLET", ((), ()))
    for k in range(bisect.bisect_right(ends, tok.idx) - 1, -1, -1):
        root = spans[k].root
        verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "to" else root.head
        if not (root.dep_ in ("dobj", "dative", "pobj") and verb.lemma_ in _LISTENED_TO):
            return spans[k]
    return None


_LISTENED_TO = frozenset({"tell", "speak", "talk", "say", "write"})


def nearest_name(
    ctx: Context, tok: Token, labels: Sequence[str], unquoted: bool = False
) -> Span | None:
    """The last name with one of ``labels`` that ends before ``tok`` (``unquoted``: not
    one inside a direct quote: '"… Blair's cool Britannia," he said' is not Blair)."""
    best: Span | None = None
    for label in labels:
        ends, spans = ctx.by_label.get(label, ((), ()))
        k = bisect.bisect_right(ends, tok.idx) - 1
        while unquoted and k >= 0 and ctx.quotes.containing(
            spans[k].start_char, spans[k].end_char
        ) is not None:
            k -= 1
        if k >= 0 and (best is None or spans[k].end_char > best.end_char):
            best = spans[k]
    return best


_CHAIN = 6  # how many "he said … he added" links one pronoun may follow back


def subject_antecedent(
    ctx: Context, tok: Token, labels: Sequence[str], chain: int = 0
) -> CharSpan | None:
    """What a subject pronoun stands for: the latest subject before it, in its sentence or
    the three before, that can be what the pronoun is (a name with one of ``labels``, or
    for "they" any plural name or noun); no one when that subject is a plural noun that
    is no name ("officials went to the station, where they claimed …"). With no such
    subject, the nearest name with one of the labels before it, as before. Subjects inside
    a quote do not count for a pronoun outside it."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    plural = tok.lower_ == "they"
    first = sentences_back(tok)
    outside = ctx.quotes.containing(tok.idx, tok.idx + len(tok)) is None
    parallel = parallel_subject(ctx, tok, first, outside)
    if parallel is not None:  # "X said both men pleaded guilty. They also pleaded guilty"
        k = ctx.name_at[parallel.i]
        if k >= 0 and (ctx.names[k].label_ in labels or plural):
            return (ctx.names[k].start_char, ctx.names[k].end_char)
        if k < 0 and plural and parallel.tag_ in ("NNS", "NNPS"):
            return None  # "both men": the men, whom no name gives
    for main in (True, False):  # a main clause's subject first ("X said he was amazed
        # Mr Smith was still in his job. '…,' he said": X)
        for i in range(tok.i - 1, first - 1, -1):
            cand = toks[i]
            if cand.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if cand.pos_ == "PRON":
                if main and cand.lower_ == tok.lower_ in ("he", "she") and chain < _CHAIN and (
                        not outside or ctx.quotes.containing(
                            cand.idx, cand.idx + len(cand)) is None):
                    # "He said some people were in denial. '… President Bush is there …,'
                    # he argued": the one the earlier "he" is, not the name in between
                    return subject_antecedent(ctx, cand, labels, chain + 1)
                continue
            if main and not (cand.head.dep_ == "ROOT" or (
                    cand.head.dep_ == "conj" and cand.head.head.dep_ == "ROOT")):
                continue
            if outside and ctx.quotes.containing(cand.idx, cand.idx + len(cand)) is not None:
                continue  # '"When Mr Smith came …," he said': not Mr Smith
            k = ctx.name_at[i]
            if k < 0:  # "the shadow home secretary, Mark Oaten, accused …": the name beside it
                k = next((ctx.name_at[c.i] for c in children_of(cand)
                          if c.dep_ == "appos" and ctx.name_at[c.i] >= 0), -1)
            many = cand.tag_ in ("NNS", "NNPS")
            if k >= 0:
                ent = ctx.names[k]
                if ent.label_ in labels or (plural and many):
                    return (ent.start_char, ent.end_char)
            elif plural and many:
                return None  # "officials": no name to give
            elif main and tok.lower_ in ("he", "she") and cand.tag_ == "NN" and is_agent(
                    ctx.lex, cand.lemma_.lower()):
                titled = _titled(ctx, cand)
                if titled is not None:  # "Judge Clark said … the judge acknowledged …
                    return (titled.start_char, titled.end_char)  # But she said": Clark
                if cand.lemma_.lower().startswith("spokes") or any(
                        c.dep_ == "poss" for c in children_of(cand)):
                    # "Tony Blair's official spokesman declined to say … He said": the
                    # spokesman, whom the text does not name, not Tony Blair
                    return None
            elif main and tok.lower_ in ("he", "she") and cand.pos_ == "PROPN" and any(
                    (c.dep_ == "appos" and is_agent(ctx.lex, c.lemma_.lower())) or (
                        c.dep_ == "compound" and c.lower_.rstrip(".") in _HONORIFICS)
                    for c in children_of(cand)):
                # "Parul Jain, deputy chief economist at …, said …. '…,' he said", "Lord
                # Nicholls of Birkenhead said: … He said": someone the model did not tag,
                # not the one named before
                return None
            elif main and tok.lower_ == "it" and cand.tag_ == "NN" and (
                    cand.i < sent_of(tok).start) and (
                    cand.lemma_.lower() in ctx.lex.organization_heads) and (
                    cand.lemma_.lower() not in ctx.lex.description_heads) and not any(
                    e[-1].lower_ == cand.lower_ and e.end <= cand.i for e in ctx.names):
                # "The US government denied the claims. In a statement, it said …": the
                # government, unnamed (not an outlet named earlier); but "the commission"
                # after "the Electoral Commission" is that, and "the company" the firm
                # named before (``resolve``)
                return None
    best = nearest_name(ctx, tok, labels, unquoted=outside)
    return (best.start_char, best.end_char) if best is not None else None


def document_antecedent(ctx: Context, tok: Token) -> Token | None:
    """The study, report or survey a subject "it" stands for: the latest subject before it,
    in its sentence or the one before, when that is a document ("… , a Toshiba study found.
    It found that …": the study, not Toshiba); None for any other subject or pronoun."""
    toks = doc_tokens(ctx.doc).tokens
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    outside = ctx.quotes.containing(tok.idx, tok.idx + len(tok)) is None
    for i in range(tok.i - 1, sentences_back(tok, 1) - 1, -1):
        cand = toks[i]
        if cand.dep_ not in ("nsubj", "nsubjpass") or (
                outside and ctx.quotes.containing(cand.idx, cand.idx + len(cand)) is not None):
            continue
        if cand.lower_ == "it":
            continue  # "It found … It also found …": the same one, further back
        document = cand.pos_ == "NOUN" and cand.tag_ == "NN" and kind_of(ctx, cand) == "document"
        return cand if document else None
    return None
