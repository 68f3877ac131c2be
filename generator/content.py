"""Read ``content/`` into ``Article`` records. Never imports spaCy, never writes.

Two layouts are read:

* ``*.md``: YAML front matter (``title`` required; ``date``, ``publisher``, ``url``, ``author``,
  ``tags`` optional) and the article body;
* ``*.txt``: the first non-empty line is the headline, the rest is the body (the BBC layout).

A file that cannot be read becomes a ``Problem`` naming the file and what is wrong; the other
files are still read. Text is decoded as UTF-8 (a BOM is dropped); text that is not UTF-8 is
read as Windows-1252 (or Latin-1) with a warning that names the encoding.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from .errors import ContentError
from .models import Article, Problem
from .urls import unique_slug

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
KNOWN_KEYS = {"title", "date", "publisher", "url", "author", "tags"}
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")


@dataclass(frozen=True)
class ReadResult:
    """The articles that could be read and the problems found on the way."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]


def article_files(content_dir: Path) -> list[Path]:
    """List the article files under ``content_dir`` in a stable order."""
    if not content_dir.is_dir():
        return []
    files = [
        p
        for p in content_dir.rglob("*")
        if p.is_file()
        and p.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(content_dir).parts)
    ]
    return sorted(files, key=lambda p: p.relative_to(content_dir).as_posix())


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode article bytes; return the text and the encoding used when it was not UTF-8."""
    fallback: str | None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, fallback = data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise ContentError("binary file (a UTF-16 mark, then bytes that are not UTF-16); "
                               "articles must be text") from None
    elif b"\x00" in data[:8192]:
        raise ContentError("binary file (it contains NUL bytes); articles must be text")
    else:
        try:
            text, fallback = data.decode("utf-8-sig"), None
        except UnicodeDecodeError:
            try:
                text, fallback = data.decode("cp1252"), "Windows-1252"
            except UnicodeDecodeError:
                text, fallback = data.decode("latin-1"), "Latin-1"
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 8 or "\x00" in text:
        raise ContentError("binary file (control characters); articles must be text")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    # Stray control characters (and Unicode line separators) mean nothing in an article; they
    # would only reach the pages as invisible noise.
    return _CONTROLS.sub(lambda m: "\n" if m.group() in "\u2028\u2029" else " "
                         if m.group() in "\f\v" else "", text), fallback


def _clean_body(body: str) -> str:
    # Trailing spaces at line ends and surrounding blank lines carry no meaning; offsets are
    # into this cleaned text, which is what the corpus JSON exports.
    return "\n".join(line.rstrip() for line in body.strip("\n").split("\n")).strip()


def _as_date(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        for fmt in ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%d %B %Y", "%B %d, %Y"):
            try:
                return dt.datetime.strptime(text, fmt).date().isoformat()
            except ValueError:
                continue
        try:
            return dt.datetime.fromisoformat(text).date().isoformat()
        except ValueError:
            pass
    raise ContentError(f"'date' is not a date: {value!r} (write it as YYYY-MM-DD)")


def _as_text(key: str, value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        # YAML escapes ("\\a", "\\x1b") can put control characters in a value: drop them.
        return _CONTROLS.sub("", str(value)).strip() or None
    raise ContentError(f"'{key}' must be text, not {type(value).__name__}")


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: a bad date is then reported as a bad date."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")


def _read_markdown(text: str) -> tuple[dict, str, list[str], dict[str, int]]:
    """Split and parse the front matter; return meta, body, warnings and each key's line."""
    warnings: list[str] = []
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise ContentError("no front matter: a .md article starts with '---', a 'title:' line "
                           "and '---'", line=1)
    end = next((i for i in range(1, len(lines)) if _FENCE.match(lines[i])), None)
    if end is None:
        raise ContentError("front matter is not closed: no '---' line after the first", line=1)
    source = "\n".join(lines[1:end])
    try:
        node = yaml.compose(source, Loader=_FrontMatterLoader)
        meta = yaml.load(source, Loader=_FrontMatterLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 2 if mark is not None else None  # +1 for 1-based, +1 for '---'
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context, cmark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and cmark is not None and cmark is not mark:
            problem += f" ({context} that starts on line {cmark.line + 2})"
        raise ContentError(f"front matter is not valid YAML: {problem}", line=line) from None
    except (ValueError, TypeError, RecursionError) as exc:
        raise ContentError(f"front matter cannot be read: {exc}", line=2) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ContentError("front matter must be a mapping of keys to values (title: ...), "
                           f"not a {type(meta).__name__}", line=2)
    key_lines = {}
    if isinstance(node, yaml.MappingNode):
        key_lines = {str(k.value): k.start_mark.line + 2 for k, _ in node.value}
    unknown = sorted(str(k) for k in meta if k not in KNOWN_KEYS)
    if unknown:
        warnings.append(f"unknown front matter keys ignored: {', '.join(unknown)} "
                        f"(known: {', '.join(sorted(KNOWN_KEYS))})")
    return meta, "\n".join(lines[end + 1:]), warnings, key_lines


def _read_plain(text: str) -> tuple[dict, str]:
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return {}, ""
    return {"title": lines[0].strip()}, "\n".join(lines[1:])


def read_article(path: Path, root: Path, article_id: str = "") -> tuple[Article, list[str]]:
    """Read one article file; raise ``ContentError`` when it cannot be an article."""
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ContentError(f"file is {size // 1_048_576} MB; articles are limited to "
                           f"{MAX_ARTICLE_BYTES // 1_048_576} MB")
    data = path.read_bytes()
    if not data.strip():
        raise ContentError("empty file" if not data else "file holds only whitespace")
    text, fallback = decode(data)
    if not text.strip():
        raise ContentError("file holds only whitespace")
    warnings = [f"not UTF-8: read as {fallback}"] if fallback else []
    key_lines: dict[str, int] = {}
    if path.suffix.lower() == ".txt":
        meta, body = _read_plain(text)
    else:
        meta, body, more, key_lines = _read_markdown(text)
        warnings += more
    try:
        title = _as_text("title", meta.get("title"))
        if not title:
            raise ContentError("missing or empty 'title'" if path.suffix.lower() != ".txt"
                               else "no headline: the first line of a .txt article is its title")
        title = " ".join(title.split())
        date = _as_date(meta["date"]) if meta.get("date") not in (None, "") else None
        tags = meta.get("tags") or ()
        if isinstance(tags, str):
            tags = [t.strip() for t in tags.split(",") if t.strip()]
        if not isinstance(tags, list | tuple) or not all(
            isinstance(t, str | int | float) and not isinstance(t, bool) for t in tags
        ):
            raise ContentError("'tags' must be a list of words (tags: [economy, trade])")
        fields = {k: _as_text(k, meta.get(k)) for k in ("publisher", "url", "author")}
    except ContentError as exc:
        if exc.line is None:
            key = next((k for k in KNOWN_KEYS if f"'{k}'" in str(exc)), "title")
            exc.line = key_lines.get(key, 2 if key_lines or path.suffix.lower() != ".txt"
                                     else 1)
        raise
    body = _clean_body(body)
    if not body:
        raise ContentError("the article has a title but no body text")
    rel = path.relative_to(root.parent) if root.parent in path.parents else path
    article = Article(
        id=article_id,
        path=rel.as_posix(),
        title=title,
        text=body,
        date=date,
        publisher=fields["publisher"],
        url=fields["url"],
        author=fields["author"],
        tags=tuple(t for t in (_as_text("tags", t) for t in tags) if t),
    )
    return article, warnings


def content_hash(article: Article) -> str:
    """Hash what annotation reads from an article (its body and date), not where it lives."""
    h = hashlib.sha256()
    h.update((article.date or "").encode())
    h.update(b"\x00")
    h.update(article.text.encode())
    return h.hexdigest()


def read_content(content_dir: Path | str, files: Iterable[Path] | None = None) -> ReadResult:
    """Read every article under ``content_dir``; broken files become problems, not crashes."""
    root = Path(content_dir)
    paths = list(files) if files is not None else article_files(root)
    articles: list[Article] = []
    problems: list[Problem] = []
    taken: set[str] = set()
    seen: dict[str, str] = {}
    for path in paths:
        rel = path.relative_to(root.parent).as_posix() if root.parent in path.parents else str(path)
        try:
            article, warnings = read_article(path, root)
        except ContentError as exc:
            problems.append(Problem(rel, str(exc), "error", exc.line))
            continue
        except OSError as exc:
            problems.append(Problem(rel, f"cannot be read: {exc.strerror or exc}", "error"))
            continue
        problems += [Problem(rel, w, "warning") for w in warnings]
        digest = hashlib.sha256(f"{article.title}\x00{article.text}".encode()).hexdigest()
        if digest in seen:
            problems.append(Problem(rel, f"same article as {seen[digest]}: skipped as a "
                                         "duplicate", "warning"))
            continue
        seen[digest] = rel
        stem = re.sub(r"\.(md|markdown|txt)$", "", path.relative_to(root).as_posix(), flags=re.I)
        article_id = unique_slug(stem.replace("/", "-"), taken)
        articles.append(replace(article, id=article_id))
    return ReadResult(tuple(articles), tuple(problems))
