"""The package map, checked: which layer may import which (read from the source, not run)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ROOT / "generator"
QUALITY = ROOT / "quality"

# Modules of the product that must never import spaCy (a warm rebuild does not load it).
NO_SPACY = ("models", "annotations", "vocab", "merge", "render", "urls", "content", "curation",
            "corpus_json", "build", "plugin", "markup", "names", "files", "settings",
            "errors", "__main__", "shapes", "yamlsafe", "output", "front_matter", "spoofing",
            "distributed", "incremental", "progress", "sitemap")


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) for every import in ``path``, relative imports made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    if path.name != "__init__.py":
        package = package.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, module] if module else base)
            found.append((module, [alias.name for alias in node.names]))
    return found


def _modules(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def _top(path: Path) -> str:
    """The product module a file belongs to: 'render' for generator/render/pages.py."""
    rel = path.relative_to(PRODUCT).with_suffix("").parts
    return rel[0]


@pytest.mark.parametrize("path", _modules(PRODUCT), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_product_never_imports_the_quality_tools(path: Path) -> None:
    for module, _ in _imports(path):
        assert module.split(".")[0] != "quality", f"{path.relative_to(ROOT)} imports {module}"


@pytest.mark.parametrize("path", [p for p in _modules(PRODUCT) if _top(p) in NO_SPACY],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_rendering_merging_and_reading_never_import_spacy(path: Path) -> None:
    for module, _ in _imports(path):
        assert module.split(".")[0] != "spacy", f"{path.relative_to(ROOT)} imports {module}"
        assert not module.startswith("generator.nlp"), \
            f"{path.relative_to(ROOT)} imports {module} (the spaCy side)"


@pytest.mark.parametrize("path", _modules(PRODUCT) + _modules(QUALITY) + _modules(ROOT / "tests"),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_imports_another_modules_private_names(path: Path) -> None:
    for module, names in _imports(path):
        if not module.startswith(("generator", "quality")):
            continue
        private = [n for n in names if n.startswith("_") and not n.startswith("__")]
        assert not private, f"{path.relative_to(ROOT)} imports {private} from {module}"


def test_the_quality_tools_have_no_import_circle() -> None:
    graph: dict[str, set[str]] = {}
    for path in _modules(QUALITY):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        graph[name.removesuffix(".__init__")] = {
            m for m, _ in _imports(path) if m.startswith("quality.")}
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if nxt not in graph:
                continue
            assert state.get(nxt) != 1, "import circle: " + " -> ".join([*trail, node, nxt])
            if nxt not in state:
                visit(nxt, [*trail, node])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])


@pytest.mark.parametrize("path", _modules(PRODUCT), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_product_module_reads_in_one_sitting(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= 600, f"{path.relative_to(ROOT)} has {lines} lines (split it by concern)"


def test_editing_the_quality_tools_leaves_the_annotation_cache_valid() -> None:
    from generator.nlp.pipeline import annotation_inputs

    inputs = annotation_inputs()
    assert inputs, "no extractor files found"
    assert all(PRODUCT / "nlp" in p.parents or p.parent == PRODUCT for p in inputs)
    assert not [p for p in inputs if QUALITY in p.parents]
    # The extractors themselves are inputs: changing one changes the key.
    names = {p.relative_to(PRODUCT).as_posix() for p in inputs}
    assert "nlp/pipeline.py" in names and any(n.startswith("nlp/patterns/") for n in names)
    assert "render" not in {n.split("/")[0] for n in names}


def test_every_module_the_extractors_import_is_a_cache_key_input() -> None:
    """A product module outside nlp/ that the extractors import ("names.py", which loads the
    given-name genders) changes annotations when it changes: it must be in the key."""
    from generator.nlp.pipeline import annotation_inputs

    inputs = set(annotation_inputs())
    imported = set()
    for path in _modules(PRODUCT / "nlp"):
        for module, names in _imports(path):
            parts = module.split(".")
            if parts[0] != "generator" or parts[1:2] == ["nlp"]:
                continue
            target = PRODUCT.joinpath(*parts[1:])
            if target.with_suffix(".py").is_file():
                imported.add(target.with_suffix(".py"))
            elif (target / "__init__.py").is_file():  # "from generator import names"
                imported |= {target / f"{n}.py" for n in names if (target / f"{n}.py").is_file()}
    assert imported, "the extractors import no shared module? the scan is broken"
    missing = sorted(p.relative_to(PRODUCT).as_posix() for p in imported - inputs)
    assert not missing, f"imported by generator/nlp but not in the cache key: {missing}"
