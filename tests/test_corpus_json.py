"""The corpus JSON export: the documented schema, exact round trip, references that resolve."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from generator.__main__ import main
from generator.corpus_json import dump_corpus, load_corpus
from generator.models import Corpus

SCHEMA = json.loads((Path(__file__).parent.parent / "generator" / "data" /
                     "corpus.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def exported(tmp_path_factory, root) -> dict:
    """Annotate the project's own content/ with the real model through the command line."""
    out = tmp_path_factory.mktemp("export") / "corpus.json"
    cache = tmp_path_factory.mktemp("cache")
    status = main(["annotate", str(root / "content"), "--out", str(out),
                   "--cache-dir", str(cache)])
    assert status == 0
    return json.loads(out.read_text(encoding="utf-8"))


pytestmark = pytest.mark.model


def test_export_follows_the_schema(exported):
    jsonschema.validate(exported, SCHEMA)
    assert list(exported)[0] == "schema_version"


def test_spans_index_the_body_and_mentions_quote_it(exported):
    texts = {a["id"]: a["text"] for a in exported["articles"]}
    for a in exported["articles"]:
        assert not a["text"].startswith(a["title"])  # the title is not part of the text
        for start, end in a["sentences"]:
            assert 0 <= start < end <= len(a["text"])
    for actor in exported["actors"]:
        for m in actor["mentions"]:
            start, end = m["span"]
            assert texts[m["article"]][start:end] == m["text"]
    for claim in exported["claims"]:
        for key in ("cue_span", "content_span", "speaker_span"):
            if claim[key] is not None:
                start, end = claim[key]
                assert 0 <= start < end <= len(texts[claim["article"]])


def test_references_resolve(exported):
    actors = {a["id"] for a in exported["actors"]}
    sources = {s["id"] for s in exported["sources"]}
    articles = {a["id"] for a in exported["articles"]}
    for claim in exported["claims"]:
        assert claim["article"] in articles
        assert claim["speaker"] is None or claim["speaker"] in actors | sources
    for event in exported["events"]:
        assert all(p["actor"] in actors for p in event["participants"])
        assert event["place"] is None or event["place"] in actors
    for source in exported["sources"]:
        assert source["actor"] is None or source["actor"] in actors


def test_round_trip_is_exact(exported):
    corpus = Corpus.from_dict(exported)
    assert load_corpus(dump_corpus(corpus)) == corpus
    assert json.loads(dump_corpus(corpus)) == exported


def test_unknown_schema_version_is_refused():
    with pytest.raises(ValueError, match="schema_version"):
        Corpus.from_dict({"schema_version": 99})


def _reference(corpus: Corpus) -> str:
    """What ``dump_corpus`` writes, made in one piece by the standard library."""
    return json.dumps(corpus.to_dict(), ensure_ascii=False, indent=1) + "\n"


def test_dump_is_the_standard_json_text_also_when_records_are_reused(exported):
    """dump_corpus reuses the text of records it wrote at the previous call (serve rebuilds):
    the bytes stay those of one json.dumps, for the same corpus, a changed one and an empty one."""
    from dataclasses import replace

    corpus = Corpus.from_dict(exported)
    assert dump_corpus(corpus) == _reference(corpus)
    assert dump_corpus(corpus) == _reference(corpus)  # every record from the previous call
    renamed = replace(corpus.actors[0], name=corpus.actors[0].name + " (renamed)")
    changed = replace(corpus, actors=(renamed, *corpus.actors[2:]), events=corpus.events[1:])
    assert dump_corpus(changed) == _reference(changed)
    assert '"name": "' + json.dumps(renamed.name)[1:] in dump_corpus(changed)
    assert dump_corpus(Corpus()) == _reference(Corpus())


def test_to_dict_is_asdict_with_lists(exported):
    """Corpus.to_dict (no dataclasses.asdict) gives what asdict gave: tuples as lists, actors
    without empty optional fields."""
    from dataclasses import asdict

    corpus = Corpus.from_dict(exported)
    for event in corpus.events[:50]:
        assert event.to_dict() == json.loads(json.dumps(asdict(event)))
    assert corpus.to_dict() == exported


def test_from_dict_reads_fields_by_their_declared_types():
    """The one ``from_dict`` every record shares: spans become int pairs, lists tuples of
    records, flags bools; a key left out takes the field's default (null for an optional field
    without one), and a required key left out is refused by name."""
    from generator.models import Actor, Claim, Event

    claim = Claim.from_dict({"id": "c", "article": "a", "sentence": 0, "cue": "said",
                             "cue_span": [3.0, 7], "content_span": [8, 20],
                             "content_parts": [[8, 10], [12, 20]], "hedged": 1})
    assert claim.speaker is None and claim.speaker_span is None
    assert claim.cue_span == (3, 7) and type(claim.cue_span[0]) is int
    assert claim.content_parts == ((8, 10), (12, 20)) and claim.hedged is True
    assert claim.about == () and claim.cue_class == "assertion"
    event = Event.from_dict({"id": "e", "summary": "s", "trigger": "t",
                             "mentions": [{"article": "a", "sentence": 1, "span": [0, 4],
                                           "participants": [{"actor": "x", "role": "agent"}]}]})
    assert event.mentions[0].participants[0].role == "agent" and event.mentions[0].date is None
    actor = Actor.from_dict({"id": "y", "name": "Yukos", "type": "organization",
                             "type_counts": {"organization": 19, "person": 3}})
    assert actor.type_counts == (("organization", 19), ("person", 3)) and actor.aliases == ()
    assert Actor.from_dict(actor.to_dict()) == actor
    with pytest.raises(KeyError, match="cue_span"):
        Claim.from_dict({"id": "c", "article": "a", "sentence": 0, "cue": "said",
                         "content_span": [8, 20]})
