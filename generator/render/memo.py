"""Entity pages rendered again only when what they show changed (a serve rebuild renders the
pages a new article touched, not the whole site).

A page of an actor, article, event or source is a function of what it reads of the site index
(``SiteIndex``) and of the templates and settings. While such a page renders, every lookup in
the index's tables is recorded (``Tracked``: the table and the key). The page is stored with
the set of lookups it made; at the next render of the corpus, it is reused when every one of
those lookups gives a value equal to the one it gave then (each lookup is compared once per
render, however many pages made it), and rendered again otherwise.

The comparison is of values, never of identities, so reusing is right for any corpus (a test
renders one corpus after another with and without the memo and compares every page). Two
rules keep it so:
- a memoised page reads the index by key (``table[key]``, ``table.get(key)``,
  ``key in table``); iterating over a table while a page is recorded raises ``RuntimeError``;
- a table compares what pages may read of its values (``Tracked.project``): an actor seen
  from another page is its name, type, aliases, roles and counts, not its mentions (the
  actor's own page reads those through ``SiteIndex.actor_record``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
MISSING = object()  # a key the table does not hold: equal to itself from one render to the next
_NEVER = object()  # a lookup no earlier render made: equal to nothing


class Recorder:
    """Where the lookups of the page being rendered go (``None``: no page is recorded)."""

    __slots__ = ("reads",)

    def __init__(self) -> None:
        self.reads: set[tuple[str, Hashable]] | None = None


def _same(value: Any) -> Any:
    return value


class Tracked(dict):
    """A table of the site index whose lookups are recorded while a memoised page renders.

    ``project`` maps a value to what is compared between renders (default: the value)."""

    __slots__ = ("name", "recorder", "project")

    def __init__(self, name: str, data: dict, recorder: Recorder,
                 project: Callable[[Any], Any] = _same) -> None:
        super().__init__(data)
        self.name, self.recorder, self.project = name, recorder, project

    def __getitem__(self, key: Hashable) -> Any:
        reads = self.recorder.reads
        if reads is not None:
            reads.add((self.name, key))
        return dict.__getitem__(self, key)

    def get(self, key: Hashable, default: Any = None) -> Any:
        reads = self.recorder.reads
        if reads is not None:
            reads.add((self.name, key))
        return dict.get(self, key, default)

    def __contains__(self, key: object) -> bool:
        reads = self.recorder.reads
        if reads is not None:
            reads.add((self.name, key))  # type: ignore[arg-type]
        return dict.__contains__(self, key)

    def _whole(self) -> None:
        if self.recorder.reads is not None:
            raise RuntimeError(f"a memoised page iterates over the table {self.name!r}: "
                               "it may read it by key only (render/memo.py)")

    def __iter__(self) -> Iterator:
        self._whole()
        return dict.__iter__(self)

    def keys(self):  # type: ignore[override]
        self._whole()
        return dict.keys(self)

    def values(self):  # type: ignore[override]
        self._whole()
        return dict.values(self)

    def items(self):  # type: ignore[override]
        self._whole()
        return dict.items(self)

    def current(self, key: Hashable) -> Any:
        """What a lookup of ``key`` gives, as compared between renders (not recorded)."""
        value = dict.get(self, key, MISSING)
        return value if value is MISSING else self.project(value)


class PageMemo:
    """The memoised pages of the last render, and the lookups they made.

    ``begin`` starts a render of a corpus (its index, and a key for the templates and settings:
    another key forgets every page); ``page`` returns a page's stored result when its lookups
    still give the same values, or renders it; ``end`` forgets the pages this render did not
    make (a page that comes back later is rendered again)."""

    def __init__(self) -> None:
        self._pages: dict[str, tuple[frozenset, Any]] = {}
        self._values: dict[tuple[str, Hashable], Any] = {}
        self._key: Hashable = _NEVER
        self._tables: dict[str, Tracked] = {}
        self._recorder: Recorder | None = None
        self._checked: dict[tuple[str, Hashable], bool] = {}
        self._next: dict[tuple[str, Hashable], Any] = {}
        self._made: set[str] = set()
        self.reused = self.rendered = 0

    def begin(self, tables: dict[str, Tracked], recorder: Recorder, key: Hashable) -> None:
        if key != self._key:
            self._pages, self._values = {}, {}
        self._key, self._tables, self._recorder = key, tables, recorder
        self._checked, self._next, self._made = {}, {}, set()
        self.reused = self.rendered = 0

    def page(self, path: str, render: Callable[[], T]) -> T:
        """The result of ``render()`` for ``path``: stored, or made now and stored."""
        assert self._recorder is not None, "PageMemo.page outside begin/end"
        self._made.add(path)
        stored = self._pages.get(path)
        if stored is not None and self._all_unchanged(stored[0]):
            self.reused += 1
            return stored[1]
        recorder = self._recorder
        outer, reads = recorder.reads, set()
        recorder.reads = reads
        try:
            result = render()
        finally:
            recorder.reads = outer
        for read in reads:
            self._unchanged(read)  # keeps the value it has now for the next render
        self._pages[path] = (frozenset(reads), result)
        self.rendered += 1
        return result

    def _all_unchanged(self, reads: frozenset) -> bool:
        checked = self._checked  # most lookups were compared for an earlier page already
        for read in reads:
            same = checked.get(read)
            if same is None:
                same = self._unchanged(read)
            if not same:
                return False
        return True

    def _unchanged(self, read: tuple[str, Hashable]) -> bool:
        same = self._checked.get(read)
        if same is None:
            value = self._tables[read[0]].current(read[1])
            old = self._values.get(read, _NEVER)  # often the very object (the merge memo)
            same = self._checked[read] = value is old or value == old
            self._next[read] = value
        return same

    def end(self) -> None:
        self._pages = {p: v for p, v in self._pages.items() if p in self._made}
        self._values, self._next, self._checked = self._next, {}, {}
        self._tables, self._recorder, self._made = {}, None, set()


class InputMemo:
    """Pages reused when they are rendered from inputs equal to the last render's (the parts
    of split listings: an event, claim or article listing of one month is the same page as
    long as its rows are). ``begin`` with another key forgets every page; ``end`` keeps the
    pages of this render only."""

    def __init__(self) -> None:
        self._last: dict[str, tuple[Any, Any]] = {}
        self._now: dict[str, tuple[Any, Any]] = {}
        self._key: Hashable = _NEVER
        self.reused = self.rendered = 0

    def begin(self, key: Hashable) -> None:
        if key != self._key:
            self._last = {}
        self._key, self._now = key, {}
        self.reused = self.rendered = 0

    def page(self, path: str, inputs: Any, render: Callable[[], T]) -> T:
        known = self._last.get(path)
        if known is not None and _same_types(known[0], inputs) and known[0] == inputs:
            self.reused += 1
            result = known[1]
        else:
            self.rendered += 1
            result = render()
        self._now[path] = (inputs, result)
        return result

    def end(self) -> None:
        self._last, self._now = self._now, {}


def _same_types(a: Any, b: Any) -> bool:
    """The top-level values are of the same types (``MD("x") == "x"``, but one is Markdown
    and the other text to escape); deeper values are records whose field types are fixed."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(type(a[k]) is type(b[k]) for k in a)
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(_same_types(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b)
