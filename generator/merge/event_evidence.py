"""The evidence that two event reports tell of one event: the merge settings, a report with
its actors resolved (``Item``), an event being built (``Cluster``) and the additive score of
a report against an event (see ``generator.merge.events`` for how it is used)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..annotations import EventMention as Report
from ..models import Participant
from ..vocab import Modality
from .event_objects import done_by_others, told_of_other_things, told_twice_in_one_sentence
from .event_vetoes import (
    Commonness,
    other_days,
    other_places,
    shared_heads,
    swapped_roles,
    too_little_in_common,
)
from .event_within import told_apart_within, unplaced_within, unshared_common_within
from .stories import StorySettings
from .words import merge_words


@dataclass(frozen=True)
class MergeSettings:
    """Weights of the evidence for and against two reports being one event."""

    same_article: float = 1.0
    shared_actor: float = 1.0  # per shared participant, at most two counted
    shared_head: float = 0.5  # per shared last word of a participant ("two men", "the men")
    same_place: float = 1.0
    compatible_date: float = 0.5
    story_actor: float = 0.5  # per actor both articles are mostly about, at most two counted
    other_story: float = -0.5  # the articles share (almost) no story actor or keyword
    story_word: float = 0.25  # per keyword both articles share, at most four counted
    story_words: int = 8  # the keywords of an article (most frequent against the corpus)
    same_lemma: float = 0.3
    other_place: float = -1.5
    other_date: float = -1.0
    other_agent: float = -1.0
    other_patient: float = -1.0
    other_participant: float = -1.0  # "a meeting with officials", "a meeting with leaders"
    threshold: float = 0.3
    # Two reports of one article further apart than this that share nothing but their verb
    # (no participant, no word of one, no place, no date) and name other actors, another
    # place or date, or each someone who did it to something: two events (``_far_apart``).
    # Nearer, a report often retells the lead in other words ("a pre-dawn blaze demolishes
    # the old warehouse", "the fire demolished the antique structure"): 3 to 5 cost ECB+
    # tune matched CoNLL .001.
    apart_sentences: int = 6
    # A concept reported in more story groups than this is a common verb ("win", "meet",
    # "rise"): across articles its reports join only with compatible agents and patients and
    # an anchor (a shared participant actor, the place, or a date to the month), and never
    # through a report that names no participant.
    common_groups: int = 8
    # A corpus of at most this many articles (two of the largest stories) may be about one
    # subject (reports of one earthquake; an ECB+ topic has 14 to 39 documents): its reports of
    # two articles may join on their verb and story alone. In a larger one, a site of many
    # subjects, a story is looser (an election): they must share more (``event_vetoes``).
    one_subject_articles: int = 50
    # On such a site a word or a place named in more than this share of its articles says
    # little of which event two reports tell ("the technology", "London"; ``event_vetoes``).
    common_share: float = 0.15
    stories: StorySettings = field(default_factory=StorySettings)  # what makes one story
    compare_with: int = 8  # the latest reports of an event a new report is compared with
    checked_reports: int = 50  # the latest reports of an event checked for a conflict
    story_size: int = 6  # the actors an article is mostly about
    candidates_per_key: int = 20  # the most recent events an index key keeps


@dataclass
class Item:
    """One report with its actors resolved."""

    article: str
    n: int  # the report's number in its article (1-based)
    sentence: int
    report: Report
    agents: frozenset[str]
    patients: frozenset[str]
    actors: frozenset[str]
    participants: tuple[Participant, ...]
    place: str | None
    story: frozenset[str]
    words: frozenset[str]
    same_story: frozenset[str]  # the other articles that tell its story (``stories``)
    heads: frozenset[str]  # the last words of its participants ("men", "fire", "lohan")
    patient_heads: frozenset[str]  # ... of its patients
    other_heads: frozenset[str]  # ... of its other participants ("with officials")
    indefinite: bool  # a nominal report that introduces its event ("a meeting with ...")
    # the words of its patient phrases that say what they are ("95,000 cars" -> "car")
    patient_words: frozenset[str] = frozenset()
    # ... and of all its participant phrases ("a pre-dawn blaze", "the old warehouse")
    words_said: frozenset[str] = frozenset()
    # its patients that a phrase names by their name ("Hasim Rahman", not "the challenger")
    named_patients: frozenset[str] = frozenset()
    # its patients are a plural without a number ("the candidates", not "three teens")
    plural_patients: bool = False
    # a fragment alone on its line that names no one ("Elected" heading a list): no evidence
    label: bool = False
    # every actor its article names (``event_vetoes.other_places``)
    named_in_article: frozenset[str] = frozenset()
    # its event noun's compound modifiers written as names ("Iraq" of "the Iraq war", not
    # "election" of "the election campaign") and its sentence, as written (words joined by
    # single spaces): what else two reports of two articles may share (``event_vetoes``)
    named_modifiers: frozenset[str] = frozenset()
    said: str = ""
    # the last words and the words of its participant phrases that name no actor, and the
    # actors its sentence names (``event_vetoes.agreements``)
    free_heads: frozenset[str] = frozenset()
    free_words: frozenset[str] = frozenset()
    # ... of its agent and patient phrases that name no actor (``event_within``)
    free_agent_heads: frozenset[str] = frozenset()
    free_patient_heads: frozenset[str] = frozenset()
    # the words of its patient phrases that name no actor, and the amounts its patient
    # phrases give ("$1.7bn" -> ("$", "1.7bn"); ``event_objects``)
    free_patient_words: frozenset[str] = frozenset()
    patient_amounts: frozenset[tuple[str, str]] = frozenset()
    patient_names: frozenset[str] = frozenset()  # ... the names they write ("khurmala")
    sentence_actors: frozenset[str] = frozenset()
    keys: tuple[tuple, ...] = ()  # its keys in the merge's index (``events._keys``)
    lookup: tuple[tuple, ...] = ()  # ... and the keys it looks candidates up by


@dataclass
class Cluster:
    concept: str
    items: list[Item] = field(default_factory=list)
    lemmas: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    agents: set[str] = field(default_factory=set)
    patients: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    story: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    modalities: set[str] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)

    def add(self, item: Item) -> None:
        self.items.append(item)
        self.lemmas.add(item.report.trigger)
        self.articles.add(item.article)
        self.agents |= item.agents
        self.patients |= item.patients
        self.actors |= item.actors
        if item.place:
            self.places.add(item.place)
        if item.report.date:
            self.dates.add(item.report.date)
        self.story |= item.story
        self.words |= item.words
        self.modalities.add(item.report.modality)
        self.heads |= item.heads


_WORD = re.compile(r"[\w$£€][\w$£€.,'’-]*")


def phrase_words(participants: Iterable, role: str | None = None) -> frozenset[str]:
    """The words of participant phrases (of one ``role``, or all) that say what they are,
    folded to the singular ("the two fiscal rules" -> "fiscal", "rule"; "95,000 cars" ->
    "95,000", "car")."""
    vague = merge_words().vague_patient_words
    out = set()
    for p in participants:
        if role is not None and p.role != role:
            continue
        for word in _WORD.findall(p.text.lower()):
            word = word.rstrip(".,'’-").removesuffix("'s").removesuffix("’s")
            if word and word not in vague:
                out.add(word[:-1] if len(word) > 3 and word.endswith("s")
                        and not word.endswith("ss") else word)
    return frozenset(out)


def compatible_dates(a: str, b: str) -> bool:
    """Say whether two ISO dates ("2018", "2018-05", "2018-05-03") can name one day."""
    return a.startswith(b) or b.startswith(a)


def score_event(item: Item, cluster: Cluster, s: MergeSettings, common: bool = False,
                many_subjects: Commonness | None = None) -> float:
    """The evidence that ``item`` reports the event of ``cluster``: the best evidence that it
    reports the same event as one of the cluster's latest reports (comparing with the union
    of a cluster's actors and words would let a large event swallow everything).
    ``many_subjects``: the corpus is a site of many subjects (more articles than
    ``MergeSettings.one_subject_articles``), where a story is a looser group (every report of
    an election campaign) than in a collection about one subject (every report of one
    earthquake): two reports of two articles must share more than their verb and story; it
    holds what many of the site's articles name (None: a collection about one subject)."""
    mine, theirs = item.report.modality, cluster.modalities
    if (mine == Modality.NEGATED and Modality.ASSERTED in theirs) or (
            mine == Modality.ASSERTED and Modality.NEGATED in theirs):
        return float("-inf")  # "did not meet" and "met" are not one report of one event
    if common and (item.agents and cluster.agents and not item.agents & cluster.actors
                   or item.actors and cluster.actors and not item.actors & cluster.actors):
        return float("-inf")  # a common verb: "Holmes won", "El Guerrouj won" are two wins
    if item.indefinite and item.article in cluster.articles and _adds(item, cluster):
        return float("-inf")  # "a meeting with ..." after a meeting: the article tells of another
    recent = cluster.items[-s.checked_reports:]
    if any(_apart(item, other) for other in recent):
        return float("-inf")
    if many_subjects is not None:
        told = [o for o in recent if o.article != item.article and o.report.kind == "verbal"]
        if told and all(_happened_and_foreseen(item, other) or _another_occasion(item, other)
                        for other in told):
            return float("-inf")  # "Foxx and Swank have won the Screen Actors Guild Awards"
            # and, in another article, only "Foxx is tipped to win best actor"
        if item.article in cluster.articles and any(
                other.article == item.article and (told_of_other_things(item, other)
                                                   or done_by_others(item, other)
                                                   or told_twice_in_one_sentence(item, other)
                                                   or _another_occasion(item, other))
                for other in recent):
            return float("-inf")  # "Baikal pays 260.75bn roubles", "Baikal pays a deposit"
    latest = cluster.items[-s.compare_with:]
    # "Elected" alone on its line says nothing of which election: it may join one report, but
    # is no evidence for another (it would chain every report of its verb in the article)
    evidence = [o for o in latest if not o.label] or latest
    return max(_pair(item, other, s, common, many_subjects) for other in evidence)


