"""Nothing lost, nothing stale: content/ is never written, stale pages go, builds repeat exactly,
and a build killed mid-way leaves a cache the next build can trust."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from sitekit import (
    PYTHON,
    ROOT,
    Run,
    article,
    cli,
    env,
    mkdocs_build,
    site_config,
    write_files,
)

from generator.build import write_pages

pytestmark = [pytest.mark.model, pytest.mark.slow]


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every file and folder under ``folder``: kind, size, mtime and a hash of the bytes."""
    out = {}
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
        out[path.relative_to(folder).as_posix()] = (path.is_dir(), st.st_size, st.st_mtime_ns,
                                                    digest)
    return out


def tree_bytes(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(skip)}


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    """A copy of the project's own articles (written for the project) plus two of ours."""
    tmp = tmp_path_factory.mktemp("lost")
    content = tmp / "content"
    shutil.copytree(ROOT / "content", content)
    write_files(content, {
        "extra/summit.md": article("Leaders meet in Geneva", "Angela Merkel met Emmanuel "
                                   "Macron in Geneva on Monday, officials said.",
                                   date="2024-05-02"),
        "lonely.md": article("A lonely article", "Greta Lindqvist visited Reykjavik on Friday, "
                             "the ministry said.", date="2024-05-03"),
    })
    return content


