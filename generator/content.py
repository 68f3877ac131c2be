"""Read ``content/`` into ``Article`` records. Never imports spaCy, never writes.

Two layouts are read:

* ``*.md``: YAML front matter (``title`` required; ``date``, ``publisher``, ``url``, ``author``,
  ``tags`` optional) and the article body;
* ``*.txt``: the first non-empty line is the headline, the rest is the body (the BBC layout).

A file that cannot be read becomes a ``Problem`` naming the file and what is wrong; the other
files are still read. Text is decoded as UTF-8 (a BOM is dropped); text that is not UTF-8 is
read as Windows-1252 (or Latin-1) with a warning that names the encoding.

The folder is walked without following links: a link to a file inside ``content/`` is read
(as the file it points to), a link that leads outside it, loops or leads nowhere is refused and
reported; hidden files, and files that are not regular files (a FIFO), are reported and not
read. A file name that is not UTF-8 is shown (and its page named) with the bytes escaped.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import ContentError
from .front_matter import CONTROLS, KNOWN_KEYS, article_fields, split_front_matter, split_headline
from .models import Article, Problem
from .names import strip_bidi
from .urls import unique_slug

__all__ = ["KNOWN_KEYS", "ReadResult", "content_hash", "decode", "read_article", "read_content",
           "scan_content", "shown_path"]

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
_HIDDEN_SCAN = 10_000  # entries looked at in a hidden folder to say whether it holds articles


@dataclass(frozen=True)
class ReadResult:
    """The articles that could be read and the problems found on the way."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]


def shown_path(rel: str) -> str:
    """A path as reports and pages show it: bytes that are not UTF-8 (surrogate escapes of
    ``os.fsdecode``), control and bidirectional-control characters written as escapes."""
    if rel.isascii() and rel.isprintable():
        return rel
    text = os.fsencode(rel).decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() and strip_bidi(ch) else
                   ch.encode("unicode_escape").decode("ascii") for ch in text)


def _is_article(name: str) -> bool:
    return name.lower().endswith(ARTICLE_SUFFIXES)


def _holds_articles(folder: str) -> bool:
    """Say whether a (hidden) folder holds article files, looking at a bounded number of
    entries and following no links."""
    seen, todo = 0, [folder]
    while todo and seen < _HIDDEN_SCAN:
        try:
            entries = list(os.scandir(todo.pop()))
        except OSError:
            continue
        for entry in entries:
            seen += 1
            if entry.is_dir(follow_symlinks=False):
                todo.append(entry.path)
            elif _is_article(entry.name):
                return True
    return False


def scan_content(content_dir: Path) -> tuple[list[Path], list[Problem]]:
    """List the article files under ``content_dir`` in a stable order, following no links
    out of it; report what is skipped (links out, loops, hidden and special files)."""
    root = Path(content_dir)
    try:
        real_root = Path(os.path.realpath(root, strict=True))
    except OSError:
        return [], []
    if not real_root.is_dir():
        return [], []
    found: list[tuple[bool, str, Path]] = []  # (is a link, relative path, path)
    problems: list[Problem] = []

    def report(rel: str, message: str, level: str) -> None:
        problems.append(Problem(shown_path(f"{root.name}/{rel}"), message, level))

    def walk(folder: Path, prefix: str) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            report(prefix.rstrip("/") or ".", f"folder cannot be read: {exc.strerror}", "error")
            return
        for entry in entries:
            rel = prefix + entry.name
            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError:
                continue
            if entry.name.startswith("."):
                if _is_article(entry.name) and not stat.S_ISDIR(mode):
                    report(rel, "hidden file (its name starts with '.'): not read", "warning")
                elif stat.S_ISDIR(mode) and _holds_articles(entry.path):
                    report(rel, "hidden folder (its name starts with '.'): the articles in it "
                           "are not read", "warning")
                continue
            if stat.S_ISDIR(mode):
                walk(Path(entry.path), rel + "/")
            elif stat.S_ISLNK(mode):
                link(Path(entry.path), rel)
            elif _is_article(entry.name):
                if stat.S_ISREG(mode):
                    found.append((False, rel, Path(entry.path)))
                else:
                    report(rel, f"not a regular file ({_kind(mode)}): not read", "error")

    def link(path: Path, rel: str) -> None:
        try:
            target = Path(os.path.realpath(path, strict=True))
        except OSError as exc:
            if _is_article(path.name):
                report(rel, "a link that loops: not read" if exc.errno == errno.ELOOP
                       else "a link to a file that does not exist: not read", "error")
            return
        inside = target == real_root or real_root in target.parents
        if target.is_dir():
            report(rel, "a link to a folder: not followed" + (
                " (the articles in it are read where they are)" if inside else
                ", it leads outside the content folder"), "warning")
        elif _is_article(path.name):
            if inside:
                found.append((True, rel, path))
            else:
                report(rel, "a link to a file outside the content folder: not read", "error")

    walk(root, "")
    found.sort(key=lambda x: x[:2])  # a file before the links to it: the links are duplicates
    return [p for _, _, p in found], problems


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device")):
        if test(mode):
            return name
    return "not a file"


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
    return CONTROLS.sub(lambda m: "\n" if m.group() in "\u2028\u2029" else " "
                         if m.group() in "\f\v" else "", text), fallback