_FORESEEN = frozenset((Modality.POSSIBLE, Modality.FUTURE))


def _another_occasion(item: Item, other: Item) -> bool:
    """Say whether one of two reports is put on an earlier occasion and the other is not ("She
    previously won in 1999" and "Swank won Best Actress"): two events."""
    return item.report.earlier != other.report.earlier


def _happened_and_foreseen(item: Item, other: Item) -> bool:
    """Say whether one verbal report says it happened and the other that it may or will: on a
    site of many subjects, two articles' result and forecast are most often two events (this
    year's award and last year's, the quarter-final won and the final to come)."""
    a, b = item.report, other.report
    if a.kind != "verbal" or b.kind != "verbal":
        return False
    return (a.modality == Modality.ASSERTED and b.modality in _FORESEEN) or (
        b.modality == Modality.ASSERTED and a.modality in _FORESEEN)


def _apart(item: Item, other: Item) -> bool:
    """Say whether two reports cannot tell of one event, whatever else an event's other reports
    share with the first: in one article other patients, or a named patient and a plural."""
    if item.article != other.article or item.actors & other.actors:
        return False
    return (bool(item.patients) and bool(other.patients)  # "stars L. Nielsen", "J. Brolin"
            or _other_participants(item, other))  # "Quat was elected", "candidates elected"


