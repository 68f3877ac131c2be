"""A study that speaks is the speaker, also as "it" in the next sentence ("a Toshiba study
found. It found …": the study, not Toshiba), and the organization that made it is the
document source's actor. Real parses, merged by the build."""

from __future__ import annotations

import pytest
from claimkit import speakers

from generator.build import Builder
from generator.settings import BuildSettings

pytestmark = pytest.mark.model

_STUDY = ("Gadget owners hoard data\n\nMusic, images and texts are being hoarded on mobiles, "
          "cameras and laptops, a Toshiba study found. It found that more than 60% of owners "
          "kept 1,000 music files on their devices. Toshiba makes laptops and televisions in "
          "Japan.")


def test_it_after_a_study_is_the_study(tmp_path):
    said = speakers(tmp_path, {"a": _STUDY}, "a")
    assert said.get("that more than 60% of owners kept 1,000 music files on their devices") \
        == "a Toshiba study"


def test_the_study_is_published_by_the_firm(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text(_STUDY, encoding="utf-8")
    corpus = Builder(BuildSettings(content, cache_dir=None)).build_corpus().corpus
    (study,) = [s for s in corpus.sources if s.name == "a Toshiba study"]
    assert study.kind == "document"
    assert study.actor == "toshiba"


def test_it_after_a_firm_is_still_the_firm(tmp_path):  # guard
    said = speakers(tmp_path, {"a": (
        "Carmaker cuts jobs\n\nGeneral Motors cut 500 jobs in Detroit on Monday. It said that "
        "demand for its large cars had fallen sharply.")}, "a")
    assert said.get("that demand for its large cars had fallen sharply") == "General Motors"


def test_an_it_that_is_not_the_cues_subject_is_no_study(tmp_path):  # guard
    said = speakers(tmp_path, {"a": (
        "Feud goes on\n\nA new survey of voters was published on Monday. Events like this, and "
        "the testimony of former ministerial colleagues, make it impossible to dismiss the "
        "feud as just journalistic hearsay.")}, "a")
    assert said.get("the feud as just journalistic hearsay") not in (
        "the testimony of former ministerial colleagues", "A new survey of voters")


def test_a_body_in_the_documents_clause_did_not_make_it(tmp_path):  # guard
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text(
        "Voters back plan\n\nA survey of voters that the Conservative Party commissioned found "
        "that most people backed the plan. The Conservative Party welcomed the result on "
        "Monday.", encoding="utf-8")
    corpus = Builder(BuildSettings(content, cache_dir=None)).build_corpus().corpus
    documents = [s for s in corpus.sources if s.kind == "document"]
    assert documents and all(s.actor is None for s in documents)
