"""Who claims what: attributions (source, cue, content) found over the dependency parse.

``extract_attributions(doc)`` is pure and linear in the length of the document: every token is
looked at once to find cues (reporting verbs, "according to", "reportedly", "is seen as", claim
nouns with a "that"-clause), and each cue then reads only its own clause. Direct quotes are found
on the text (curly or straight marks, continued across paragraphs when the next paragraph opens
with a quote mark) and a content that touches a quote is widened to the whole quote.

The word lists live in ``patterns/attribution.yml``; ``patterns/cues_learned.tsv`` (made by
``python -m quality.train.learn_cues`` from PolNeAR train) adds learned stance verbs, copula
adjectives, object nouns, nouns and cue prepositions. When the pipeline has the trained cue
classifier (``cue_classifier``, trained by ``train_cues``), it has the last word on the cue tokens:
the rules' cues, sources and contents are features of its decision, and its cue spans widen,
shorten or drop the rules' cues and add the cues the rules miss, with source and content read
from the parse as for the rules' own cues.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

from generator.nlp.claims.classifier import (
    CueClassifier,
    Marks,
    cue_runs,
    default_classifier,
    token_marks,
)
from generator.nlp.tokens import (
    fronted_clause_subject,
    hyphen_end,
    hyphen_start,
    matrix_subject,
)
from generator.annotations import ActorMention, ClaimMention

PATTERNS = Path(__file__).with_name("patterns") / "attribution.yml"
LEARNED = Path(__file__).with_name("patterns") / "cues_learned.tsv"

CharSpan = tuple[int, int]

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_OPEN_QUOTES = ("“", "«", "``")
_CLOSE_QUOTES = ("”", "»")
# Parts of speech that make no cue on their own (a classifier span of only these is dropped)
_FUNCTION_POS = frozenset({"ADV", "ADP", "AUX", "PART", "DET", "CCONJ", "SCONJ", "PUNCT", "SPACE"})
_SIGNATURE_DASHES = frozenset({"―", "—", "–", "--"})  # '"…" ― Name': the quote's signature
_QUOTE_CHARS = {'"', "“", "”", "«", "»", "''", "``"}
_QUOTE_MARK = re.compile(r"(?P<cont>\n(?=\s*(?:[“«\"]|''|``|[a-z])))|(?P<brk>\n)|[“”«»\"]|''|``")
_MAX_QUOTE = 3000
# When the cue classifier (``cue_classifier``) has the last word, rule cues it does not confirm
# are dropped; with False they are kept beside the classifier's own cues.
DROP_UNCONFIRMED = True
# A confirmed multiword cue of the hand-written lexicon ("is seen as", "according to") keeps
# all its words: the classifier may widen it but not cut it.
KEEP_PHRASES = True
TAGGED_FALLBACK = True  # a classified cue with no content from the cue finders takes its clause
# A cue only the classifier found shows on the pages when its likeliest word reaches this
# probability (chosen on the held-out tenth of PolNeAR train; see ``build``).
SURE_TAGGED = 0.5
_COPULAS = frozenset({"be", "become", "seem", "remain", "appear", "sound", "feel", "grow", "get"})


@dataclass(frozen=True)
class Lexicon:
    """The attribution word lists, read from ``patterns/attribution.yml``."""

    verb_class: dict[str, str]
    clause_only: frozenset[str]
    addressee_verbs: frozenset[str]
    verb_preps: dict[str, frozenset[str]]
    object_preps: dict[str, frozenset[str]]
    content_preps: frozenset[str]
    particles: frozenset[str]
    cue_adverb_stop: frozenset[str]
    cue_extension_nouns: frozenset[str]
    passive_cues: dict[str, tuple[str | None, str]]
    experiencer_passives: frozenset[str]
    raising_verbs: dict[str, str]
    adverb_cues: dict[str, str]
    prep_cues: dict[str, tuple[str, str]]
    noun_class: dict[str, str]
    modals: frozenset[str]
    hedge_adverbs: frozenset[str]
    hedge_cue_lemmas: frozenset[str]
    outlet_names: frozenset[str]
    outlet_heads: frozenset[str]
    description_heads: frozenset[str]
    outlet_nouns: frozenset[str]
    anonymous_heads: frozenset[str]
    document_heads: frozenset[str]
    organization_heads: frozenset[str]
    pronouns: dict[str, tuple[str, ...]]
    lemma_aliases: dict[str, str]
    # learned from PolNeAR train by ``quality.train.learn_cues`` (patterns/cues_learned.tsv)
    learned_verbs: dict[str, str] = field(default_factory=dict)
    learned_adjs: dict[str, str] = field(default_factory=dict)
    learned_nouns: dict[str, str] = field(default_factory=dict)
    learned_objs: dict[str, str] = field(default_factory=dict)
    cue_preps: frozenset[tuple[str, str]] = frozenset()


def _first_class(table: dict[str, list[str]]) -> dict[str, str]:
    """Map each word to the first class (in file order) that lists it."""
    out: dict[str, str] = {}
    for cls, words in table.items():
        for word in words:
            out.setdefault(str(word).lower(), cls)
    return out


def _set(words: Iterable[object]) -> frozenset[str]:
    """A frozen set of lower-case strings."""
    return frozenset(str(w).lower() for w in words)


def read_learned(path: Path | None) -> dict[str, dict[str, str]]:
    """The learned cue table: ``{kind: {key: cls}}`` for kinds verb, adj, noun and prep
    (a prep key is ``"lemma prep"``). Comment lines start with ``#``; a missing file is empty."""
    out: dict[str, dict[str, str]] = {"verb": {}, "adj": {}, "noun": {}, "obj": {}, "prep": {}}
    if path is None or not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "kind\t")):
            continue
        kind, lemma, extra, cls, *_ = line.split("\t")
        if kind not in out:
            continue
        key = f"{lemma} {extra}" if kind == "prep" else lemma
        out[kind][key] = cls
    return out


@lru_cache(maxsize=4)
def load_lexicon(path: Path = PATTERNS, learned: Path | None = LEARNED) -> Lexicon:
    """Read and cache the lexicon file and the learned cue table (``learned=None``: rules only)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    table = read_learned(learned)
    hedges = raw["hedges"]
    outlets = raw["outlets"]
    return Lexicon(
        verb_class=_first_class(raw["verbs"]),
        clause_only=_set(raw["clause_only"]),
        addressee_verbs=_set(raw["addressee_verbs"]),
        verb_preps={k: _set(v) for k, v in raw["verb_preps"].items()},
        object_preps={k: _set(v) for k, v in raw["object_preps"].items()},
        content_preps=_set(raw["content_preps"]),
        particles=_set(raw["particles"]),
        cue_adverb_stop=_set(raw["cue_adverb_stop"]),
        cue_extension_nouns=_set(raw["cue_extension_nouns"]),
        passive_cues={k: (v.get("prep"), v["cls"]) for k, v in raw["passive_cues"].items()},
        experiencer_passives=_set(raw["experiencer_passives"]),
        raising_verbs=dict(raw["raising_verbs"]),
        adverb_cues=dict(raw["adverb_cues"]),
        prep_cues={k: (v["next"], v["cls"]) for k, v in raw["prep_cues"].items()},
        noun_class=_first_class(raw["noun_cues"]),
        modals=_set(hedges["modals"]),
        hedge_adverbs=_set(hedges["adverbs"]),
        hedge_cue_lemmas=_set(hedges["cue_lemmas"]),
        outlet_names=_set(outlets["names"]),
        outlet_heads=_set(outlets["heads"]),
        description_heads=_set(raw["description_heads"]),
        outlet_nouns=_set(outlets["nouns"]),
        anonymous_heads=_set(raw["anonymous_heads"]),
        document_heads=_set(raw["document_heads"]),
        organization_heads=_set(raw["organization_heads"]),
        pronouns={str(k).lower(): tuple(v or ()) for k, v in raw["pronouns"].items()},
        lemma_aliases={str(k): str(v) for k, v in (raw.get("lemma_aliases") or {}).items()},
        learned_verbs=table["verb"],
        learned_adjs=table["adj"],
        learned_nouns=table["noun"],
        learned_objs=table["obj"],
        cue_preps=frozenset(tuple(k.split(" ", 1)) for k in table["prep"]),  # type: ignore[misc]
    )


# --- direct quotes ------------------------------------------------------------------------


def find_quotes(text: str) -> list[CharSpan]:
    """Character spans of direct quotes, marks included, sorted by start.

    Marks are curly quotes, straight double quotes and doubled apostrophes (``''``). A quote
    left open at the end of a paragraph continues when the next paragraph opens with a quote
    mark (the news convention for multi-paragraph quotes); otherwise it is dropped. A straight
    mark that can only open a quote (``_opens``) continues the open quote the same way. A
    curly quote inside a curly quote nests (``_opens_inside``), a closing mark that opens a
    line before a word opens a quote (a common typo: '”Fear. I am truly afraid …”'), and a
    straight mark that can only close one opens nothing (``_closes``).
    """
    quotes: list[CharSpan] = []
    start: int | None = None
    nested = 0  # curly quotes open inside the open quote ('calls “hell” than')
    for m in _QUOTE_MARK.finditer(text):
        mark = m.group()
        if m.group("cont"):
            continue
        if m.group("brk"):
            start, nested = None, 0  # unclosed and not continued: not a quote
            continue
        if start is None:
            # a closing mark that opens a line, before a word, is an opening one mistyped
            line_start = m.start() == 0 or text[m.start() - 1] == "\n"
            if mark in _CLOSE_QUOTES:
                if line_start and text[m.end() : m.end() + 1].isalnum():
                    start = m.start()
            elif not _closes(text, m.start(), m.end()):
                start = m.start()
        elif mark == "“" and _opens_inside(text, m.start(), m.end()):
            nested += 1
        elif mark not in _OPEN_QUOTES and not _opens(text, m.start(), m.end()):
            if nested:
                nested -= 1
                continue
            if m.end() - start <= _MAX_QUOTE:
                quotes.append((start, m.end()))
            start = None
    return quotes


def _opens_inside(text: str, start: int, end: int) -> bool:
    """Whether an opening curly mark met inside an open quote opens a quote within it: in
    mid-sentence, after a space and before a word. After a sentence end it more likely starts
    a new quote whose predecessor lost its closing mark, and then it does not nest."""
    return (
        start >= 2
        and text[start - 1] == " "
        and text[start - 2] not in ".?!:"
        and end < len(text)
        and text[end].isalnum()
    )


def _closes(text: str, start: int, end: int) -> bool:
    """Whether a straight quote mark can only close a quote: right after a word or a comma and
    before a space or a stop ('… revenue," it said'). With no quote open, its opening mark was
    lost or typed as an apostrophe, and it opens nothing."""
    return (
        text[start:end] == '"'
        and start > 0
        and (text[start - 1].isalnum() or text[start - 1] in ",.;!?")
        and (end == len(text) or text[end].isspace() or text[end] in ",.;:)")
    )


def _opens(text: str, start: int, end: int) -> bool:
    """Whether a straight quote mark at ``[start, end)`` can only open a quote: after a sentence
    end and a space, before a word ('… commemoration. "Once again …'). Met while a quote is
    open, it continues that quote (a paragraph break lost in the text: the BBC corpus runs
    paragraphs together, each quoted paragraph opening with a mark)."""
    return (
        text[start:end] == '"'
        and start >= 2
        and text[start - 1] == " "
        and text[start - 2] in ".?!"
        and end < len(text)
        and text[end].isalnum()
    )


class _Quotes:
    """Quote spans with fast lookup by character offset."""

    def __init__(self, spans: list[CharSpan], text: str) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.words = [_word_count(text[s:e]) for s, e in spans]

    def containing(self, start: int, end: int) -> int | None:
        """Index of the quote that contains ``[start, end)``, if any."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and self.spans[i][0] <= start and end <= self.spans[i][1]:
            return i
        return None

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices of the quotes that share a character with ``[start, end)``."""
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                out.append(i)
            i += 1
        return out

    def before(self, pos: int) -> int | None:
        """Index of the last quote that ends at or before ``pos``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.spans[i][1] > pos:
            i -= 1
        return i if i >= 0 else None

    def after(self, pos: int) -> int | None:
        """Index of the first quote that starts at or after ``pos``."""
        i = bisect.bisect_left(self.starts, pos)
        return i if i < len(self.spans) else None