def _clean_body(body: str) -> str:
    # Trailing spaces at line ends and surrounding blank lines carry no meaning; offsets are
    # into this cleaned text, which is what the corpus JSON exports.
    return "\n".join(line.rstrip() for line in body.strip("\n").split("\n")).strip()


def _read_bytes(path: Path) -> bytes:
    """Read a regular file (through a link inside the content folder) without blocking on a
    FIFO nor following a link swapped in since the listing."""
    real = os.path.realpath(path)
    fd = os.open(real, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ContentError(f"not a regular file ({_kind(st.st_mode)}): not read")
        if st.st_size > MAX_ARTICLE_BYTES:
            raise ContentError(f"file is {st.st_size // 1_048_576} MB; articles are limited to "
                               f"{MAX_ARTICLE_BYTES // 1_048_576} MB")
        return fh.read(MAX_ARTICLE_BYTES + 1)


def read_article(path: Path, root: Path, article_id: str = "") -> tuple[Article, list[str]]:
    """Read one article file; raise ``ContentError`` when it cannot be an article."""
    data = _read_bytes(path)
    if len(data) > MAX_ARTICLE_BYTES:  # it grew after the size was checked
        raise ContentError(f"file is over {MAX_ARTICLE_BYTES // 1_048_576} MB; articles are "
                           "limited to that")
    if not data.strip():
        raise ContentError("empty file" if not data else "file holds only whitespace")
    text, fallback = decode(data)
    if not text.strip():
        raise ContentError("file holds only whitespace")
    warnings = [f"not UTF-8: read as {fallback}"] if fallback else []
    key_lines: dict[str, int] = {}
    plain = path.suffix.lower() == ".txt"
    if plain:
        meta, body = split_headline(text)
    else:
        meta, body, more, key_lines = split_front_matter(text)
        warnings += more
    fields, more = article_fields(meta, plain, key_lines)
    warnings += more
    body = _clean_body(body)
    if not body:
        raise ContentError("the article has a title but no body text")
    rel = path.relative_to(root.parent) if root.parent in path.parents else path
    article = Article(
        id=article_id,
        path=shown_path(rel.as_posix()),
        title=fields.title,
        text=body,
        date=fields.date,
        publisher=fields.publisher,
        url=fields.url,
        author=fields.author,
        tags=fields.tags,
        license=fields.license,
        paragraphs=paragraph_spans(body, each_line=plain),
    )
    return article, warnings


_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def paragraph_spans(text: str, each_line: bool) -> tuple[tuple[int, int], ...]:
    """Where the paragraphs of a body are: every non-empty line of a ``.txt`` (line 1 the
    headline, each line after it a paragraph, as news exports and the BBC corpus write them),
    or the blocks between blank lines of a Markdown body (where a line break is only wrapping).
    """
    spans, pos = [], 0
    breaks = re.finditer(r"\n\s*", text) if each_line else _BLANK_LINES.finditer(text)
    for m in breaks:
        if text[pos:m.start()].strip():
            spans.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return tuple(spans)


def content_hash(article: Article) -> str:
    """Hash what annotation reads from an article (its body, paragraphs and date), not where
    it lives."""
    h = hashlib.sha256()
    h.update((article.date or "").encode())
    h.update(b"\x00")
    h.update(article.text.encode())
    h.update(b"\x00")
    h.update(",".join(f"{s}:{e}" for s, e in article.paragraphs).encode())
    return h.hexdigest()


def read_content(content_dir: Path | str) -> ReadResult:
    """Read every article under ``content_dir``; broken files become problems, not crashes."""
    root = Path(content_dir)
    paths, problems = scan_content(root)
    articles: list[Article] = []
    taken: set[str] = set()
    seen: dict[str, str] = {}
    titles: dict[str, str] = {}  # folded title -> the first file with it
    for path in paths:
        raw = path.relative_to(root.parent).as_posix() if root.parent in path.parents \
            else str(path)
        rel = shown_path(raw)
        if rel != raw:
            problems.append(Problem(rel, "the file name is not valid UTF-8 (or holds control "
                                    "characters): shown with those bytes escaped", "warning"))
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
        title_key = " ".join(article.title.casefold().split())
        if title_key in titles:  # two stories, or one story twice with edits: say so
            problems.append(Problem(rel, f"same title as {titles[title_key]}: "
                                         f"'{article.title[:80]}'", "warning"))
        titles.setdefault(title_key, rel)
        stem = re.sub(r"\.(md|markdown|txt)$", "", shown_path(path.relative_to(root).as_posix()),
                      flags=re.I)
        article_id = unique_slug(stem.replace("/", "-"), taken)
        articles.append(replace(article, id=article_id))
    return ReadResult(tuple(articles), tuple(problems))
