"""Event merge across articles, on real parses of sentences written for them: reports of one
verb in two articles with other patients are two events (named patients that differ; for a
common verb, patient phrases that share no word of what they are)."""

from __future__ import annotations

from generator.annotations import AnnotatedArticle
from generator.curation import Curation
from generator.merge.actors import merge_actors
from generator.merge.event_evidence import MergeSettings
from generator.merge.events import merge_events
from generator.models import Article
from generator.nlp.actors import extract_actor_mentions
from generator.nlp.events import extract_events


def annotate(nlp, *texts: str) -> list[AnnotatedArticle]:
    out = []
    for n, text in enumerate(texts):
        doc = nlp(text)
        article = Article(id=f"a{n}", path=f"a{n}.md", title=f"a{n}", text=text,
                          sentences=tuple((s.start_char, s.end_char) for s in doc.sents))
        actors = extract_actor_mentions(doc)
        out.append(AnnotatedArticle(article=article, actors=tuple(actors),
                                    events=tuple(extract_events(doc, actors))))
    return out


def cross_article(nlp, trigger: str, *texts: str, common_groups: int = 8) -> int:
    """The number of events of ``trigger`` reported by more than one article."""
    annotated = annotate(nlp, *texts)
    _, index, _ = merge_actors(annotated, Curation())
    events = merge_events(annotated, index, MergeSettings(common_groups=common_groups))
    return sum(1 for e in events if e.trigger == trigger
               and len({m.article for m in e.mentions}) > 1)


# two reports of the carmaker's story: a common verb (as "sell" is on a news site)
SALE = "Carmaker Brandwell sold {} on Monday, its chief executive Ola Fenn said in Munich."
AFTER = " Brandwell shares rose in Munich after the news. Ola Fenn praised the staff."


def test_a_common_verb_with_patients_sharing_no_word_is_two_events(nlp):
    assert cross_article(nlp, "sell", SALE.format("the old Rover unit to Ford") + AFTER,
                         SALE.format("nearly 95,000 cars in Asia") + AFTER,
                         common_groups=0) == 0


def test_a_common_verb_with_patients_sharing_a_word_is_one_event(nlp):
    assert cross_article(nlp, "sell", SALE.format("the old Rover unit to Ford") + AFTER,
                         SALE.format("its Rover unit to a US carmaker") + AFTER,
                         common_groups=0) == 1


FIGHT = ("Boxer Anna Berg beat {} in the sixth round in Hamburg on Saturday to keep her "
         "world title. Anna Berg lives in Hamburg with her coach.")


def test_other_named_patients_in_two_articles_are_two_events(nlp):
    assert cross_article(nlp, "beat", FIGHT.format("Maria Lopez"),
                         FIGHT.format("Julia Stone")) == 0


def test_one_named_patient_in_two_articles_is_one_event(nlp):
    assert cross_article(nlp, "beat", FIGHT.format("Maria Lopez"),
                         FIGHT.format("the veteran Maria Lopez")) == 1


def summaries(nlp, text: str) -> list[str]:
    doc = nlp(text)
    actors = extract_actor_mentions(doc)
    return [e.summary for e in extract_events(doc, actors)]


def test_a_past_event_in_a_relative_clause_keeps_its_past_tense(nlp):
    found = summaries(nlp, "The row recalls the arrest of a banker in Oslo, an incident that "
                           "occurred at the request of the regulator.")
    assert "The arrest of a banker in Oslo occurred at the request of the regulator" in found


def test_a_past_event_in_a_clause_of_time_keeps_its_past_tense(nlp):
    found = summaries(nlp, "The Greens have opened 40 offices since the party won power in "
                           "2009.")
    assert any("party won power" in s for s in found), found


def test_a_main_clause_keeps_the_headline_present(nlp):
    assert "Police arrest two men in Oslo" in summaries(
        nlp, "Police arrested two men in Oslo on Tuesday.")