def _word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())


# --- token helpers ------------------------------------------------------------------------


def _is_edge_junk(tok: Token) -> bool:
    """Punctuation or space that should not start or end a span (quote marks are kept)."""
    if tok.is_space:
        return True
    return tok.is_punct and tok.text not in _QUOTE_CHARS


def _within(tok: Token, spans: Iterable[CharSpan]) -> bool:
    """Whether ``tok`` starts inside one of the character spans."""
    return any(start <= tok.idx < end for start, end in spans)


def _runs(doc: Doc, indices: Iterable[int]) -> list[CharSpan]:
    """Contiguous runs of token indices as character spans, trimmed of edge punctuation."""
    out: list[CharSpan] = []
    ordered = sorted(set(indices))
    k = 0
    while k < len(ordered):
        j = k
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        lo, hi = ordered[k], ordered[j]
        while lo <= hi and _is_edge_junk(doc[lo]):
            lo += 1
        while hi >= lo and _is_edge_junk(doc[hi]):
            hi -= 1
        if lo <= hi:
            out.append((doc[lo].idx, doc[hi].idx + len(doc[hi])))
        k = j + 1
    return out


def _merge(text: str, spans: Iterable[CharSpan]) -> list[CharSpan]:
    """Merge spans that overlap or are separated by whitespace only."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and (start <= out[-1][1] or not text[out[-1][1] : start].strip()):
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def _subtree_ids(tok: Token) -> range:
    """Token indices of a subtree (projective parses give a contiguous range)."""
    return range(tok.left_edge.i, tok.right_edge.i + 1)


def _span_of(tok: Token) -> CharSpan | None:
    """The character span of a token's subtree, trimmed of edge punctuation."""
    runs = _runs(tok.doc, _subtree_ids(tok))
    if not runs:
        return None
    return (runs[0][0], runs[-1][1])


# Predicates whose subject "it" stands for the clause after them: "it emerged that", "it became
# clear that" (a passive with "it" always does: "it is understood that").
_EXTRAPOSING = frozenset(
    {"emerge", "appear", "seem", "transpire", "turn", "become", "be", "remain"}
)


def _expletive(tok: Token) -> bool:
    """Whether ``tok`` is the empty "it" of an extraposed clause, which names no source."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    if tok.dep_ == "nsubj" and head.lemma_.lower() not in _EXTRAPOSING:
        return False
    # "it would be premature to say": a copula with its adjective or noun and an infinitive
    copula = head.lemma_.lower() in ("be", "become", "remain") and any(
        c.dep_ in ("acomp", "attr") for c in head.children
    )
    return any(
        c.i > head.i and (c.dep_ == "ccomp" or (copula and c.dep_ == "xcomp") or (
            c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.children)))
        for c in head.children
    )  # fmt: skip


# The model's labels for the actor extractor's types (for pronoun and description look-ups).
_TYPE_LABELS = {"person": "PERSON", "organization": "ORG", "place": "GPE", "group": "NORP"}


def _actor_names(doc: Doc, actors: Sequence[ActorMention]) -> list[Span]:
    """The actor extractor's names as spans labelled like the model's entities, by position."""
    out: list[Span] = []
    for m in actors:
        label = _TYPE_LABELS.get(m.type)
        span = doc.char_span(*m.span, label=label) if label and m.kind == "name" else None
        if span is not None:
            out.append(span)
    return sorted(out, key=lambda s: s.start)


def _index_at(doc: Doc, spans: Sequence[Span]) -> list[int]:
    """For each token, the index of the span in ``spans`` that holds it (-1 for none)."""
    at = [-1] * len(doc)
    for k, span in enumerate(spans):
        for i in range(span.start, span.end):
            at[i] = k
    return at


def _inverted_aside(verb: Token) -> bool:
    """Whether ``verb`` is a parenthetical "said Y" whose parse also took the host clause's
    subject for its own ("The tone of the campaign, said Mr Milburn, would be …")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        verb.dep_ == "parataxis"
        and any(t.i < verb.i for t in subjects)
        and any(t.i > verb.i for t in subjects)
    )


def _speaker_parts(tok: Token, org_heads: frozenset[str]) -> tuple[CharSpan, ...]:
    """Where the one who speaks is named in a source phrase headed by ``tok``: the head word,
    then what stands in apposition to it ("His manager Robert Voice") or, when the head is
    an organisation word (``org_heads``: "The Labour party"), is compounded with it; not a
    name further inside ("The five unions meeting Mr Prescott", "the leadership of President
    Lula", "A spokesman for Michael Howard") nor a role's affiliation ("The United boss")."""
    parts = [(tok.idx, tok.idx + len(tok))]
    compounds = tok.pos_ == "PROPN" or tok.lower_ in org_heads
    for child in tok.children:
        if child.dep_ == "appos" or (compounds and child.dep_ in ("compound", "flat")):
            span = _span_of_ids(tok.doc, _subtree_ids(child))
            if span is not None:
                parts.append(span)
    return tuple(parts)


def _source_span(tok: Token) -> CharSpan | None:
    """The span of a source phrase: its subtree without a possessive "'s", keeping the comma
    or bracket that closes an appositive ("Jane Roe, a spokeswoman,")."""
    doc = tok.doc
    ids = [i for i in _subtree_ids(tok) if not (doc[i].dep_ == "case" and doc[i].head.i == tok.i)]
    span = _span_of_ids(doc, ids)
    if span is None:
        return None
    end = hyphen_end(doc, max(ids) + 1)  # the parse cut "The Tory co" off "-chairman"
    if end > max(ids) + 1:
        span = (span[0], doc[end - 1].idx + len(doc[end - 1]))
    last = tok.right_edge
    inner = {t.text for t in doc[tok.left_edge.i : last.i]}
    if last.text == "," and "," in inner and last.idx >= span[1]:
        return (span[0], last.idx + 1)
    if last.text == ")" and "(" in inner and last.idx >= span[1]:
        return (span[0], last.idx + 1)
    return span


def _span_of_ids(doc: Doc, ids: Iterable[int]) -> CharSpan | None:
    """The hull of the trimmed runs of some token indices."""
    runs = _runs(doc, ids)
    return (runs[0][0], runs[-1][1]) if runs else None


def _children(tok: Token, *deps: str) -> list[Token]:
    """Children of ``tok`` with one of the dependency labels."""
    return [c for c in tok.children if c.dep_ in deps]


