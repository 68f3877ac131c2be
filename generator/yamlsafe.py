"""YAML for front matter and ``curation.yml``: text as written, bounded, duplicates found.

Three things PyYAML's ``safe_load`` does that a site generator must not:

* **Aliases expand without limit.** ``a: &a [x, x, ...]`` / ``b: &b [*a, *a, ...]`` is a few
  hundred bytes that stand for millions of values (a "billion laughs"). PyYAML shares the
  objects, but anything that walks or prints them (an error message quoting the value, a
  ``str()`` of a name) does the whole work. The composer here counts the values each node
  stands for, aliases included, and refuses a document that stands for more than
  ``max_values`` (aliases to scalars and small collections stay usable: an editor may
  anchor a list of names and reuse it), or that nests deeper than ``max_depth`` (5,000
  brackets would otherwise exhaust Python's stack).
* **Scalars change type.** ``title: 0x1F`` is read as 31, ``1:20:30`` as 4830, ``yes`` as
  True, and a 5,000-digit number raises. Here every scalar is the text written, except an
  empty value or ``~``/``null``, which is None.
* **A duplicate key keeps the last value silently.** Here each duplicate is reported with its
  line.
"""

from __future__ import annotations

import reprlib

import yaml
from yaml.composer import ComposerError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_NULL = "tag:yaml.org,2002:null"


class TextLoader(yaml.SafeLoader):
    """A SafeLoader that keeps scalars as text and bounds what aliases expand to."""

    max_values = 10_000
    max_depth = 64

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._sizes: dict[int, int] = {}
        self._depth = 0
        self.duplicates: list[tuple[str, int, int]] = []  # (key, line, first line), 1-based

    def compose_node(self, parent: Node | None, index: object) -> Node:
        if self.check_event(yaml.AliasEvent):
            return super().compose_node(parent, index)  # the anchored node: its size is known
        self._depth += 1
        try:
            if self._depth > self.max_depth:
                mark = self.peek_event().start_mark
                raise ComposerError(None, None, f"nested more than {self.max_depth} levels "
                                    "deep", mark)
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        size = 1
        if isinstance(node, SequenceNode):
            size += sum(self._sizes.get(id(child), 1) for child in node.value)
        elif isinstance(node, MappingNode):
            size += sum(self._sizes.get(id(k), 1) + self._sizes.get(id(v), 1)
                        for k, v in node.value)
            self._find_duplicates(node)
        if size > self.max_values:
            raise ComposerError(None, None, f"it stands for more than {self.max_values:,} "
                                "values (aliases repeat what they point to)", node.start_mark)
        self._sizes[id(node)] = size
        return node

    def _find_duplicates(self, node: MappingNode) -> None:
        first: dict[str, int] = {}
        for key, _ in node.value:
            if not isinstance(key, ScalarNode):
                continue
            line = key.start_mark.line
            if key.value in first:
                self.duplicates.append((key.value, line + 1, first[key.value] + 1))
            else:
                first[key.value] = line


# Only null is recognised; everything else is the text written (no int, float, bool,
# timestamp, merge "<<" or value "=" resolvers).
TextLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag == _NULL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
TextLoader.yaml_implicit_resolvers = {k: v for k, v in TextLoader.yaml_implicit_resolvers.items()
                                      if v}


def load_text_yaml(source: str, max_values: int = TextLoader.max_values
                   ) -> tuple[object, Node | None, list[tuple[str, int, int]]]:
    """Parse one YAML document; return (data, root node, duplicate keys).

    Raises ``yaml.YAMLError`` for invalid YAML and for a document that is too large or too
    deep once aliases are expanded.
    """
    loader = TextLoader(source)
    loader.max_values = max_values
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
        return data, node, loader.duplicates
    finally:
        loader.dispose()


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxlist, _REPR.maxdict, _REPR.maxstring, _REPR.maxother = 3, 4, 4, 90, 40


def quoted(value: object, limit: int = 80) -> str:
    """``repr(value)`` cut to ``limit`` characters and "…", without building a longer one."""
    text = _REPR.repr(value) if not isinstance(value, str) else repr(value[: limit + 2])
    return text if len(text) <= limit else text[:limit] + "…"