def _other_participants(item: Item, other: Item) -> bool:
    """Say whether two reports of one article that name no agent tell of other patients: one
    named by name, the other a plural that shares no actor and no last word with it ("Elizabeth
    Quat was elected", "the candidates elected were ...": one person is not the candidates)."""
    return (item.patient_heads.isdisjoint(other.patient_heads)
            and (bool(item.named_patients) and other.plural_patients
                 or bool(other.named_patients) and item.plural_patients)
            and not (_agent(item) or _agent(other)))


def _agent(item: Item) -> bool:
    """Say whether a report names an agent (a phrase, resolved to an actor or not)."""
    return any(p.role == "agent" for p in item.report.participants)


def _adds(item: Item, cluster: Cluster) -> bool:
    """Say whether a report names a participant or a place no report of the cluster names."""
    return bool(item.actors - cluster.actors or item.heads - cluster.heads
                or item.place is not None and item.place not in cluster.places)



# Participant heads that say nothing of who took part.
FUNCTION_HEADS = frozenset({"it", "he", "she", "they", "we", "i", "you", "them", "him", "her",
                             "us", "this", "that", "which", "who", "one", "people", ""})


def _pair(item: Item, other: Item, s: MergeSettings, common: bool = False,
          many_subjects: Commonness | None = None) -> float:
    """The evidence that two reports tell of one event."""
    score = 0.0
    same_article = item.article == other.article
    if _other_kind(item.report, other.report):
        return float("-inf")  # "the spring conference", "the autumn conference"
    if item.report.generic or other.report.generic:
        return float("-inf")  # "every murder": a kind of event is not one event
    if common and not same_article and not _anchored(item, other):
        return float("-inf")
    if same_article:
        if (item.agents and item.patients and other.agents and other.patients
                and not (item.agents | item.patients) & other.actors):
            return float("-inf")  # "A met B ... C met D": the article tells of two meetings
        score += s.same_article
    score += s.shared_actor * min(2, len(item.actors & other.actors))
    score += s.shared_head * min(2, len(shared_heads(item, other)))
    if item.agents and other.agents and not item.agents & other.actors:
        score += s.other_agent
    if item.patients and other.patients and not item.patients & other.actors:
        score += s.other_patient
    elif (item.patient_heads and other.patient_heads and not item.actors & other.actors
          and not item.patient_heads & other.patient_heads):
        score += s.other_patient  # "talent could be detained", "an executive was detained"
    if (item.other_heads and other.other_heads and not item.actors & other.actors
            and not item.other_heads & other.other_heads):
        score += s.other_participant  # "a meeting with officials", "... with tech leaders"
    if item.place and other.place:
        score += s.same_place if item.place == other.place else s.other_place
    date, their_date = item.report.date, other.report.date
    if date and their_date:
        score += s.compatible_date if compatible_dates(date, their_date) else s.other_date
    if same_article and _far_apart(item, other, s):
        return float("-inf")  # "Telegraph announced no plans", "News Corp announced investments"
    if same_article and many_subjects is not None and (
            told_apart_within(item, other) or unplaced_within(item, other)
            or common and unshared_common_within(item, other)):
        return float("-inf")  # "The proposals increase the costs", "they increase maternity pay"
    if not same_article:
        if _unanchored(item) or _unanchored(other):
            return float("-inf")  # "There were 25 races", "My race took place": which race?
        if _personal(item) or _personal(other):
            return float("-inf")  # "We need to address the issue": whose "we"?
        if _other_named_patients(item, other):
            return float("-inf")  # "Klitschko stops Rahman", "Klitschko stops Thompson"
        if _other_agents(item, other):
            return float("-inf")  # "Ed Balls was speaking", "Brown speaks outside the school"
        if other_places(item, other):
            return float("-inf")  # "Straw will visit Auschwitz", "Straw is to visit Thailand"
        if other_days(item, other) or swapped_roles(item, other):
            return float("-inf")  # "the economy shrank in 2003", "... in 2004"
        if many_subjects is not None and too_little_in_common(item, other, many_subjects):
            return float("-inf")  # "Voter turnout may be boosted", "Labour plan to boost pensions"
        shared_words = len(item.words & other.words)
        shared_story = len(item.story & other.story)
        score += s.story_word * min(4, shared_words) + s.story_actor * min(2, shared_story)
        if shared_story + shared_words < 2:
            score += s.other_story  # the two articles tell different stories
        anchored = bool(item.actors & other.actors) or (
            item.place is not None and item.place == other.place)
        if not anchored and other.article not in item.same_story:
            return float("-inf")  # another story, and nothing shared: not one event
    if item.report.trigger == other.report.trigger:
        score += s.same_lemma
    return score