def test_build_never_writes_into_content(corpus_dir, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(corpus_dir, content)
    before = snapshot(content)
    run = mkdocs_build(site_config(tmp_path, content), strict=True, site=tmp_path / "site")
    assert run.returncode == 0, run.output
    run = cli("build", str(content), "--out", str(tmp_path / "pages"), "--cache-dir",
              str(tmp_path / "cache2"), cwd=tmp_path)
    assert run.returncode == 0, run.output
    run = cli("annotate", str(content), "--out", str(tmp_path / "corpus.json"), "--cache-dir",
              str(tmp_path / "cache2"), cwd=tmp_path)
    assert run.returncode == 0, run.output
    assert snapshot(content) == before


def test_pages_of_removed_articles_and_actors_disappear(corpus_dir, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(corpus_dir, content)
    out, site, config = tmp_path / "pages", tmp_path / "site", site_config(tmp_path, content)
    args = ("build", str(content), "--out", str(out), "--cache-dir", str(tmp_path / "cache"))
    assert cli(*args, cwd=tmp_path).returncode == 0
    assert mkdocs_build(config, strict=True, site=site).returncode == 0
    assert (out / "articles" / "lonely.md").is_file()
    lonely = [p for p in (out / "actors").glob("*.md") if "Lindqvist" in p.read_text()
              and p.name != "index.md"]
    assert lonely, "the lonely article's actor has a page"
    (content / "lonely.md").unlink()
    shutil.rmtree(content / "extra")
    assert cli(*args, cwd=tmp_path).returncode == 0
    assert mkdocs_build(config, strict=True, site=site).returncode == 0
    assert not (out / "articles" / "lonely.md").exists()
    assert not (out / "articles" / "summit.md").exists()
    assert not [p for p in lonely if p.exists()]
    assert not (site / "articles" / "lonely").exists()
    assert not (site / "actors" / lonely[0].stem).exists()
    assert not any("Lindqvist" in p.read_text() for p in out.rglob("*.md"))
    listed = set((out / ".generated-by-news-generator").read_text().split())
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert listed == on_disk - {".generated-by-news-generator"}
    assert "stylesheets/extra.css" in listed  # the theme's assets are listed like the pages


def test_write_pages_removes_stale_pages_and_keeps_other_files(tmp_path):
    out = tmp_path / "out"
    write_pages({"a.md": "a", "actors/x.md": "x", "actors/y.md": "y"}, out)
    (out / "README.txt").write_text("not ours")
    write_pages({"a.md": "a", "actors/y.md": "y2"}, out)
    assert not (out / "actors" / "x.md").exists()
    assert (out / "actors" / "y.md").read_text() == "y2"
    assert (out / "README.txt").read_text() == "not ours"
    write_pages({"a.md": "a"}, out)
    assert not (out / "actors").exists(), "an emptied folder is removed"


# ---- the output folder is the user's: only what the manifest lists is the generator's -----------


def _users_docs(folder: Path) -> Path:
    """A docs folder a user wrote by hand (the attack run's: index pages and a note)."""
    write_files(folder, {"index.md": "# My own home page\n",
                         "articles/index.md": "# My own article list\n",
                         ".tmp-notes": "my notes", "stylesheets/extra.css": "body {}\n"})
    hour_ago = time.time() - 3600
    os.utime(folder / ".tmp-notes", (hour_ago, hour_ago))
    return folder


def test_write_pages_refuses_to_overwrite_files_it_did_not_write(tmp_path):
    """Hole 2: a build into an existing docs folder overwrote the user's pages."""
    from generator.errors import OutputError

    out = _users_docs(tmp_path / "docs")
    before = snapshot(out)
    with pytest.raises(OutputError) as err:
        write_pages({"index.md": "generated", "articles/index.md": "generated",
                     "articles/new.md": "generated"}, out)
    message = str(err.value)
    assert "index.md" in message and "articles/index.md" in message
    assert "articles/new.md" not in message and "nothing was written" in message
    assert snapshot(out) == before, "a refused write must write nothing"


def test_write_pages_beside_a_users_files_keeps_them(tmp_path):
    out = _users_docs(tmp_path / "docs")
    write_pages({"articles/a.md": "a", "actors/x.md": "x"}, out)
    write_pages({"articles/b.md": "b"}, out)  # a and x are stale: removed, the user's kept
    assert not (out / "articles" / "a.md").exists() and not (out / "actors").exists()
    assert (out / "index.md").read_text() == "# My own home page\n"
    assert (out / "articles" / "index.md").read_text() == "# My own article list\n"
    assert (out / ".tmp-notes").read_text() == "my notes", "a user's .tmp-* file was swept"


def test_a_forged_manifest_removes_nothing_outside_the_folder(tmp_path):
    out, outside = tmp_path / "out", tmp_path / "outside.md"
    outside.write_text("keep")
    write_pages({"a.md": "a"}, out)
    (out / ".generated-by-news-generator").write_text("a.md\n../outside.md\n/etc/hostname\n")
    write_pages({"a.md": "a"}, out)
    assert outside.read_text() == "keep"


def test_write_pages_never_writes_through_a_link(tmp_path):
    from generator.errors import OutputError

    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    elsewhere.mkdir()
    out.mkdir()
    (out / "actors").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(OutputError, match="link"):
        write_pages({"actors/x.md": "x"}, out)
    assert list(elsewhere.iterdir()) == []
    user = tmp_path / "user.md"
    user.write_text("the user's")
    (out / "page.md").symlink_to(user)
    with pytest.raises(OutputError, match="page.md"):
        write_pages({"page.md": "generated"}, out)
    assert user.read_text() == "the user's"


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_pages_get_the_mode_the_umask_gives(tmp_path, umask):
    """Hole 9: pages were 0600 whatever the umask (mkstemp's mode)."""
    old = os.umask(umask)
    try:
        write_pages({"articles/a.md": "a"}, tmp_path / "out")
    finally:
        os.umask(old)
    mode = (tmp_path / "out" / "articles" / "a.md").stat().st_mode & 0o777
    assert mode == 0o666 & ~umask


def test_cli_build_into_a_users_docs_folder_refuses_and_names_the_files(corpus_dir, tmp_path):
    """Hole 2, through the command line: exit non-zero, name the files, write nothing (the
    theme's stylesheet included)."""
    docs = _users_docs(tmp_path / "docs")
    before = snapshot(docs)
    run = cli("build", str(corpus_dir), "--out", str(docs), "--cache-dir",
              str(tmp_path / "cache"), cwd=tmp_path)
    assert run.returncode != 0, run.output
    assert "error: refusing to write into" in run.output
    assert "index.md" in run.output and "stylesheets/extra.css" in run.output
    assert "Traceback" not in run.output
    assert snapshot(docs) == before


def test_two_builds_are_byte_identical(corpus_dir, tmp_path):
    run = _frozen_cli(tmp_path)
    tpl = ("--templates", str(ROOT / "site_templates"))
    a = run("build", *tpl, str(corpus_dir), "--out", str(tmp_path / "a"), "--cache-dir",
            str(tmp_path / "cache"))
    b = run("build", *tpl, str(corpus_dir), "--out", str(tmp_path / "b"), "--no-cache")
    c = run("build", *tpl, str(corpus_dir), "--out", str(tmp_path / "c"), "--cache-dir",
            str(tmp_path / "cache"))  # from the cache this time
    assert a.returncode == b.returncode == c.returncode == 0
    pages_a = tree_bytes(tmp_path / "a")
    assert len(pages_a) > 10
    assert pages_a == tree_bytes(tmp_path / "b") == tree_bytes(tmp_path / "c")
    config = site_config(tmp_path, corpus_dir)
    assert mkdocs_build(config, strict=True, site=tmp_path / "s1").returncode == 0
    assert mkdocs_build(config, strict=True, site=tmp_path / "s2").returncode == 0
    # sitemap.xml carries the build date by design; every page repeats. Pagefind 1.5.2 names
    # its filter and metadata files by a hash that differs from run to run: its folder is
    # compared by what it finds (tests/test_explore.py), not byte for byte.
    html1 = tree_bytes(tmp_path / "s1", skip=("sitemap.xml",))
    html2 = tree_bytes(tmp_path / "s2", skip=("sitemap.xml",))
    assert {p: b for p, b in html1.items() if not p.startswith("pagefind/")} == {
        p: b for p, b in html2.items() if not p.startswith("pagefind/")}
    assert any(p.startswith("pagefind/index/") for p in html1)


FIRST = ["Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiroshi", "Ingrid",
         "Jamal", "Katarina", "Luis", "Maria", "Nikolai", "Olga", "Pedro"]
LAST = ["Kowalski", "Petrov", "Schmidt", "Rossi", "Garcia", "Novak", "Jensen", "Tanaka",
        "Silva", "Haddad", "Larsen", "Moreau"]
CITIES = ["Geneva", "Nairobi", "Lima", "Oslo", "Hanoi", "Quito", "Dakar", "Riga"]


def _busy_article(n: int) -> str:
    sentences = []
    for i in range(40):
        a = f"{FIRST[(i + n) % len(FIRST)]} {LAST[(i * 7 + n) % len(LAST)]}"
        b = f"{FIRST[(i * 3 + n + 1) % len(FIRST)]} {LAST[(i + 2 * n) % len(LAST)]}"
        city = CITIES[(i + n) % len(CITIES)]
        sentences.append(f"{a} met {b} in {city} on Monday, and {a} told reporters that the "
                         f"talks had gone well.")
    body = "\n\n".join(" ".join(sentences[k:k + 5]) for k in range(0, len(sentences), 5))
    return article(f"Talks round {n}", body, date=f"2024-06-{n + 1:02d}")


def _frozen_cli(tmp_path: Path):
    """Run the command line from a copy of the package: other people may be editing the
    extractors while this test runs, and every edit changes every cache key."""
    pkg = tmp_path / "pkg"
    shutil.copytree(ROOT / "generator", pkg / "generator",
                    ignore=shutil.ignore_patterns("__pycache__"))
    run_env = env()
    run_env["PYTHONPATH"] = str(pkg) + os.pathsep + run_env.get("PYTHONPATH", "")

    def run(*args: str, popen: bool = False):
        cmd = [PYTHON, "-m", "generator", *args]
        if popen:
            return subprocess.Popen(cmd, env=run_env, cwd=tmp_path, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
        done = subprocess.run(cmd, env=run_env, cwd=tmp_path, capture_output=True, text=True,
                              timeout=300)
        return Run(done.returncode, done.stdout + done.stderr)

    return run


def _entries(cache: Path) -> list[Path]:
    """Finished cache entries (a kill can also leave a ``.tmp-*`` file being written)."""
    if not cache.is_dir():
        return []
    return sorted(p for p in cache.rglob("*.json") if not p.name.startswith(".tmp-"))


def _orphans(tmp_path) -> list[str]:
    """Processes still running whose command line names this test's folder."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if str(tmp_path / "content") in cmd and proc.name != str(os.getpid()):
            found.append(cmd)
    return found


def test_a_build_killed_mid_way_leaves_a_usable_cache(tmp_path):
    run = _frozen_cli(tmp_path)
    content = write_files(tmp_path / "content",
                          {f"round-{n:02d}.md": _busy_article(n) for n in range(8)})
    cache = tmp_path / "cache"
    clean = run("annotate", str(content), "--out", str(tmp_path / "clean.json"), "--no-cache")
    assert clean.returncode == 0, clean.output
    proc = run("annotate", str(content), "--out", str(tmp_path / "killed.json"), "--cache-dir",
               str(cache), "--batch-size", "1", popen=True)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if _entries(cache):
                break
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL, "the annotation ended before it was killed"
    # its worker processes end with it (none is left running, orphaned)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _orphans(tmp_path):
        time.sleep(0.2)
    assert not _orphans(tmp_path), "worker processes outlived the killed build"
    entries = _entries(cache)
    assert 1 <= len(entries) < 8, "killed mid-way: some articles cached, not all"
    assert not (tmp_path / "killed.json").exists()
    # Make it worse: a torn entry (as a crash of a non-atomic writer would leave) and a stray
    # temporary file.
    entries[0].write_bytes(entries[0].read_bytes()[:100])
    stray = entries[0].parent / ".tmp-news-stray.json"
    stray.write_text("{")
    hour_ago = time.time() - 3600
    os.utime(stray, (hour_ago, hour_ago))  # left by the killed run
    fresh = entries[0].parent / ".tmp-news-fresh.json"
    fresh.write_text("{")  # as if another run were writing it now
    resumed = run("annotate", str(content), "--out", str(tmp_path / "resumed.json"),
                  "--cache-dir", str(cache))
    assert resumed.returncode == 0, resumed.output
    assert "corrupt or stale" in resumed.output
    assert f"{len(entries) - 1} cached" in resumed.output
    assert (tmp_path / "resumed.json").read_bytes() == (tmp_path / "clean.json").read_bytes()
    assert not stray.exists() and fresh.exists()  # the old temporary file is swept, not the new
    again = run("annotate", str(content), "--out", str(tmp_path / "again.json"),
                "--cache-dir", str(cache))
    assert "8 cached" in again.output
    assert (tmp_path / "again.json").read_bytes() == (tmp_path / "clean.json").read_bytes()
