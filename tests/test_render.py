"""Rendering: golden pages from a committed corpus, escaping, and links that resolve."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest

from generator import urls
from generator.corpus_json import dump_corpus, load_corpus
from generator.models import Actor, Article, Corpus, Mention
from generator.render import TEMPLATES_DIR, render_corpus

GOLDEN = Path(__file__).parent / "golden"
PAGE_KINDS = ("article", "actor", "event", "source")
LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.fixture(scope="module")
def golden_corpus() -> Corpus:
    return load_corpus(GOLDEN / "corpus.json")


def test_golden_pages(golden_corpus, update_golden):
    pages = render_corpus(golden_corpus)
    folder = GOLDEN / "pages"
    if update_golden:
        for old in [*folder.rglob("*.md"), *folder.rglob("*.json")]:
            old.unlink()
        for path, text in pages.items():
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_text(text, encoding="utf-8")
    expected = {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
                for p in [*folder.rglob("*.md"), *folder.rglob("*.json")]}
    assert sorted(pages) == sorted(expected), "pages added or removed: run --update-golden"
    for path, text in pages.items():
        assert text == expected[path], f"{path} differs from its golden file"


def test_every_page_kind_has_a_template_and_a_golden_page(golden_corpus):
    for kind in PAGE_KINDS:
        assert (TEMPLATES_DIR / f"{kind}.md.j2").is_file()
        assert any((GOLDEN / "pages" / urls.KIND_DIRS[kind]).glob("*.md")), kind
    for template in TEMPLATES_DIR.glob("*.md.j2"):
        first = template.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("{#"), f"{template.name} must start with a context comment"


def test_every_link_resolves(golden_corpus):
    pages = render_corpus(golden_corpus)
    for path, text in pages.items():
        for target in LINK.findall(text):
            if "://" in target or target.startswith("#"):
                continue
            page = posixpath.normpath(posixpath.join(posixpath.dirname(path),
                                                     target.split("#")[0]))
            assert page in pages, f"{path} links to missing {target}"


def test_rendering_is_deterministic(golden_corpus):
    assert render_corpus(golden_corpus) == render_corpus(
        load_corpus(dump_corpus(golden_corpus)))


def test_an_edited_template_is_used_at_the_next_render(golden_corpus, tmp_path):
    """The environment is reused between renders (serve) only while no template changed."""
    import shutil

    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES_DIR, templates)
    first = render_corpus(golden_corpus, templates)
    assert render_corpus(golden_corpus, templates) == first
    event = templates / "_event.md.j2"
    event.write_text(event.read_text(encoding="utf-8").replace("- {{ v.title }}",
                                                               "- Edited {{ v.title }}"),
                     encoding="utf-8")
    second = render_corpus(golden_corpus, templates)
    assert any("- Edited " in page for page in second.values())
    assert not any("- Edited " in page for page in first.values())


def test_article_text_is_escaped_and_kept_word_for_word():
    text = "Alpha [x](javascript:alert(1)) <b>bold</b> {{ 7*7 }} chips.DeepSeek end."
    article = Article(id="a", path="content/a.md", title="T </title><script>x</script>",
                      text=text, sentences=((0, len(text)),))
    actor = Actor(id="deepseek", name="DeepSeek", type="organization",
                  mentions=(Mention("a", (text.index("DeepSeek"), text.index(" end")),
                                    "DeepSeek"),))
    pages = render_corpus(Corpus(articles=(article,), actors=(actor,)))
    page = pages["articles/a.md"]
    assert "\\[x\\]\\(javascript:alert\\(1\\)\\)" in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page and "<b>" not in page
    assert "{{ 7\\*7 }}" in page or "\\{\\{ 7\\*7 \\}\\}" in page
    assert "chips\\.[DeepSeek](../actors/deepseek.md \"" in page  # the missing space stays
    assert "<script>" not in page and "title: T ‹/title›‹script›x‹/script›" in page


def test_a_colon_cue_reads_speaker_colon_content():
    from generator.annotations import AnnotatedArticle, ClaimMention
    from generator.merge import merge

    text = "Pence: Gennifer Flowers will not be at the debate tomorrow."
    art = Article(id="a", path="content/a.md", title="A", text=text, date=None,
                  sentences=((0, len(text)),))
    att = {"cue": [5, 6], "cue_text": ":", "cue_class": "assertion",
           "content": [7, len(text) - 1], "source": [0, 5], "source_text": "Pence",
           "source_kind": "organization", "hedged": False}
    corpus = merge([AnnotatedArticle(art, (), (ClaimMention.from_dict(att),), ())])
    line = next(x for x in render_corpus(corpus)["claims/index.md"].splitlines()
                if x.startswith("- "))
    assert "**" not in line
    assert re.match(r"- \[Pence\]\([^)]+\): \[“Gennifer Flowers", line), line


def test_a_content_split_around_its_cue_shows_its_pieces():
    from generator.annotations import AnnotatedArticle, ClaimMention
    from generator.merge import merge

    text = '"We will not back down," Maria Lopez said on Monday, "not this year."'
    first = (0, text.index(" Maria"))
    second = (text.index('"not'), len(text))
    art = Article(id="a", path="content/a.md", title="A", text=text, date=None,
                  sentences=((0, len(text)),))
    att = {"cue": [text.index("said"), text.index("said") + 4], "cue_text": "said",
           "cue_class": "assertion", "content": [0, len(text)],
           "content_parts": [list(first), list(second)],
           "source": [text.index("Maria"), text.index(" said")], "source_text": "Maria Lopez",
           "source_kind": "person", "hedged": False}
    corpus = merge([AnnotatedArticle(art, (), (ClaimMention.from_dict(att),), ())])
    (claim,) = corpus.claims
    assert claim.content_parts == (first, second)
    assert load_corpus(dump_corpus(corpus)).claims == corpus.claims
    line = next(x for x in render_corpus(corpus)["claims/index.md"].splitlines()
                if x.startswith("- "))
    assert "down,&quot; … &quot;not this year" in line, line
    assert "Lopez said on Monday" not in line.split("*said*", 1)[1]


def test_a_possessive_speaker_reads_with_its_ending():
    from generator.annotations import AnnotatedArticle, ClaimMention
    from generator.merge import merge

    text = "The guidance reflects Beijing's growing fear that its talent could leave. Sir " \
           "Edward's hopes of a deal faded."
    art = Article(id="a", path="content/a.md", title="A", text=text, date=None,
                  sentences=((0, text.index(" Sir")), (text.index("Sir"), len(text))))
    fear = text.index("growing")
    hopes = text.index("'s hopes")
    atts = (
        {"cue": [fear, fear + 12], "cue_text": "growing fear", "cue_class": "belief",
         "content": [text.index("that its"), text.index(". Sir")],
         "source": [text.index("Beijing"), text.index("'s growing")], "source_text": "Beijing",
         "source_kind": "organization", "hedged": False},
        {"cue": [hopes, hopes + 11], "cue_text": "'s hopes of", "cue_class": "belief",
         "content": [text.index("a deal"), len(text) - 1],
         "source": [text.index("Sir"), hopes], "source_text": "Sir Edward",
         "source_kind": "person", "hedged": False},
    )
    corpus = merge([AnnotatedArticle(art, (), tuple(map(ClaimMention.from_dict, atts)), ())])
    lines = [x for x in render_corpus(corpus)["claims/index.md"].splitlines()
             if x.startswith("- ")]
    assert any(re.match(r"- \[Beijing\]\([^)]+\)'s \*growing fear\*:", x) for x in lines), lines
    assert any(re.match(r"- \[Sir Edward\]\([^)]+\)'s \*hopes of\*:", x) for x in lines), lines


def test_a_long_actor_page_is_cut_and_links_to_its_complete_lists():
    from generator.render import actor as actor_module

    n = actor_module.MAX_SENTENCES_PER_ACTOR + 5
    text = " ".join(f"Sentence {i} names Acme." for i in range(n))
    sentences, pos = [], 0
    for i in range(n):
        s = f"Sentence {i} names Acme."
        start = text.index(s, pos)
        sentences.append((start, start + len(s)))
        pos = start + len(s)
    articles = tuple(
        Article(id=f"a{i}", path=f"a{i}.md", title=f"A{i}", text=text,
                sentences=tuple(sentences))
        for i in range(n))
    mentions = tuple(Mention(article=f"a{i}", span=(sentences[j][1] - 5, sentences[j][1] - 1),
                             text="Acme", sentence=j)
                     for i in range(n) for j in range(2))
    acme = Actor(id="acme", name="Acme", type="organization", mentions=mentions)
    pages = render_corpus(Corpus(articles=articles, actors=(acme,)))
    page = pages["actors/acme.md"]
    assert "## Mentions in context" in page
    assert page.count("[¶]") == actor_module.MAX_SENTENCES_PER_ACTOR
    assert f"[All {2 * n} — the complete mentions in context](acme/mentions.md)" in page
    assert pages["actors/acme/mentions.md"].count("[¶]") == 2 * n


def test_an_articles_tags_go_to_its_front_matter_for_materials_tags_plugin():
    article = Article(id="a", path="content/a.md", title="T", text="Text.",
                      sentences=((0, 5),), tags=("Economy", "UK: politics"))
    pages = render_corpus(Corpus(articles=(article,)))
    assert "tags:\n- Economy\n- 'UK: politics'\n" in pages["articles/a.md"]
    assert "<!-- material/tags -->" in pages["tags.md"]
    assert "<!-- material/tags -->" not in render_corpus(Corpus(articles=()))["tags.md"]


def test_an_event_page_follows_a_renamed_actor_and_an_edited_article(golden_corpus):
    """Event pages are reused between renders only while what they show is unchanged."""
    from dataclasses import replace

    event = next(e for e in golden_corpus.events if e.participants)
    page = f"events/{event.id}.md"
    actor_id = event.participants[0].actor
    first = render_corpus(golden_corpus)[page]
    renamed = replace(golden_corpus, actors=tuple(
        replace(a, name="Zebulon Quixote") if a.id == actor_id else a
        for a in golden_corpus.actors))
    assert "Zebulon Quixote" in render_corpus(renamed)[page]
    article_id = event.mentions[0].article
    retitled = replace(golden_corpus, articles=tuple(
        replace(a, title="A title never seen") if a.id == article_id else a
        for a in golden_corpus.articles))
    assert "A title never seen" in render_corpus(retitled)[page]
    assert render_corpus(golden_corpus)[page] == first


def test_an_article_page_lists_its_events_but_not_the_bare_ones(golden_corpus):
    """A bare event (no participant, place or date: "There was a departure") keeps its own
    page but is not listed on its article's page, as on actor pages."""
    import dataclasses

    pages = render_corpus(golden_corpus)
    event = next(e for e in golden_corpus.events if not e.bare)
    article = f"articles/{event.mentions[0].article}.md"
    link = f"../events/{event.id}.md"
    assert link in pages[article]
    events = tuple(dataclasses.replace(e, bare=True) if e.id == event.id else e
                   for e in golden_corpus.events)
    pages = render_corpus(dataclasses.replace(golden_corpus, events=events))
    assert link not in pages[article]
    assert f"events/{event.id}.md" in pages
