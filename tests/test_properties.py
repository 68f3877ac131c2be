"""Property-based: random articles and names through reading, slugging and rendering.

No spaCy: the corpus is built from ``models.py`` records (through ``merge`` on synthetic
annotations), so every random case renders in milliseconds.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sitekit import SAFE_ID, check_pages, is_inside

from generator.annotations import ActorMention, AnnotatedArticle
from generator.build import render_pages, write_pages
from generator.content import read_content
from generator.markup import md_text, plain_title, safe_url
from generator.merge import merge
from generator.models import Article
from generator.urls import MAX_SLUG, RESERVED, slug, unique_slug

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
MARKUP = ["<script>window.__pwned=1</script>", "<img src=x onerror=alert(1)>",
          "[a](javascript:alert(1))", "![i](data:x)", "{{ x }}", "{% if %}", "--8<-- \"x\"",
          "{: .c #i }", "&lt;b&gt;", "&#60;", "`code`", "**b**", "| a |", "# h", "> q",
          "---", "~~~", "<!--", "\\", "&amp", "\u2028", "\x00", "\ufeff", "AC/DC", "..",
          "CON", "\u4e60\u8fd1\u5e73", "\u0645\u062d\u0645\u062f", "Jos\u00e9", "JOSE"]
text = st.one_of(st.text(max_size=60), st.sampled_from(MARKUP),
                 st.lists(st.sampled_from(MARKUP), max_size=4).map(" ".join))
name = st.one_of(st.text(min_size=1, max_size=40), st.sampled_from(MARKUP),
                 st.text(alphabet="aAéÉ. -/", min_size=1, max_size=12),
                 st.just("x" * 300))


@SETTINGS
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".md", ".txt"]))
def test_reading_any_bytes_never_crashes(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        content.mkdir()
        (content / f"a{suffix}").write_bytes(data)
        result = read_content(content)
    assert len(result.articles) + len([p for p in result.problems if p.level == "error"]) == 1
    for a in result.articles:
        assert a.title.strip() and a.text.strip()
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", a.title + a.text)
        assert SAFE_ID.match(a.id)


front_value = st.one_of(text, st.integers(), st.booleans(), st.none(),
                        st.lists(text, max_size=3), st.dictionaries(text, text, max_size=2))


@SETTINGS
@given(meta=st.dictionaries(st.sampled_from(["title", "date", "publisher", "url", "author",
                                             "tags", "other"]), front_value, max_size=6),
       body=text)
def test_reading_any_front_matter_never_crashes(meta, body):
    import yaml

    source = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        content.mkdir()
        (content / "a.md").write_text(source, encoding="utf-8")
        result = read_content(content)
    errors = [p for p in result.problems if p.level == "error"]
    assert len(result.articles) + len(errors) == 1
    for p in errors:
        assert p.path == "content/a.md" and p.message


@SETTINGS
@given(names=st.lists(name, max_size=30))
def test_slugs_are_safe_and_unique(names):
    taken: set[str] = set()
    ids = [unique_slug(n, taken) for n in names]
    assert len(set(ids)) == len(ids)
    for s in ids + [slug(n) for n in names]:
        assert SAFE_ID.match(s) and len(s) <= MAX_SLUG and s not in RESERVED, s


@SETTINGS
@given(t=text)
def test_escaped_text_has_no_markup_left(t):
    out = md_text(t)
    assert "<" not in out and ">" not in out and '"' not in out and "\n" not in out
    title = plain_title(t)
    assert not set("<>\"'`") & set(title)
    url = safe_url(t)
    assert url is None or url.startswith(("http://", "https://"))


@st.composite
def corpora(draw):
    """Random articles, each with random actor mentions at random places."""
    n = draw(st.integers(1, 5))
    annotated = []
    for i in range(n):
        names = draw(st.lists(name, min_size=0, max_size=5))
        filler = draw(text)
        parts, mentions, pos = [], [], 0
        for k, actor in enumerate(names):
            piece = f"{filler} " if k % 2 else ""
            parts.append(piece)
            pos += len(piece)
            mentions.append({"span": [pos, pos + len(actor)], "text": actor, "name": actor,
                             "group": k, "kind": "name",
                             "type": draw(st.sampled_from(["person", "organization", "place",
                                                           "group", "other"]))})
            parts.append(actor + ". ")
            pos += len(actor) + 2
        body = "".join(parts) + (filler or "end")
        article = Article(
            id=f"a{i}-{slug(draw(name))}"[:60], path=f"content/{draw(text)[:20]}.md",
            title=draw(text) or "t", text=body, date=draw(st.sampled_from([None, "2024-01-02"])),
            publisher=draw(st.one_of(st.none(), text)), url=draw(st.one_of(st.none(), text)),
            author=draw(st.one_of(st.none(), text)),
            tags=tuple(draw(st.lists(text, max_size=3))),
            sentences=((0, len(body)),))
        actors = tuple(map(ActorMention.from_dict, mentions))
        annotated.append(AnnotatedArticle(article, actors=actors))
    ids = [a.article.id for a in annotated]
    if len(set(ids)) != len(ids):
        annotated = [AnnotatedArticle(type(a.article)(**{**a.article.__dict__, "id": f"a{i}"}),
                                      actors=a.actors) for i, a in enumerate(annotated)]
    return merge(annotated)


@SETTINGS
@given(corpus=corpora())
def test_rendering_random_corpora_gives_safe_resolving_pages(corpus):
    pages = render_pages(corpus)
    assert "index.md" in pages
    for a in corpus.articles:
        assert f"articles/{a.id}.md" in pages
    for a in corpus.actors:
        assert f"actors/{a.id}.md" in pages
    check_pages(pages, MAX_SLUG)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        write_pages(pages, out)
        root = out.resolve()
        for path in out.rglob("*"):
            assert root in path.resolve().parents
            assert is_inside(path.relative_to(out).as_posix())