def _far_apart(item: Item, other: Item, s: MergeSettings) -> bool:
    """Say whether two reports of one article, far apart, have only their verb in common and
    something that tells them apart ("The Telegraph has announced no plans to go tabloid", ten
    sentences on "News Corp's unit has announced investments in new printing plants")."""
    return (abs(item.sentence - other.sentence) > s.apart_sentences
            and _nothing_shared(item, other)
            and (_told_apart(item, other) or _transitive(item) and _transitive(other)))


def _nothing_shared(item: Item, other: Item) -> bool:
    """Say whether two reports share no participant (actor or last word of a phrase), no place
    and no date: in one article they then have only their verb in common."""
    date, their_date = item.report.date, other.report.date
    return not (item.actors & other.actors or item.heads & other.heads
                or item.words_said & other.words_said
                or item.place is not None and item.place == other.place
                or date and their_date and compatible_dates(date, their_date))


def _told_apart(item: Item, other: Item) -> bool:
    """Say whether two reports name other actors in one role, or another place or date."""
    date, their_date = item.report.date, other.report.date
    return bool(item.agents and other.agents and not item.agents & other.actors
                or item.patients and other.patients and not item.patients & other.actors
                or item.place and other.place and item.place != other.place
                or date and their_date and not compatible_dates(date, their_date))


