"""Reading content/: paragraphs as the file lays them out, and the user's article kept verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content import paragraph_spans, read_article, read_content

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_765fcc5106133ced.txt"


def test_every_line_of_a_txt_is_a_paragraph_and_blank_lines_part_a_markdown_body() -> None:
    text = "First paragraph.\nSecond one.\n\nThird."
    assert [text[s:e] for s, e in paragraph_spans(text, each_line=True)] == [
        "First paragraph.", "Second one.", "Third."]
    assert [text[s:e] for s, e in paragraph_spans(text, each_line=False)] == [
        "First paragraph.\nSecond one.", "Third."]


def test_a_txt_with_single_newlines_keeps_its_text_and_gets_its_paragraphs(tmp_path) -> None:
    (tmp_path / "c").mkdir()
    path = tmp_path / "c" / "story.txt"
    path.write_text("Headline here\nOne paragraph.Two sentences.\nAnother paragraph.",
                    encoding="utf-8")
    article, _ = read_article(path, tmp_path / "c")
    assert article.title == "Headline here"
    assert article.text == "One paragraph.Two sentences.\nAnother paragraph."  # as written
    assert [article.text[s:e] for s, e in article.paragraphs] == [
        "One paragraph.Two sentences.", "Another paragraph."]


@pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is absent")
def test_the_showcase_is_the_users_article_word_for_word() -> None:
    shipped = ROOT / "content" / "china-restricts-ai-experts-us-travel.txt"
    assert shipped.read_bytes() == SEED.read_bytes()
    lines = SEED.read_text(encoding="utf-8").split("\n")
    read = read_content(ROOT / "content")
    (article,) = [a for a in read.articles if a.id == "china-restricts-ai-experts-us-travel"]
    assert article.title == lines[0]
    assert [article.text[s:e] for s, e in article.paragraphs] == lines[1:]
    assert article.date is None and "domain.This" in article.text


def test_sample_articles_carry_their_license_and_source() -> None:
    read = read_content(ROOT / "content")
    samples = [a for a in read.articles if a.id.startswith("wikinews-")]
    assert len(samples) >= 2
    for a in samples:
        assert a.license and "CC BY 2.5" in a.license
        assert a.url and a.url.startswith("https://en.wikinews.org/wiki/")
        assert a.publisher == "Wikinews"


@pytest.mark.model
def test_each_paragraph_starts_a_sentence_even_without_a_final_stop(nlp) -> None:
    from generator.nlp.components import PARAGRAPHS_KEY

    text = "Officials met in Paris\nThe talks ended without a deal."
    doc = nlp.make_doc(text)
    doc.user_data[PARAGRAPHS_KEY] = [0, text.index("The talks")]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [s.text.strip() for s in doc.sents] == ["Officials met in Paris",
                                                    "The talks ended without a deal."]
