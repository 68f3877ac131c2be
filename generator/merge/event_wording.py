"""How an event's summary reads on the pages when it stands alone, away from its article.

A summary made from a speaker's words in the first or second person ("An extension to my
contract is signed", "We deserve an honest response") says whose they are: the claim whose
content holds the report names its speaker, and the summary is said with the speaker's name in
front, as a headline does ("Oleg Rybachuk: We deserve an honest response"), when the speaker
states it (asserted) and the content is the speaker's words (it does not name the speaker).
With no such speaker it is unreadable alone.

Also unreadable alone: a fragment that is an infinitive ("To distribute", "To comply with a
key clause": a purpose or a complement, cut from the verb or adjective that gives it its sense)
and a summary whose subject is only a quantifier or a pronoun with no referent ("Much more may
capture a moment", "Those may fall victim", "This could trigger more rises"; "It was sold to a
consortium", "They catch celebrities": a third person pronoun is said as the subject only when
coreference found no name for it).

``events`` picks an event's lead among its readable reports (the most informative one); an
event with no readable report is bare (``Event.listed``: not on article and actor pages, nor
in the events index) and minor. This decides only what the pages show: which reports are one
event is decided before, and the export keeps every event.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from ..annotations import EventMention as Report
from ..models import Actor, Claim, Source
from ..vocab import Modality, SourceKind
from .words import merge_words

_WORD = re.compile(r"[^\W\d_]+")


def personal(summary: str) -> str:
    """The first or second person words of a summary, lower-cased ("we", "my"; not "US",
    nor the "Your" of a title: "Curb Your Enthusiasm"), joined by spaces; "" when none."""
    words = merge_words().person_words
    found = []
    for n, word in enumerate(_WORD.findall(summary)):
        if word.lower() in words and (
                word.islower() or word == "I" or n == 0 and word[1:].islower()):
            found.append(word.lower())
    return " ".join(found)


def _referentless_lead(tokens: Sequence[str]) -> int:
    """How many of the first (up to three) words are quantifiers or pronouns with no referent
    (``referentless_words``), before a last word."""
    words = merge_words().referentless_words
    lead = 0
    while lead < min(3, len(tokens) - 1) and tokens[lead] in words:
        lead += 1
    return lead


def referentless_subject(summary: str) -> bool:
    """Whether a summary opens on quantifiers or pronouns only and then an auxiliary ("Much
    more may capture a moment", "Those have been bypassed"): a subject with no referent."""
    tokens = summary.casefold().split()
    lead = _referentless_lead(tokens)
    return bool(lead) and tokens[lead] in merge_words().summary_auxiliaries


def unreadable(report: Report) -> bool:
    """Whether a report's summary reads as nonsense alone: an infinitive fragment ("To
    distribute"), a subject of quantifiers and pronouns only ("Much more may capture ...") or a
    pronoun no one resolved ("It was sold to a consortium": a resolved one says the name)."""
    summary = report.summary
    if report.fragment and summary.split(" ", 1)[0] == "To":
        return True
    tokens = summary.casefold().split()
    if len(tokens) > 1 and tokens[0] in merge_words().unresolved_pronouns:
        return True  # "It was sold to a consortium", "They catch celebrities": whom, unknown
    lead = _referentless_lead(tokens)
    if not lead:
        return False
    if referentless_subject(summary):
        return True  # "Much more may capture a moment", "Those have been bypassed"
    # a participant that is only those words, before a verb in -s or -ed: "Many offers
    # ways", "Everybody laughs" (not "Those subject to controls", "One in 16 messages")
    opening = set(tokens[:lead])
    return tokens[lead].endswith(("s", "ed")) and any(
        p.role in ("agent", "patient") and p.text.split()
        and set(p.text.casefold().split()) <= opening for p in report.participants)


Spans = list[tuple[int, int, int, str | None, bool]]


def _says_own_name(name: str, content: str) -> bool:
    """Whether a claim's content holds its speaker's own surname, as a whole word: it is then
    narrative the claim ran into ("... for Ukraine. Mr Yushchenko was careful ..." after a
    quote left open), not their words."""
    return re.search(rf"\b{re.escape(name.split()[-1])}\b", content) is not None


def _source_name(source: Source) -> str | None:
    """The name of a source no actor stands for, when it says who speaks as a name does ("A
    Defra spokesman", "A Labour Party spokesman": a capitalised word after the first, no
    comma, a few words; not "A spokesman", "analysts", nor a document or an outlet, nor a
    person's description: "the Chelsea star" is someone the text names elsewhere)."""
    words = source.name.split()
    if source.kind not in (SourceKind.ORGANIZATION, SourceKind.ANONYMOUS) \
            or "," in source.name or not 1 < len(words) <= 6 \
            or not any(w[:1].isupper() for w in words[1:]):
        return None
    return source.name[:1].upper() + source.name[1:]


def _speakers(claims: Iterable[Claim], sources: Iterable[Source], actors: Iterable[Actor],
              texts: Mapping[str, str]) -> dict[str, Spans]:
    """Per article, the content spans of its claims (each part of a content in pieces) with
    the length of the whole content, the name of their speaker (None when no actor is known
    to speak, or only a pronoun says who: a quote's "he" is often another's; or when the
    part names the speaker) and whether the speaker is a person."""
    people = {a.id: a.type == "person" for a in actors}
    names = {a.id: a.name for a in actors}
    by_id = {s.id: s for s in sources}
    words = merge_words()
    pronouns = words.he | words.she | words.person_words | {"they", "it"}
    out: dict[str, Spans] = defaultdict(list)
    for c in claims:
        # the speaker is an actor's id, or a cited source's (which may stand for an actor)
        source = by_id.get(c.speaker or "")
        actor = c.speaker if c.speaker in names else source.actor if source else None
        name = names.get(actor) if actor else None
        person = people.get(actor or "", False)
        if actor is None and source is not None:  # "A Defra spokesman": said by its name
            name, person = _source_name(source), False
        if (c.speaker_text or "").casefold() in pronouns:
            name = None  # "He told the Sunday Mirror": whose "he" is, the text does not say
        text = texts.get(c.article, "")
        whole = c.content_span[1] - c.content_span[0]
        for start, end in c.content_parts or (c.content_span,):
            # a part that names the speaker is not their words (a part may be the
            # apposition of the speaker: "Jurgen den Hartog, one of the researchers")
            said = None if name and _says_own_name(name, text[start:end]) else name
            out[c.article].append((start, end, whole, said, person))
    return out


def _as_written(report: Report, text: str) -> bool:
    """Whether a summary states its event as the text does: asserted, or with the modals the
    report's clause writes ("would be signed"; not "You may contribute" from "what you have
    done to contribute"); negated, when the summary says so ("We were not competing"; not
    "We deserve" from "I don't think we deserved")."""
    if report.modality == Modality.ASSERTED:
        return True
    if report.modality == Modality.NEGATED:
        negations = merge_words().summary_negations
        return any(w in negations or w.endswith("n't") for w in report.summary.casefold().split())
    written = {w.casefold() for w in _WORD.findall(text[report.span[0]:report.span[1]])}
    said = {w.casefold() for w in _WORD.findall(report.summary)}
    return said & merge_words().summary_modals <= written


class InnermostSpans:
    """The innermost of an article's content spans holding a range (the shortest, then the
    shortest whole content, then the first), found by bisection: a sweep over the span ends
    gives, between two consecutive ends, the innermost span covering that stretch."""

    def __init__(self, spans: Spans) -> None:
        self.spans = spans
        self.bounds = sorted({x for s in spans for x in s[:2]})
        starts = defaultdict(list)
        for n, s in enumerate(spans):
            starts[s[0]].append(n)
        heap: list[tuple[int, int, int, int]] = []  # (length, whole, order, end)
        self.best: list[int | None] = []
        for x in self.bounds:
            for n in starts.get(x, ()):
                s = spans[n]
                heapq.heappush(heap, (s[1] - s[0], s[2], n, s[1]))
            while heap and heap[0][3] <= x:
                heapq.heappop(heap)  # ended (spans that end later stay below until on top)
            self.best.append(heap[0][2] if heap else None)

    def holding(self, start: int, end: int) -> tuple | None:
        i = bisect.bisect_right(self.bounds, start) - 1
        n = self.best[i] if i >= 0 else None
        if n is None:
            return None  # no span covers ``start``: none holds the range
        if end <= self.spans[n][1]:
            return self.spans[n]  # the innermost span covering ``start`` holds the range too
        # the range runs past the end of the innermost span at its start: look at them all
        holding = [s for s in self.spans if s[0] <= start and end <= s[1]]
        return min(holding, key=lambda s: (s[1] - s[0], s[2])) if holding else None


def _speaker(spans: InnermostSpans, report: Report, words: str, text: str) -> str | None:
    """The speaker of the innermost claim content holding the report (a claim inside another's
    quote: "X reports that Y told a magazine: 'I ...'" is Y's), when that speaker may say
    ``words`` (an organisation says "we", not "my"), the summary states the event as the text
    does (``_as_written``) and does not name them ("Arnesen has talked to me": not his)."""
    at = report.trigger_span or report.span
    holder = spans.holding(at[0], at[1])
    if holder is None or not _as_written(report, text):
        return None
    _, _, _, name, person = holder
    singular = merge_words().singular_person_words
    if name is None or not person and set(words.split()) & singular:
        return None
    return None if _says_own_name(name, report.summary) else name


Wording = Callable[[str, Report], "str | None"]


def quote_wording(claims: Sequence[Claim], sources: Sequence[Source], actors: Sequence[Actor],
                  texts: Mapping[str, str]) -> Wording:
    """How the pages word a report of an article: its summary; in the first or second person,
    said with its speaker's name in front ("Oleg Rybachuk: We deserve an honest response"),
    or None when no speaker is known (it does not read alone: it leads no event)."""
    speakers = _speakers(claims, sources, actors, texts)
    indexes: dict[str, InnermostSpans] = {}

    def wording(article: str, report: Report) -> str | None:
        words = personal(report.summary)
        if not words:
            return report.summary
        index = indexes.get(article)
        if index is None:
            index = indexes[article] = InnermostSpans(speakers.get(article, []))
        name = _speaker(index, report, words, texts.get(article, ""))
        return f"{name}: {report.summary}" if name else None

    return wording