def _tail_speaker(tok: Token) -> bool:
    """Whether ``tok`` is a speaker's verb closing its sentence after a comma that the parser
    took for a clause of the verb before it ('Guidance said e-mails should go, Mr Thomas
    said.'): a complement clause with a subject, no complement of its own, a comma before it
    and nothing after it but its own words and punctuation. It is the outer attribution."""
    if tok.dep_ != "ccomp" or tok.head.i > tok.i or not _children(tok, "nsubj"):
        return False
    if _children(tok, "ccomp", "xcomp", "dobj", "dative"):
        return False
    lead = [t for t in tok.subtree if t.i < tok.i and t.dep_ not in ("nsubj", "punct")]
    if any(t.head.dep_ != "nsubj" and t.head.i != tok.i for t in lead):
        return False
    first = min(t.i for t in tok.subtree if not t.is_punct or t.text == ",")
    doc = tok.doc
    if not (doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")):
        return False
    end = tok.sent.end
    own = {t.i for t in tok.subtree}
    return all(doc[i].is_punct or doc[i].is_space or i in own for i in range(tok.i + 1, end))


# --- the extractor ------------------------------------------------------------------------


@dataclass
class _Found:
    """A cue with its parts before it becomes an ``ClaimMention``."""

    cue: list[Token]
    cls: str
    content: list[CharSpan]
    source: Token | None = None
    source_span: CharSpan | None = None
    via: Token | None = None
    hedges: tuple[str, ...] = ()
    head: Token | None = None  # the token whose clause carries the content (for hedges)
    anchor: int = -1  # index of the token that triggered the cue
    nested: bool = False  # inside another attribution's content clause
    clausal: bool = False  # the content is a that-clause of the cue (it can hold nested cues)
    trigger: str = ""  # "verb:back", "adj:critical", "noun:criticism" for learned cues
    confirmed: bool = False  # the cue classifier marked (part of) the cue


class _Extractor:
    """One pass over a Doc; see ``extract_attributions``."""

    def __init__(
        self,
        doc: Doc,
        lex: Lexicon,
        classifier: CueClassifier | None = None,
        actors: Sequence[ActorMention] | None = None,
    ) -> None:
        self.doc = doc
        self.lex = lex
        self.text = doc.text  # Doc.text joins every token: read it once
        self.quotes = _Quotes(find_quotes(self.text), self.text)
        self.ents: list[Span] = list(doc.ents)
        self.ent_at = _index_at(doc, self.ents)
        self.person_words = {t.text for e in self.ents if e.label_ == "PERSON" for t in e}
        # The names a pronoun or description can stand for: the actor extractor's cleaned and
        # typed names when it ran ("DeepSeek", which the model may tag as a product, is an
        # organisation), else the model's entities.
        self.names: list[Span] = self.ents if actors is None else _actor_names(doc, actors)
        self.name_at = self.ent_at if actors is None else _index_at(doc, self.names)
        # names by label, sorted by end, for "nearest one before" look-ups
        self.by_label: dict[str, tuple[list[int], list[Span]]] = {}
        for name in self.names:
            ends, spans = self.by_label.setdefault(name.label_, ([], []))
            ends.append(name.end_char)
            spans.append(name)
        outlets = [e for e in self.ents if e.label_ == "ORG" and self.is_outlet_name(e)]
        self.by_label["OUTLET"] = ([e.end_char for e in outlets], outlets)
        # "told Reuters that the company was planning ...": the company is not the agency
        firms = [e for e in self.names if e.label_ == "ORG" and not self.is_outlet_name(e)]
        self.by_label["FIRM"] = ([e.end_char for e in firms], firms)
        self.classifier = classifier
        self.tagged: list[Span] = []  # the classifier's cue spans
        self.cue_token: Token | None = None  # the cue being read (see ``content_from``)
        self.cue_probs: Sequence[float] = ()  # the classifier's probability per token

    # cue finders ------------------------------------------------------------------------

    def lemma(self, tok: Token) -> str:
        """The lower-case lemma, with the lexicon's aliases for lemmatizer slips."""
        lemma = tok.lemma_.lower()
        return self.lex.lemma_aliases.get(lemma, lemma)

    def run(self) -> list[ClaimMention]:
        """Find every cue, build its attribution, and return them in text order."""
        return [self.build(item) for item in self.find()]

    def find(self) -> list[_Found]:
        """Every cue with its parts, in text order, nested ones flagged."""
        found: dict[int, _Found] = {}
        parsed = self.doc.has_annotation("DEP")  # the rules read the parse: none, no cues
        for tok in self.doc if parsed else ():
            self.cue_token = tok
            item = self.cue_at(tok)
            if item is None or not item.content:
                continue
            item.anchor = tok.i
            key = item.cue[0].i
            if key not in found or item.trigger.startswith("obj:"):
                found[key] = item  # "expressed support for X" wins over "expressed"
        items = self.finish(found)
        if self.classifier is not None:
            self.cue_probs = self.classifier.probabilities(self.doc, self.marks(items))
            flags = [p >= self.classifier.threshold for p in self.cue_probs]
            self.tagged = [self.whole_word(s) for s in cue_runs(self.doc, flags)]
            self.merge_tagged(found)
            items = self.finish(found)
        # Left out: a cue only the classifier found inside another attribution's content (a
        # clause or a quote), as PolNeAR marks few cues there (keeping them, now that the
        # confirmed nested ones are scored, leaves dev cue F1 at 0.673 and shows more doubtful
        # claims); and a speech act with a modal inside another's content ("officials
        # worry that experts could disclose details"), which someone else imagines.
        ruled = [span for v in items if v.trigger != "tagged" for span in v.content]
        drop = [
            k for k, v in found.items()
            if (v.trigger == "tagged" and (v.nested or self.inside(v, ruled)))
            or (v.nested and self.is_hypothetical(v))
        ]  # fmt: skip
        if drop:
            for k in drop:
                del found[k]
            items = self.finish(found)
        return items

    def peak(self, item: _Found) -> float:
        """The classifier's highest probability over a cue's words (0 without a classifier)."""
        if not len(self.cue_probs):
            return 0.0
        return max(float(self.cue_probs[t.i]) for t in item.cue)

    def whole_word(self, span: Span) -> Span:
        """A classified cue that is only a prefix the tokenizer split off its word ("co" of
        "co-ordinate") takes the whole word. (Widening every span over hyphens costs PolNeAR
        dev source F1 0.002.)"""
        first = span[0]
        if len(span) == 1 and first.is_lower and len(first) <= 4:
            end = hyphen_end(self.doc, span.end)
            if end > span.end:
                return Span(self.doc, span.start, end)
        return span

    def is_weak(self, item: _Found, content: CharSpan) -> bool:
        """Whether a cue only the classifier found has a bare noun phrase for content, with no
        preposition in the cue ("Labour helped the hard working majority", "reached its
        conclusions"; not "hit out at critics", not a verb of the lexicons such as "questioned
        the timing", not a clause or a quote). PolNeAR marks many such stance readings, so they
        are scored, but on other news most are not claims: the pages leave them out
        (``weak``)."""
        if any(t.pos_ == "ADP" for t in item.cue) or not self.verbless(content):
            return False
        span = self.doc.char_span(*content, alignment_mode="expand")
        verb = span.root.head  # "questioned the timing": a lexicon verb with its object
        lemma = self.lemma(verb)
        known = lemma in self.lex.verb_class or lemma in self.lex.learned_verbs
        return not (span.root.dep_ == "dobj" and verb in item.cue and known)

    def is_bare_passive(self, item: _Found, content: CharSpan, cue_start: int) -> bool:
        """Whether a passive cue's content is only its subject, a noun phrase before it ("Doug
        Smith's departure was announced by Alan Johnson", "The proposals were opposed by the
        party"): an act done to a thing, not a claim a reader can quote. Such attributions are
        scored like any other, but the pages leave them out (``weak``); "is seen as
        a symbol", whose content goes on after the cue, is not one."""
        if item.anchor < 0 or content[1] > cue_start:
            return False
        verb = self.doc[item.anchor]
        if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return False
        return self.verbless(content)

    def verbless(self, content: CharSpan, cue: CharSpan = (0, 0)) -> bool:
        """Whether a content is a phrase without a verb (the cue's own words aside, for a
        content around its cue) and outside any quote."""
        if self.quotes.overlapping(*content):
            return False
        span = self.doc.char_span(*content, alignment_mode="expand")
        return span is not None and not any(
            t.pos_ in ("VERB", "AUX") and not cue[0] <= t.idx < cue[1] for t in span
        )

    def inside(self, item: _Found, contents: list[CharSpan]) -> bool:
        """Whether the cue's anchor token lies inside one of the content spans or inside a
        direct quote of several words."""
        anchor = self.doc[item.anchor if item.anchor >= 0 else item.cue[0].i]
        if self.inside_long_quote(anchor):  # a quoted speaker's words, not a new claim
            return True
        return _within(anchor, contents)

    def is_hypothetical(self, item: _Found) -> bool:
        """Whether the cue's verb has a modal auxiliary ("could disclose", "may say")."""
        if item.anchor < 0:
            return False
        verb = self.doc[item.anchor]
        if verb.pos_ not in ("VERB", "AUX"):  # "could disclose details": the object's verb
            verb = verb.head
        return any(c.dep_ == "aux" and c.lower_ in self.lex.modals for c in verb.children)

    def finish(self, found: dict[int, _Found]) -> list[_Found]:
        """The found cues in text order, quotes continued and nested ones flagged."""
        items = sorted(found.values(), key=lambda f: f.cue[0].i)
        self.continue_quotes(items)
        self.mark_nested(items)
        return items

    def marks(self, items: list[_Found]) -> Marks:
        """What the rules found (cue, source and content of the cues not nested in another's
        content) and the direct quotes, one flag per token: the classifier's input."""
        doc = self.doc
        cue = [False] * len(doc)
        kind = [""] * len(doc)
        sources: list[CharSpan] = []
        contents: list[CharSpan] = []
        for item in items:
            if item.nested:
                continue
            for t in item.cue:
                cue[t.i] = True
                kind[t.i] = f"{item.trigger.split(':')[0] or 'hand'}:{item.cls}"
            if item.source is not None:
                span = item.source_span or _source_span(item.source)
                if span is not None:
                    sources.append(span)
            contents.extend(item.content)
        return Marks(
            cue, token_marks(doc, sources), token_marks(doc, contents),
            token_marks(doc, self.quotes.spans), kind,
        )  # fmt: skip

    def merge_tagged(self, found: dict[int, _Found]) -> None:
        """Join the classifier's cue spans to the rules' cues: a rule cue takes the span(s) it
        meets as its cue ("said Tuesday", "took aim at"); a span no rule found becomes a cue of
        its own, with source and content read from the parse as for the rules' cues; a rule
        cue no span meets is dropped (``DROP_UNCONFIRMED``) unless it is nested in another's
        content ("told Reuters that officials believe ...")."""
        owner = [-1] * len(self.doc)
        for key, item in found.items():
            for t in item.cue:
                owner[t.i] = key
        taken: dict[int, list[Token]] = {}
        for span in self.tagged:
            keys = sorted({owner[i] for i in range(span.start, span.end) if owner[i] >= 0})
            if keys:
                first = keys[0]
                mine = [t for t in span if owner[t.i] in (-1, first)]
                taken.setdefault(first, []).extend(mine)
                for other in keys[1:]:
                    taken.setdefault(other, []).extend(t for t in span if owner[t.i] == other)
                continue
            self.cue_token = span.root
            item = self.tagged_cue(span)
            if item is None or not item.content:
                continue
            item.cue = list(span)
            item.trigger = "tagged"
            item.confirmed = True
            found[span.start] = item
            taken[span.start] = list(span)
        for key, item in list(found.items()):
            toks = taken.get(key)
            if toks:
                item.confirmed = True
                own = {t.i for t in item.cue}  # "reportedly" is not widened into its clause
                toks = [t for t in toks if t.i in own or not _within(t, item.content)]
                if KEEP_PHRASES and item.trigger == "" and len(item.cue) > 1:
                    toks = [*toks, *item.cue]  # a listed phrase ("is seen as") stays whole
                item.cue = sorted({t.i: t for t in toks}.values(), key=lambda t: t.i)
            elif DROP_UNCONFIRMED and not item.nested and not item.trigger.startswith("form:"):
                # kept: a nested cue (PolNeAR, which the classifier learned from, marks few
                # cues inside another's content, so its "no" there is weak evidence) and a
                # signed quote or speaker label (the layout is the evidence)
                del found[key]

    def tagged_cue(self, span: Span) -> _Found | None:
        """Source and content for a cue span the classifier found and the rules did not."""
        root = span.root
        toks = list(span)
        if all(t.pos_ in _FUNCTION_POS for t in toks) and not any(
            t.lower_ in self.lex.adverb_cues for t in toks
        ):
            return None  # a tagged "also", "about" or "has" alone attributes nothing
        item: _Found | None = None
        for tok in toks:  # "took aim at": a stance object inside the span
            if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr") and tok.head in toks:
                item = self.obj_cue(tok, "assertion")
                if item is not None:
                    item.anchor = tok.i
                    return item
        for tok in toks:  # "is critical of": a copula adjective
            if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
                item = self.adj_cue(tok, "belief")
                if item is not None:
                    item.anchor = tok.i
                    return item
        if root.pos_ in ("VERB", "AUX"):
            item = self.verb_cue(root, self.lemma(root), cls="assertion")
        elif root.pos_ in ("NOUN", "PROPN"):
            item = self.noun_cue(root, "assertion")
            if item is None:
                item = self.noun_prep_cue(root, "assertion", need_poss=False)
        elif root.pos_ == "ADV" and root.dep_ == "advmod" and root.lower_ in self.lex.adverb_cues:
            item = self.adverb_cue(root, self.lex.adverb_cues[root.lower_])
        elif root.pos_ == "ADP" and len(toks) > 1:
            objs = _children(toks[-1], "pobj")
            if objs:
                item = self.prep_cue(root, toks[-1], "report")
        if (item is None or not item.content) and TAGGED_FALLBACK:
            item = self.clause_cue(span)
        if item is not None:
            item.anchor = root.i
        return item

    def clause_cue(self, span: Span) -> _Found | None:
        """A classified cue whose content the cue finders do not give: the subject is the source,
        the rest of the cue's clause (or an adjacent quote) the content. A noun that is the
        clause's subject gets none ("plans were announced": the predicate is no claim)."""
        root = span.root
        if root.pos_ in ("NOUN", "PROPN") and root.dep_ in ("nsubj", "nsubjpass"):
            return None
        verb = root
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and verb.head.i != verb.i:
            verb = verb.head
        source = self.subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        skip = set(range(span.start, span.end))
        if source is not None:
            skip.update(_subtree_ids(source))
        for c in verb.children:  # "a symposium that analysts see as a signal": not "that"
            if c.tag_ in ("WDT", "WP", "WP$") or (c.lower_ == "that" and c.dep_ != "mark"):
                skip.add(c.i)
        ids = [i for i in _subtree_ids(verb) if i not in skip]
        after = [i for i in ids if i >= span.end]  # what the cue governs follows it ...
        ids = after if after or source is None else ids  # ... else the clause around it
        content = self.content_from(ids, verb) if ids else []
        if not content:
            quote = self.adjacent_quote(root, source)
            content = [quote] if quote is not None else []
        if not content:
            return None
        return _Found(list(span), "assertion", content, source=source, head=verb)

    def continue_quotes(self, items: list[_Found]) -> None:
        """Add to a quoted content the quotes that follow it in the same paragraph with no cue
        of their own (“A,” she said. “B.”)."""
        text = self.text
        used = {
            q for item in items for span in item.content for q in self.quotes.overlapping(*span)
        }
        for item in items:
            if not any(self.quotes.overlapping(*span) for span in item.content):
                continue
            end = max(item.content[-1][1], item.cue[-1].sent.end_char)
            q = self.quotes.after(end)
            while (
                q is not None and q not in used and not text[end : self.quotes.spans[q][0]].strip()
            ):
                if "\n" in text[end : self.quotes.spans[q][0]]:
                    break
                used.add(q)
                item.content.append(self.quotes.spans[q])
                end = self.quotes.spans[q][1]
                q = q + 1 if q + 1 < len(self.quotes.spans) else None

    def mark_nested(self, items: list[_Found]) -> None:
        """Flag cues inside another cue's content clause or source (linear: coverage counts)."""
        cover = [0] * (len(self.doc) + 1)
        ranges: list[list[tuple[int, int]]] = []
        for item in items:
            own: list[tuple[int, int]] = []
            if item.clausal and item.head is not None:
                own.append((item.head.left_edge.i, item.head.right_edge.i))
            if item.source is not None:
                own.append((item.source.left_edge.i, item.source.right_edge.i))
            for lo, hi in own:
                cover[lo] += 1
                cover[hi + 1] -= 1
            ranges.append(own)
        total = 0
        for i in range(len(cover)):
            total += cover[i]
            cover[i] = total
        for item, own in zip(items, ranges, strict=True):
            mine = sum(1 for lo, hi in own if lo <= item.anchor <= hi)
            item.nested = cover[item.anchor] - mine > 0

    def cue_at(self, tok: Token) -> _Found | None:
        """The attribution whose cue starts at ``tok``, if ``tok`` is a cue."""
        low = tok.lower_
        if low in self.lex.adverb_cues and tok.dep_ == "advmod":
            return self.adverb_cue(tok, self.lex.adverb_cues[low])
        lemma = self.lemma(tok)
        if low in self.lex.prep_cues and tok.i + 1 < len(self.doc):
            nxt, cls = self.lex.prep_cues[low]
            if self.doc[tok.i + 1].lower_ == nxt:
                return self.prep_cue(tok, self.doc[tok.i + 1], cls)
        if tok.pos_ == "VERB":
            if lemma in self.lex.raising_verbs and tok.dep_ != "amod":
                return self.raising_cue(tok, self.lex.raising_verbs[lemma])
            if lemma in self.lex.verb_class or lemma in self.lex.passive_cues:
                return self.verb_cue(tok, lemma)
            if lemma in self.lex.learned_verbs:
                found = self.verb_cue(tok, lemma)
                if found is not None:
                    found.trigger = "verb:" + lemma
                return found
        if tok.text == ":" and tok.i > 0:
            return self.colon_cue(tok)
        if tok.text in _SIGNATURE_DASHES and tok.i > 0:
            return self.signature_cue(tok)
        if tok.pos_ == "NOUN" and lemma in self.lex.learned_objs and tok.dep_ in ("dobj", "attr"):
            found = self.obj_cue(tok, self.lex.learned_objs[lemma])
            if found is not None:
                found.trigger = "obj:" + lemma
                return found
        if tok.pos_ == "NOUN" and lemma in self.lex.noun_class:
            return self.noun_cue(tok, self.lex.noun_class[lemma])
        if tok.pos_ == "NOUN" and lemma in self.lex.learned_nouns:
            found = self.noun_prep_cue(tok, self.lex.learned_nouns[lemma], need_poss=False)
            if found is not None:
                found.trigger = "noun:" + lemma
            return found
        if tok.pos_ == "ADJ" and lemma in self.lex.learned_adjs:
            found = self.adj_cue(tok, self.lex.learned_adjs[lemma])
            if found is not None:
                found.trigger = "adj:" + lemma
            return found
        return None

    def obj_cue(self, tok: Token, cls: str) -> _Found | None:
        """A verb with a stance noun as object and a preposition or clause for the content:
        "cast doubt on X", "took aim at X", "made the case that X", "is a critic of X". The
        cue runs from the verb (with its auxiliaries) to the preposition."""
        verb = tok.head
        doc = self.doc
        if verb.pos_ not in ("VERB", "AUX") or verb.i > tok.i or tok.i - verb.i > 5:
            return None
        if any(i < tok.left_edge.i and doc[i].dep_ != "prt" for i in range(verb.i + 1, tok.i)):
            return None
        if self.inside_long_quote(tok):
            return None
        end, target = tok, None
        nxt = tok.i + 1
        if nxt < len(doc) and doc[nxt].dep_ == "prep" and doc[nxt].head.i in (tok.i, verb.i):
            objs = _children(doc[nxt], "pobj", "pcomp")
            if objs:
                end, target = doc[nxt], objs[0]
        if target is None:
            for c in [*tok.children, *verb.children]:
                if c.i > tok.i and c.dep_ in ("ccomp", "acl", "xcomp"):
                    target = c
                    break
        if target is None:
            return None
        skip = set(range(verb.i, end.i + 1))
        content = self.content_from([i for i in _subtree_ids(target) if i not in skip], target)
        if not content:
            return None
        start = self.extend_cue(verb, [verb])[0].i
        cue = list(doc[start : end.i + 1])
        found = _Found(cue, cls, content, source=self.subject_of(verb), head=target)
        found.clausal = target.dep_ == "ccomp"
        return found

    def adj_cue(self, tok: Token, cls: str) -> _Found | None:
        """A stance adjective after a copula: "is critical of X", "was eager to X", "is sure
        that X". The subject is the source; the cue runs from the copula (with its auxiliaries
        and negation) to the adjective and the preposition that introduces the content."""
        head = tok.head
        if tok.dep_ != "acomp" or head.i > tok.i or tok.i - head.i > 4:
            return None
        if head.lemma_.lower() not in _COPULAS:
            return None
        if any(self.doc[i].dep_ not in ("neg", "advmod") for i in range(head.i + 1, tok.i)):
            return None
        content: list[CharSpan] = []
        cue_end = tok
        target: Token | None = None
        for prep in _children(tok, "prep"):
            objs = _children(prep, "pobj", "pcomp")
            if objs and prep.i == tok.i + 1:
                cue_end, target = prep, objs[0]
                break
        if target is None:
            comps = _children(tok, "xcomp", "ccomp") or _children(head, "ccomp")
            if comps and comps[0].i > tok.i:
                target = comps[0]
                aux = [c for c in target.children if c.dep_ == "aux" and c.lower_ == "to"]
                if aux and aux[0].i == tok.i + 1:
                    cue_end = aux[0]  # "eager to": PolNeAR keeps the "to" in the cue
        if target is None or self.inside_long_quote(tok):
            return None
        skip = {cue_end.i} if cue_end.i != tok.i else set()
        content = self.content_from(
            [i for i in _subtree_ids(target) if i not in skip], target
        )
        if not content:
            return None
        start = self.extend_cue(head, [head])[0].i
        cue = list(self.doc[start : cue_end.i + 1])
        source = self.subject_of(head)
        return _Found(cue, cls, content, source=source, head=target)

    def adverb_cue(self, tok: Token, cls: str) -> _Found | None:
        """ "reportedly", "allegedly": the modified clause, with no source."""
        head = tok.head
        ids = [i for i in _subtree_ids(head) if i != tok.i]
        content = self.content_from(ids, head)
        return _Found([tok], cls, content, hedges=(tok.lower_,), head=head)

    def prep_cue(self, tok: Token, to: Token, cls: str) -> _Found | None:
        """ "according to X": X is the source, the rest of the clause the content."""
        objs = _children(to, "pobj")
        if not objs:
            return None
        source = objs[0]
        head = tok.head
        if head.pos_ not in ("VERB", "AUX"):
            head = tok.sent.root
        skip = set(_subtree_ids(tok))
        ids = [i for i in _subtree_ids(head) if i not in skip]
        if head.i in skip:
            ids = [i for i in range(tok.sent.start, tok.sent.end) if i not in skip]
        content = self.content_from(ids, head)
        return _Found([tok, to], cls, content, source=source, head=head, clausal=True)

    def raising_cue(self, tok: Token, cls: str) -> _Found | None:
        """ "X appears to Y": subject and complement are the content, no source."""
        comps = _children(tok, "xcomp", "ccomp", "acomp", "attr")
        if not comps:
            return None
        ids: list[int] = []
        for subj in _children(tok, *_SUBJECTS):
            if subj.lower_ not in ("it", "there"):
                ids.extend(_subtree_ids(subj))
        for comp in comps:
            ids.extend(_subtree_ids(comp))
        return _Found([tok], cls, self.content_from(ids, comps[0]), head=comps[0])

    def verb_cue(self, tok: Token, lemma: str, cls: str | None = None) -> _Found | None:
        """A reporting verb: subject as source, clause, object or quote as content (``cls``:
        the class of a verb the lexicon lacks, found by the cue classifier)."""
        lex = self.lex
        if tok.dep_ in ("amod", "compound") or self.inside_long_quote(tok):
            return None
        passive = any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in tok.children)
        if passive:
            return self.passive_cue(tok, lemma, cls)
        cls = lex.verb_class.get(lemma) or lex.learned_verbs.get(lemma) or cls
        if cls is None:
            return None
        cue = [tok] + [c for c in tok.children if c.dep_ == "prt" and c.lower_ in lex.particles]
        source = self.subject_of(tok)
        via = None
        content: list[CharSpan] = []
        head: Token | None = None
        clauses = [c for c in _children(tok, "ccomp") if not _tail_speaker(c)]
        xcomps = _children(tok, "xcomp")
        objects = [o for o in _children(tok, "dobj", "dative") if not o.is_punct]
        if clauses:
            head = clauses[0]
            ids = [i for c in clauses for i in _subtree_ids(c)]
            content = self.content_from(ids, head)
            via = self.outlet_among(objects + self.prep_objects(tok, ("to", "with")))
        elif xcomps:
            head = xcomps[0]
            ids = list(_subtree_ids(head))
            between = self.doc[objects[0].right_edge.i + 1 : head.i] if objects else []
            if any(t.text == ":" or t.is_quote for t in between):
                # 'told BBC Radio 4's Today programme: "Taken together, …"': a quote the
                # parser hung on the verb; the object is whom it was told to
                via = self.outlet_among(objects)
            elif objects and objects[0].i < head.i:  # "urged the commissioner to look"
                ids = list(range(objects[0].left_edge.i, head.right_edge.i + 1))
            content = self.content_from(ids, head)
        elif (tok.dep_ == "parataxis" or _tail_speaker(tok)) and not objects and source is not None:
            head = tok.head
            content = self.content_from(self.around(head, tok), head)
        elif (
            tok.dep_ == "advcl"
            and source is not None
            and not objects
            and any(m.lower_ == "as" for m in _children(tok, "mark"))
        ):  # "..., as X noted"; not "as MPs grilled him over …"
            head = tok.head
            content = self.content_from(self.around(head, tok), head)
        if not content:
            quote = self.adjacent_quote(tok, source)
            if quote is not None:
                content = [quote]
                via = via or self.outlet_among(objects)
        if not content and objects and lemma not in lex.clause_only:
            obj = objects[0]
            addressee = lemma in lex.addressee_verbs and (
                obj.dep_ == "dative" or self.is_person_like(obj)
            )
            if not addressee:
                head = obj
                ids = list(_subtree_ids(obj))
                preps = lex.object_preps.get(lemma, frozenset())
                for prep in _children(tok, "prep"):  # "accused the party of buying votes"
                    if prep.i > obj.right_edge.i and prep.lower_ in preps:
                        ids.extend(range(obj.right_edge.i + 1, prep.right_edge.i + 1))
                        break
                content = self.content_from(ids, obj)
        if not content:
            allowed = lex.verb_preps.get(lemma, frozenset())
            for prep in _children(tok, "prep", "prt"):
                generic = lemma not in lex.clause_only and prep.lower_ in lex.content_preps
                if prep.lower_ in allowed or (generic and prep.i == tok.i + 1):
                    objs = _children(prep, "pobj", "pcomp")
                    if objs:
                        cue = [tok, prep] if prep.i == tok.i + 1 else cue
                        head = objs[0]
                        content = self.content_from(_subtree_ids(head), head)
                        break
        if not content:
            return None
        cue = self.cue_prep(tok, lemma, cue)
        cue = self.extend_cue(tok, cue)
        cue = self.governing_verbs(tok, cue)
        hedges = (f"{tok.lower_} to",) if lemma in lex.hedge_cue_lemmas and xcomps else ()
        if lemma in lex.hedge_cue_lemmas and not hedges:
            hedges = (tok.lower_,)
        found = _Found(cue, cls, content, source=source, via=via, hedges=hedges, head=head)
        found.clausal = bool(clauses) and head is not None and head.i == clauses[0].i
        return found

    def passive_cue(self, tok: Token, lemma: str, cls: str | None = None) -> _Found | None:
        """Passive reporting verbs: "is seen as", "is expected to", "was rejected (by X)"; for
        a verb of the mind, "X was not convinced (by Y / that …)", X holds the belief."""
        lex = self.lex
        agents = [o for a in _children(tok, "agent") for o in _children(a, "pobj")]
        subjects = [s for s in _children(tok, "nsubjpass") if s.lower_ not in ("it", "there")]
        if lemma in lex.experiencer_passives and subjects:
            about = agents or _children(tok, "ccomp")
            if not about:
                return None
            head = about[0]
            content = self.content_from(_subtree_ids(head), head)
            cue = self.extend_cue(tok, [tok])
            if agents:
                cue.append(agents[0].head)  # "convinced by"
            return _Found(cue, "belief", content, source=subjects[0], head=head)
        source = agents[0] if agents else None
        known = lemma in lex.passive_cues
        cls = lex.verb_class.get(lemma) or lex.learned_verbs.get(lemma) or cls or ""
        prep_name, cls = lex.passive_cues.get(lemma, (None, cls))
        if not cls:
            return None
        cue = self.extend_cue(tok, [tok])
        ids: list[int] = []
        head: Token | None = None
        clauses = _children(tok, "ccomp", "xcomp", "oprd")
        if prep_name is not None:
            for prep in _children(tok, "prep"):
                if prep.lower_ == prep_name and _children(prep, "pobj", "pcomp"):
                    if prep.i == tok.i + 1:
                        cue.append(prep)
                    head = _children(prep, "pobj", "pcomp")[0]
                    ids.extend(_subtree_ids(head))
                    break
        if not ids and clauses:
            head = clauses[0]
            ids.extend(i for c in clauses for i in _subtree_ids(c))
        if not ids and (known or lemma in lex.clause_only):
            return None
        if tok.dep_ == "acl" and source is not None and not ids:
            head = tok.head  # "the bill, opposed by Republicans"
            skip = set(_subtree_ids(tok))
            ids = [i for i in _subtree_ids(head) if i not in skip]
            return _Found(cue, cls, self.content_from(ids, head), source=source, head=head)
        for subj in subjects:
            ids.extend(_subtree_ids(subj))
            head = head or subj
        if not ids:
            return None
        content = self.content_from(ids, head or tok)
        hedges: tuple[str, ...] = ()
        if lemma in lex.hedge_cue_lemmas or (known and source is None):
            words = " ".join(t.lower_ for t in cue if t.dep_ != "advmod")
            hedges = (words + (" to" if _children(tok, "xcomp") else ""),)
        return _Found(cue, cls, content, source=source, hedges=hedges, head=head)

    def noun_cue(self, tok: Token, cls: str) -> _Found | None:
        """A claim noun with a "that"-clause: "Beijing's fear that ...", "the claim that ..."."""
        clauses = [
            c
            for c in _children(tok, "acl", "ccomp", "relcl")
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ]
        if not clauses:
            return self.noun_prep_cue(tok, cls)
        head = clauses[0]
        source = None
        poss = _children(tok, "poss")
        if poss:
            source = poss[0]
        else:
            agents = self.prep_objects(tok, ("by", "from", "of"))
            source = agents[0] if agents else None
        prep = tok.head
        if source is None and tok.dep_ == "pobj" and prep.dep_ == "prep" and (
                prep.head.pos_ == "VERB"):
            # "The Ministry said in a statement that …": the parse hung the clause on the
            # statement; the one who said it is the verb's subject
            source = self.subject_of(prep.head)
        content = self.content_from(_subtree_ids(head), head)
        return _Found([tok], cls, content, source=source, head=head)

    def colon_cue(self, tok: Token) -> _Found | None:
        """A headline-style "Name: what they say", with no verb before the colon, or a
        transcript's speaker label ("WALLACE: Let's start ...")."""
        sent = tok.sent
        start = sent.start
        while start < tok.i and (self.doc[start].is_space or self.doc[start].is_quote):
            start += 1  # a transcript quoted whole: '"PENCE: Well, look, ...'
        before = self.doc[start : tok.i]
        after = self.doc[tok.i + 1 : sent.end]
        if not 0 < len(before) <= 8 or len([t for t in after if t.is_alpha]) < 3:
            return None
        if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in before):
            return None
        label = len(before) == 1 and before[0].is_upper and len(before[0]) > 1
        if not label and not any(t.ent_type_ in ("PERSON", "ORG") for t in before):
            return None
        source = before.root
        content = _runs(self.doc, range(tok.i + 1, sent.end))
        found = _Found([tok], "assertion", content, source=source, head=after.root)
        found.source_span = (before.start_char, before.end_char)
        if label:
            found.trigger = "form:label"
        return found

    def signature_cue(self, tok: Token) -> _Found | None:
        """A quote signed with a dash after its closing mark: '"…" ― Sonya Herridge'."""
        doc = self.doc
        prev = tok.i - 1
        while prev > 0 and doc[prev].is_space:
            prev -= 1
        quote = self.quotes.before(tok.idx)
        if quote is None or self.quotes.spans[quote][1] != doc[prev].idx + len(doc[prev]):
            return None
        end = tok.i + 1
        while end < len(doc) and "\n" not in doc[end].text and end - tok.i <= 6:
            end += 1
        name = [t for t in doc[tok.i + 1 : end] if not t.is_space and not t.is_punct]
        if not name or len(name) > 5 or not all(t.pos_ == "PROPN" for t in name):
            return None
        if end < len(doc) and "\n" not in doc[end].text and not doc[end].is_punct:
            return None  # the dash goes on with a sentence: an aside, not a signature
        q_start, q_end = self.quotes.spans[quote]
        found = _Found([tok], "assertion", [(q_start, q_end)], source=name[-1], head=name[-1])
        found.trigger = "form:signature"
        found.source_span = (name[0].idx, name[-1].idx + len(name[-1]))
        return found

    def noun_prep_cue(self, tok: Token, cls: str, need_poss: bool = True) -> _Found | None:
        """A claim noun with an object: "Kerry's announcement of the plan" (a possessor is
        needed unless the noun is a learned cue: "criticism of the plan")."""
        poss = _children(tok, "poss")
        if not poss and need_poss:
            return None
        if not need_poss and self.inside_long_quote(tok):
            return None
        for prep in _children(tok, "prep"):
            objs = _children(prep, "pobj", "pcomp")
            if prep.lower_ in self.lex.content_preps and objs and prep.i == tok.i + 1:
                case = []
                if poss:
                    case = [c for c in poss[0].children if c.dep_ == "case" and c.i == tok.i - 1]
                content = self.content_from(_subtree_ids(objs[0]), objs[0])
                source = poss[0] if poss else None
                return _Found([*case, tok, prep], cls, content, source=source, head=objs[0])
        return None

    # parts ------------------------------------------------------------------------------

    def subject_of(self, tok: Token) -> Token | None:
        """The subject of ``tok``, inherited from the governing verb for conj/xcomp/advcl (not
        for a bare past participle: "Asked why …, Lord Butler said") and "by saying" (a pcomp
        of a preposition on a verb); else a name that ends right before
        the verb, which the parse attached elsewhere ("On top of the deal with Tanzania Mr
        Brown said ...")."""
        cur = tok
        for _ in range(4):
            subj = _children(cur, "nsubj", "csubj")
            if len(subj) > 1 and _inverted_aside(cur):
                return max(subj, key=lambda t: t.i)  # "The plan, said the minister, is late"
            if len(subj) > 1:  # a misparse gave two: a word outside any quote, the nearest
                words = [t for t in subj if not t.is_punct] or subj
                outside = [t for t in words if self.quotes.containing(t.idx, t.idx + 1) is None]
                subj = sorted(outside or words, key=lambda t: abs(cur.i - t.i))
            if subj:
                return subj[0]
            if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN"):
                return cur.head  # "a statement saying ..."
            if cur.dep_ == "advcl" and cur.tag_ == "VBN" and not _children(cur, "aux", "auxpass"):
                break  # "Asked why …, Lord Butler said": Butler was asked, he did not ask
            if cur.dep_ in ("conj", "xcomp", "advcl") and cur.head.i != cur.i:
                cur = cur.head
                continue
            prep = cur.head
            if cur.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
                cur = prep.head  # "Chirac reacted by saying ..."
                continue
            break
        return self.name_before(tok)

    def name_before(self, tok: Token) -> Token | None:
        """The root of a person or organisation name that ends right before ``tok`` (its
        auxiliaries and adverbs skipped) and is no subject of another verb."""
        doc = self.doc
        i = tok.i - 1
        while i >= 0 and doc[i].head.i == tok.i and doc[i].dep_ in ("aux", "neg", "advmod"):
            i -= 1
        if i < 0 or self.ent_at[i] < 0 or tok.pos_ != "VERB" or tok.dep_ != "ROOT":
            return None
        ent = self.ents[self.ent_at[i]]
        if ent.end != i + 1 or ent.label_ not in ("PERSON", "ORG") or ent.root.dep_ in _SUBJECTS:
            return None
        return ent.root

    def prep_objects(self, tok: Token, preps: Sequence[str]) -> list[Token]:
        """Objects of the given prepositions under ``tok`` ("told to X", "a report by X")."""
        return [
            o
            for p in _children(tok, "prep", "agent")
            if p.lower_ in preps
            for o in _children(p, "pobj")
        ]

    def outlet_among(self, toks: Iterable[Token]) -> Token | None:
        """The first of ``toks`` whose phrase names a news outlet."""
        for t in toks:
            if self.kind_of(t) == "outlet":
                return t
        return None

    def around(self, head: Token, cue: Token) -> list[int]:
        """The clause of ``head`` without the parenthetical cue ("X, he said, is Y")."""
        skip = set(_subtree_ids(cue))
        if _inverted_aside(cue):  # the parse hung the host's subject on the aside
            for subj in _children(cue, "nsubj"):
                if subj.i < cue.i:
                    skip.difference_update(_subtree_ids(subj))
        for c in head.children:
            if c.i > cue.i and c.dep_ in ("conj", "cc"):
                skip.update(_subtree_ids(c))
        return [i for i in _subtree_ids(head) if i not in skip]

    def content_from(self, ids: Iterable[int], head: Token | None) -> list[CharSpan]:
        """Content spans from token indices, widened to the whole of any quote they touch (not
        to a quote that holds the cue being read, when they start inside it) and to the whole
        of a hyphenated word the parse cut ("e-mails", not "mails")."""
        ids = set(ids)
        while len(ids) > 1 and self.doc[max(ids)].dep_ == "cc":
            ids.discard(max(ids))  # "refused to discuss his position and [have not said …]"
        for i in [i for i in ids if i - 1 not in ids]:
            ids.update(range(hyphen_start(self.doc, i), i))
        for i in [i for i in ids if i + 1 not in ids]:
            ids.update(range(i + 1, hyphen_end(self.doc, i + 1)))
        runs = _runs(self.doc, ids)
        if not runs:
            return []
        widened = list(runs)
        cue = self.cue_token
        for start, end in runs:
            for q in self.quotes.overlapping(start, end):
                q_start, q_end = self.quotes.spans[q]
                if cue is not None and q_start < cue.idx < q_end and q_start < start:
                    continue  # a cue inside the quote: "colleagues' concerns over ID cards"
                widened.append((q_start, q_end))
        return _merge(self.text, widened)

    def inside_long_quote(self, tok: Token) -> bool:
        """Whether ``tok`` sits inside a direct quote of several words (nested speech)."""
        q = self.quotes.containing(tok.idx, tok.idx + len(tok))
        return q is not None and self.quotes.words[q] >= 3

    def adjacent_quote(self, tok: Token, source: Token | None) -> CharSpan | None:
        """A quote right before the cue clause ("“...,” he said") or right after ("said: “...”"),
        in the same paragraph."""
        text = self.text
        lo = tok.idx if source is None else min(tok.idx, source.left_edge.idx)
        q = self.quotes.before(lo)
        if q is not None:
            start, end = self.quotes.spans[q]
            gap = text[end:lo]
            # A quote that ends its own sentence before the cue's ('… arguments." Mr Howard
            # described …') is someone else's; a speaker after a quote follows a comma or a
            # question ('"…," he said', '"…?" she asked').
            closed = text[start:end].rstrip("\"'”’ ").endswith(".")
            if (
                not gap.strip(" ,\n")
                and "\n\n" not in gap
                and self.quotes.words[q] >= 2
                and not (closed and start < tok.sent.start_char)
            ):
                return (start, end)
        hi = tok.idx + len(tok)
        if source is not None and source.i > tok.i:
            hi = source.right_edge.idx + len(source.right_edge)
        q = self.quotes.after(hi)
        if q is not None:
            start, end = self.quotes.spans[q]
            gap = text[hi:start]
            if (
                len(gap) <= 80
                and not any(c in gap for c in ".?!\n")
                and gap.rstrip()[-1:] in ("", ",", ":")
                and self.quotes.words[q] >= 2
            ):
                return (start, end)
        return None

    def extend_cue(self, tok: Token, cue: list[Token]) -> list[Token]:
        """Add auxiliaries, negation and manner adverbs before the verb, "in a statement" after."""
        left = tok.i - 1
        while left >= 0:
            t = self.doc[left]
            if t.head.i != tok.i or not (
                t.dep_ in ("aux", "auxpass", "neg")
                or (t.dep_ == "advmod" and t.lower_ not in self.lex.cue_adverb_stop)
            ):
                break
            cue = [t, *cue]
            left -= 1
        nxt = max(t.i for t in cue) + 1
        if nxt < len(self.doc) and self.doc[nxt].text == ":":
            return [*cue, self.doc[nxt]]  # "said:" before a quote
        nxt = tok.i + 1
        if nxt < len(self.doc) and self.doc[nxt].lower_ == "in" and self.doc[nxt].head.i == tok.i:
            objs = _children(self.doc[nxt], "pobj")
            if objs and objs[0].lemma_.lower() in self.lex.cue_extension_nouns:
                end = objs[0].i
                have = {t.i for t in cue}
                return cue + [self.doc[i] for i in range(nxt, end + 1) if i not in have]
        return cue

    def cue_prep(self, tok: Token, lemma: str, cue: list[Token]) -> list[Token]:
        """Add the preposition right after the verb (or its particle) when PolNeAR usually
        counts it in the cue for this verb ("responded to", "referring to": learned pairs)."""
        nxt = max(t.i for t in cue) + 1
        if nxt >= len(self.doc):
            return cue
        prep = self.doc[nxt]
        if prep.head.i != tok.i or prep.dep_ not in ("prep", "prt", "agent"):
            return cue
        if (lemma, prep.lower_) in self.lex.cue_preps and prep not in cue:
            return [*cue, prep]
        return cue

    def governing_verbs(self, tok: Token, cue: list[Token]) -> list[Token]:
        """Add a governing verb the cue is the infinitive of ("has begun to rebut")."""
        head = tok.head
        if tok.dep_ != "xcomp" or head.i >= tok.i or head.pos_ not in ("VERB", "AUX"):
            return cue
        if self.lemma(head) in self.lex.verb_class:
            return cue
        if tok.i - head.i > 4:
            return cue
        between = range(head.i + 1, cue[0].i)
        if any(self.doc[i].dep_ not in ("aux", "advmod", "neg", "dobj") for i in between):
            return cue
        start = self.extend_cue(head, [head])[0].i
        have = {t.i for t in cue}
        return [self.doc[i] for i in range(start, cue[0].i) if i not in have] + cue

    def is_person_like(self, tok: Token) -> bool:
        """Whether a token looks like a person or group addressed (the object of "told")."""
        if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return True
        return tok.lemma_.lower() in self.lex.anonymous_heads or tok.lower_ in (
            "reporters",
            "journalists",
            "supporters",
            "crowd",
            "audience",
        )

    # source kinds and resolution ---------------------------------------------------------

    def kind_of(self, tok: Token) -> str:
        """Kind of the phrase headed by ``tok``: person, organization, outlet, document, ..."""
        lex = self.lex
        low = tok.lower_
        if (tok.pos_ == "PRON" or low in lex.pronouns) and not (len(tok) > 2 and tok.is_upper):
            # not "WHO say …" (the World Health Organization)
            return "pronoun"
        # an outlet named in a clause on the head is not what the phrase is: "companies
        # contacted by the BBC News website" (but "a report by the Wall Street Journal" is)
        clauses = {i for c in _children(tok, "acl", "relcl") for i in _subtree_ids(c)}
        span = range(tok.left_edge.i, tok.right_edge.i + 1)
        found = {self.ent_at[i] for i in span if i not in clauses}
        if any(self.is_outlet_name(self.ents[k]) for k in found if k >= 0):
            return "outlet"
        name = " ".join(t.lower_ for t in self.compound_name(tok))
        if name in lex.outlet_names:
            return "outlet"
        lemma = tok.lemma_.lower()
        if lemma in lex.document_heads:
            return "document"
        if lemma in lex.outlet_nouns:
            return "outlet"
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.text in self.person_words):
            return "person"
        if tok.ent_type_ in ("ORG", "NORP", "GPE") or lemma in lex.organization_heads:
            return "organization"
        if lemma in lex.anonymous_heads:
            return "anonymous"
        # an unknown name is more often a firm or body than a person NER missed
        return "organization" if tok.pos_ == "PROPN" else "person"

    def is_outlet_name(self, ent: Span) -> bool:
        """Whether a named entity names a news outlet ("the Wall Street Journal", "Reuters")."""
        name = ent.text.lower().removeprefix("the ").removesuffix("'s").strip()
        if name in self.lex.outlet_names:
            return True
        words = name.split()
        return ent.label_ == "ORG" and bool(words) and words[-1] in self.lex.outlet_heads

    def compound_name(self, tok: Token) -> list[Token]:
        """The token with its compound modifiers ("Wall Street Journal")."""
        left = [c for c in tok.lefts if c.dep_ == "compound"]
        return [*left, tok]

    def resolve(self, tok: Token, kind: str) -> CharSpan | None:
        """The span of the named actor a pronoun or description stands for, when obvious."""
        low = tok.lower_
        if low in ("who", "that", "which", "whom") and tok.head.dep_ == "relcl":
            noun = tok.head.head
            if self.name_at[noun.i] >= 0:
                ent = self.names[self.name_at[noun.i]]
                return (ent.start_char, ent.end_char)
            names = self.compound_name(noun)
            return (names[0].idx, noun.idx + len(noun))
        ahead = fronted_clause_subject(tok) if kind == "pronoun" else None
        if ahead is not None and self.name_at[ahead.i] >= 0:  # "Asked why he …, Lord Butler"
            ent = self.names[self.name_at[ahead.i]]
            if ent.label_ in self.lex.pronouns.get(low, ()):
                return (ent.start_char, ent.end_char)
        if kind == "pronoun":
            labels = self.lex.pronouns.get(low, ())
            matrix = matrix_subject(tok)
            if matrix is not None:  # "companies … insist that they were not aware": the
                # pronoun is the one who insists, a name or no one we can name
                k = self.name_at[matrix.i]
                ent = self.names[k] if k >= 0 else None
                if ent is not None and ent.label_ in labels:
                    return (ent.start_char, ent.end_char)
                return None
            if low in ("he", "she", "they", "it"):
                return self.subject_antecedent(tok, labels)
        elif (
            kind == "organization"
            and tok.ent_type_ == ""
            and tok.tag_ == "NN"
            and tok.lower_ in self.lex.description_heads
            and [c.lower_ for c in tok.lefts] in (["the"], ["this"])
        ):  # "the company said"; not "companies … insist", not "the Indian government",
            # not "the police" or "the government" (rarely the organisation named last)
            labels = ("FIRM",)
        elif kind == "outlet" and (tok.ent_type_ == "" or tok.lower_ in self.lex.outlet_heads):
            labels = ("OUTLET",)
        else:
            return None
        best = self.nearest_name(tok, labels)
        # "the Journal" is the Wall Street Journal named before; "The Guardian" is not the GB
        # News named before it
        capital = kind == "outlet" and tok.text[:1].isupper()
        if best is not None and capital and tok.lower_ not in {t.lower_ for t in best}:
            return None
        return (best.start_char, best.end_char) if best is not None else None

    def nearest_name(
        self, tok: Token, labels: Sequence[str], unquoted: bool = False
    ) -> Span | None:
        """The last name with one of ``labels`` that ends before ``tok`` (``unquoted``: not
        one inside a direct quote: '"… Blair's cool Britannia," he said' is not Blair)."""
        best: Span | None = None
        for label in labels:
            ends, spans = self.by_label.get(label, ([], []))
            k = bisect.bisect_right(ends, tok.idx) - 1
            while unquoted and k >= 0 and self.quotes.containing(
                spans[k].start_char, spans[k].end_char
            ) is not None:
                k -= 1
            if k >= 0 and (best is None or spans[k].end_char > best.end_char):
                best = spans[k]
        return best

    def subject_antecedent(self, tok: Token, labels: Sequence[str]) -> CharSpan | None:
        """What a subject pronoun stands for: the latest subject before it, in its sentence or
        the three before, that can be what the pronoun is (a name with one of ``labels``, or
        for "they" any plural name or noun); no one when that subject is a plural noun that
        is no name ("officials went to the station, where they claimed …"). With no such
        subject, the nearest name with one of the labels before it, as before. Subjects inside
        a quote do not count for a pronoun outside it."""
        plural = tok.lower_ == "they"
        sent = tok.sent
        first = sent.start
        for _ in range(3):
            if first == 0:
                break
            first = self.doc[first - 1].sent.start
        outside = self.quotes.containing(tok.idx, tok.idx + len(tok)) is None
        for main in (True, False):  # a main clause's subject first ("X said he was amazed
            # Mr Smith was still in his job. '…,' he said": X)
            for i in range(tok.i - 1, first - 1, -1):
                cand = self.doc[i]
                if cand.dep_ not in ("nsubj", "nsubjpass") or cand.pos_ == "PRON":
                    continue
                if main and not (cand.head.dep_ == "ROOT" or (
                        cand.head.dep_ == "conj" and cand.head.head.dep_ == "ROOT")):
                    continue
                if outside and self.quotes.containing(cand.idx, cand.idx + len(cand)) is not None:
                    continue  # '"When Mr Smith came …," he said': not Mr Smith
                k = self.name_at[i]
                many = cand.tag_ in ("NNS", "NNPS")
                if k >= 0:
                    ent = self.names[k]
                    if ent.label_ in labels or (plural and many):
                        return (ent.start_char, ent.end_char)
                elif plural and many:
                    return None  # "officials": no name to give
        best = self.nearest_name(tok, labels, unquoted=outside)
        return (best.start_char, best.end_char) if best is not None else None

    # output -----------------------------------------------------------------------------

    def hedges_of(self, item: _Found) -> tuple[str, ...]:
        """The hedge words of an attribution: its cue's own hedge and modals in the content."""
        found = list(item.hedges)
        head = item.head
        # "She said the plant would close": after a past-tense cue, "would" is the reported
        # "will" (tense backshift), not a hedge
        past = item.anchor >= 0 and self.doc[item.anchor].tag_ in ("VBD", "VBN")
        if head is not None:
            heads = [head] + [c for c in head.children if c.dep_ == "conj"]
            for h in heads:
                for c in h.children:
                    modal = c.dep_ == "aux" and c.lower_ in self.lex.modals
                    modal = modal and not (past and c.lower_ == "would")
                    if modal or (c.dep_ == "advmod" and c.lower_ in self.lex.hedge_adverbs):
                        found.append(c.lower_)
        for c in item.cue[0].children:
            if c.dep_ == "advmod" and c.lower_ in self.lex.hedge_adverbs:
                found.append(c.lower_)
        # a reporting adverb the cue took in: "are reportedly asked"
        found.extend(t.lower_ for t in item.cue if t.lower_ in self.lex.adverb_cues)
        return tuple(dict.fromkeys(found))

    def tidy_cue(self, cue: list[Token]) -> list[Token]:
        """A cue does not end in a modifier whose word is outside it ("warned last" of
        "warned last week"): the word joins the cue when it is a date or time ("said last
        week"), else the modifier is dropped."""
        cue = list(cue)
        while len(cue) > 1:
            last = cue[-1]
            head = last.head
            if last.dep_ not in ("amod", "det", "compound", "nummod", "poss") or head.i <= last.i:
                break
            if head.i == last.i + 1 and head.ent_type_ in ("DATE", "TIME"):
                cue.append(head)
                break
            cue.pop()
        return cue

    def build(self, item: _Found) -> ClaimMention:
        """Turn a found cue into an ``ClaimMention``."""
        item.cue = self.tidy_cue(item.cue)
        cue_start = item.cue[0].idx
        cue_end = max(t.idx + len(t) for t in item.cue)
        content = (item.content[0][0], item.content[-1][1])
        if len(item.content) == 1 and cue_start <= content[0] < cue_end < content[1]:
            # the content does not start inside its cue ("co-ordinate": "ordinate any ...")
            start = cue_end + len(self.text[cue_end : content[1]]) - len(
                self.text[cue_end : content[1]].lstrip()
            )
            item.content = [(start, content[1])]
            content = item.content[0]
        source_span = source_text = source_kind = resolved = None
        if item.source is not None and not _expletive(item.source):
            source_span = item.source_span or _source_span(item.source)
            if source_span is not None:
                source_text = self.text[source_span[0] : source_span[1]]
                source_kind = self.kind_of(item.source)
                resolved = self.resolve(item.source, source_kind)
        via_span = _span_of(item.via) if item.via is not None else None
        hedges = self.hedges_of(item)
        extra: dict[str, Any] = {}
        if source_span is not None and item.source is not None:
            extra["speaker_parts"] = _speaker_parts(item.source, self.lex.description_heads)
        cue_parts = _runs(self.doc, (t.i for t in item.cue))
        if len(cue_parts) > 1:  # "adopted ... and joked": the cue's own words only
            extra["cue_parts"] = tuple(cue_parts)
        if len(item.content) > 1:
            extra["content_parts"] = tuple(item.content)
        if item.nested:
            extra["nested"] = True
            if item.confirmed:
                extra["confirmed"] = True
        if self.quotes.overlapping(*content):
            extra["direct"] = any(
                self.quotes.spans[q][0] <= content[0] and content[1] <= self.quotes.spans[q][1]
                for q in self.quotes.overlapping(*content)
            )
        if (
            (item.trigger == "tagged" and self.is_weak(item, content))
            or self.is_bare_passive(item, content, cue_start)
            # no one named, nothing said but a noun phrase: "praised his own side's behaviour",
            # "to sue the comedian" (a hedge such as "is seen as" keeps it a claim)
            or (source_span is None and not hedges and self.verbless(content, (cue_start, cue_end)))
            # a bare infinitive inside another's content: "to address the concerns", "to
            # claim asylum", "their willingness to back the conflict"
            or (item.nested and not item.confirmed and item.cue[0].tag_ == "TO")
            # a cue only the classifier found, and not surely: "The music resumed", "The PSP
            # also supports" (below this, 40% of their cue tokens are PolNeAR's on held-out)
            or (item.trigger == "tagged" and self.peak(item) < SURE_TAGGED)
        ):
            extra["weak"] = True
        return ClaimMention(
            cue=(cue_start, cue_end),
            cue_text=self.text[cue_start:cue_end],
            cue_class=item.cls,
            content=content,
            source=source_span,
            source_text=source_text,
            source_kind=source_kind,
            hedged=bool(hedges),
            hedge_cues=hedges,
            via=via_span,
            via_text=self.text[via_span[0] : via_span[1]] if via_span else None,
            resolved_source=resolved,
            **extra,
        )


def extract_attributions(
    doc: Doc,
    lexicon: Lexicon | None = None,
    classifier: CueClassifier | bool | None = True,
    actors: Sequence[ActorMention] | None = None,
) -> list[ClaimMention]:
    """Attributions (source, cue, content) in a parsed article, in text order.

    ``classifier``: ``True`` uses the trained cue classifier shipped with the project (the
    rules alone when its weights are absent), ``False``/``None`` the rules alone, or a
    ``CueClassifier`` to use. ``actors``: the actor extractor's mentions of the same Doc,
    whose typed names pronoun and description sources are resolved to (else the model's
    entities).
    """
    if not doc.has_annotation("DEP"):
        return []  # no parse, no sources or contents to find
    if classifier is True:
        classifier = default_classifier()
    elif classifier is False:
        classifier = None
    return _Extractor(doc, lexicon or load_lexicon(), classifier, actors).run()