def _transitive(item: Item) -> bool:
    """Say whether a report names who did it before what it was done to, by phrases that are
    no pronouns ("it", "they" may stand for the other report's participant)."""
    found = item.report.participants
    if any(p.text.split()[-1].lower() in FUNCTION_HEADS for p in found if p.text.split()):
        return False  # "it", "they": whom it stands for may be the other's participant
    agents = [p.span[0] for p in found if p.role == "agent"]
    patients = [p.span[0] for p in found if p.role == "patient"]
    return bool(agents and patients) and min(agents) < min(patients)


def _unanchored(item: Item) -> bool:
    """Say whether a report names no participant (but a pronoun), no place and no date, and
    its noun is plural ("There were 25 races") or a speaker's own ("My race took place"): no
    other article's report tells of the same event."""
    return not (item.actors or item.heads - FUNCTION_HEADS or item.place or item.report.date) \
        and item.report.summary.casefold().split(" ", 1)[0] in (
            merge_words().possessive_person_words)


def _personal(item: Item) -> bool:
    """Say whether a report names no actor and its subject is in the first or second person
    ("We need to address the issue", "you will have to wait"): whose "we" it is, only
    its article says, so no other article's report is known to tell of the same event."""
    found = item.report.participants
    subject = [p for p in found if p.role == "agent"] or [p for p in found if p.role == "patient"]
    return not item.actors and any(p.text.casefold() in merge_words().person_words
                                     for p in subject)


def _other_kind(report: Report, other: Report) -> bool:
    """Say whether two reports tell of different kinds of one concept: event nouns with other
    compound modifiers ("a news conference", "the spring conference")."""
    return bool(report.modifiers and other.modifiers
                and not set(report.modifiers) & set(other.modifiers))


def _other_named_patients(item: Item, other: Item) -> bool:
    """Say whether two reports name other patients by their names, in words that share
    nothing ("stops Hasim Rahman", "stops Tony Thompson"; not "Cheeks", "Maurice Cheeks")."""
    return bool(item.named_patients and other.named_patients
                and not item.patients & other.actors and not other.patients & item.actors
                and not item.patient_words & other.patient_words)


def _other_agents(item: Item, other: Item) -> bool:
    """Say whether two reports of two articles name who did it (actors), other ones, no actor
    in common and nothing it was done to ("Ed Balls was speaking", "Gordon Brown speaks
    outside the school"; not "Klitschko stops Thompson", "Sam Williams stops the fight")."""
    return bool(item.agents and other.agents
                and not item.actors & other.actors
                and not _patient(item) and not _patient(other))


def _patient(item: Item) -> bool:
    """Say whether a report names what it was done to (a phrase, resolved or not)."""
    return any(p.role == "patient" for p in item.report.participants)


def _other_patient_words(item: Item, other: Item) -> bool:
    """Say whether two reports have patient phrases that share no word of what they are
    ("the Rover unit", "95,000 cars"; not "his two fiscal rules", "his golden economic
    rule")."""
    return bool(item.patient_words and other.patient_words
                and not item.patients & other.actors and not other.patients & item.actors
                and not item.patient_words & other.patient_words)


def _anchored(item: Item, other: Item) -> bool:
    """Say whether two reports of a common verb in different articles can be one event: both
    name a participant, their agents and patients are compatible (patient phrases that share
    a word of what they are, when both have one), and they share an anchor (a participant
    actor, the place, or a date precise to the month)."""
    if not (item.actors or item.heads) or not (other.actors or other.heads):
        return False  # never chain through a report that names no one
    if item.agents and other.agents and not item.agents & other.actors:
        return False
    if item.patients and other.patients and not item.patients & other.actors:
        return False
    if _other_patient_words(item, other):
        return False  # "BMW sells the Rover unit", "BMW sells 95,000 cars"
    date, their_date = item.report.date, other.report.date
    return bool(item.actors & other.actors) or (
        item.place is not None and item.place == other.place) or (
        date is not None and their_date is not None and min(len(date), len(their_date)) >= 7
        and compatible_dates(date, their_date))
