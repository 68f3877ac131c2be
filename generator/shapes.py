"""Check that records read back from a cache have the types their dataclasses declare.

A cache folder may come from a CI cache or a shared folder, so what it holds is checked before
it is used: ``from_dict`` builds the records, ``check_shape`` then refuses any field whose
value is not of its declared type (a list where a name should be, a string for a count, a
span that is not two ordered offsets). A refused entry is a cache miss, never a crash later on.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from typing import Any


class ShapeError(TypeError):
    """A record read from a cache does not have the declared shape."""


Check = Callable[[Any, "int | None"], None]


def _fail(what: str, value: Any) -> None:
    raise ShapeError(f"expected {what}, found {type(value).__name__}")


def _plain(kind: type) -> Check:
    if kind is int:
        def check(value: Any, limit: int | None) -> None:
            if type(value) is not int:
                _fail("an integer", value)
    elif kind is bool:
        def check(value: Any, limit: int | None) -> None:
            if type(value) is not bool:
                _fail("true or false", value)
    elif kind is float:
        def check(value: Any, limit: int | None) -> None:
            if type(value) not in (int, float):
                _fail("a number", value)
    elif kind is str:
        def check(value: Any, limit: int | None) -> None:
            if not isinstance(value, str):
                _fail("text", value)
    elif kind is dict:
        def check(value: Any, limit: int | None) -> None:
            if not isinstance(value, dict):
                _fail("a mapping", value)
    else:
        raise TypeError(f"cannot check {kind}")
    return check


def _span(value: Any, limit: int | None) -> None:
    if not (type(value) is tuple and len(value) == 2 and type(value[0]) is int
            and type(value[1]) is int and 0 <= value[0] <= value[1]
            and (limit is None or value[1] <= limit)):
        raise ShapeError(f"{value!r:.40} is not a span of the text")


def _union(options: list[Check], optional: bool) -> Check:
    """A check that passes when one of ``options`` does (or, if ``optional``, for None)."""

    def check_union(value: Any, limit: int | None) -> None:
        if value is None and optional:
            return
        for option in options[:-1]:
            try:
                option(value, limit)
                return
            except ShapeError:
                continue
        options[-1](value, limit)
    return check_union


@functools.cache
def checker(hint: Any) -> Check:
    """A function that raises ``ShapeError`` unless its value matches the type ``hint``
    (made once per type: checking a 20 MB article's records stays linear and quick)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return lambda value, limit: None
    if origin in (typing.Union, types.UnionType):
        options = [checker(a) for a in args if a is not type(None)]
        return _union(options, optional=len(options) < len(args))
    if hint is type(None):
        def check_none(value: Any, limit: int | None) -> None:
            if value is not None:
                _fail("nothing", value)
        return check_none
    if origin is tuple:
        if args == (int, int):
            return _span
        if len(args) == 2 and args[1] is Ellipsis:
            item = checker(args[0])

            def check_items(value: Any, limit: int | None) -> None:
                if type(value) is not tuple:
                    _fail("a sequence", value)
                for v in value:
                    item(v, limit)
            return check_items
        items = [checker(a) for a in args]

        def check_fixed(value: Any, limit: int | None) -> None:
            if type(value) is not tuple or len(value) != len(items):
                _fail(f"{len(items)} items", value)
            for v, check in zip(value, items, strict=True):
                check(v, limit)
        return check_fixed
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        fields = [(f.name, f.name) for f in dataclasses.fields(hint)]
        checks: list[tuple[str, Check]] = []

        def check_record_(value: Any, limit: int | None) -> None:
            if not checks:  # filled on first use: a record may hold its own type
                checks.extend((name, checker(hints[name])) for name, _ in fields)
            if not isinstance(value, hint):
                _fail(hint.__name__, value)
            for name, check in checks:
                try:
                    check(getattr(value, name), limit)
                except ShapeError as exc:
                    raise ShapeError(f"{hint.__name__}.{name}: {exc}") from None
        return check_record_
    return _plain(origin or hint)


def check_shape(value: Any, hint: Any, limit: int | None = None) -> None:
    """Raise ``ShapeError`` unless ``value`` matches the type ``hint``.

    ``limit``: spans (``tuple[int, int]``) must lie within ``[0, limit]`` and be ordered.
    """
    checker(hint)(value, limit)


def check_record(record: Any, limit: int | None = None) -> None:
    """Check a dataclass record and everything in it against the declared field types."""
    check_shape(record, type(record), limit)


@functools.cache
def json_checker(hint: Any, renames: tuple[tuple[str, str], ...] = ()) -> Check:
    """Like ``checker``, for the JSON a record's ``to_dict`` writes: a span is a list of two
    ordered integers, a tuple a list, a record an object whose keys are its fields (``renames``:
    (JSON key, field) pairs where they differ) and that holds every field without a default.
    Checking the JSON before ``from_dict`` leaves it nothing to coerce ("abc" is no tuple)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        options = [json_checker(a) for a in args if a is not type(None)]
        return _union(options, optional=len(options) < len(args))
    if origin is tuple:
        if args == (int, int):
            def check_span(value: Any, limit: int | None) -> None:
                if type(value) is not list or len(value) != 2:
                    _fail("a span [start, end]", value)
                _span(tuple(value), limit)
            return check_span
        item = json_checker(args[0]) if len(args) == 2 and args[1] is Ellipsis else None
        if item is None:
            raise TypeError(f"cannot check {hint} in JSON")

        def check_list(value: Any, limit: int | None) -> None:
            if type(value) is not list:
                _fail("a list", value)
            for v in value:
                item(v, limit)
        return check_list
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        to_field = dict(renames)
        required = {next((k for k, f in renames if f == field.name), field.name)
                    for field in dataclasses.fields(hint)
                    if field.default is dataclasses.MISSING
                    and field.default_factory is dataclasses.MISSING}
        checks: dict[str, Check] = {}

        def check_object(value: Any, limit: int | None) -> None:
            if not checks:  # filled on first use
                for field in dataclasses.fields(hint):
                    key = next((k for k, f in renames if f == field.name), field.name)
                    checks[key] = json_checker(hints[field.name])
            if type(value) is not dict:
                _fail(f"a {hint.__name__} object", value)
            if not required <= value.keys():
                raise ShapeError(f"{hint.__name__}: missing {sorted(required - value.keys())}")
            for key, v in value.items():
                check = checks.get(key)
                if check is None:
                    raise ShapeError(f"{hint.__name__}: unknown key {key!r:.40}")
                try:
                    check(v, limit)
                except ShapeError as exc:
                    raise ShapeError(f"{hint.__name__}.{to_field.get(key, key)}: {exc}") from None
        return check_object
    return checker(hint)


def check_json(value: Any, record_type: type, limit: int | None = None,
               renames: tuple[tuple[str, str], ...] = ()) -> None:
    """Raise ``ShapeError`` unless ``value`` is JSON that ``record_type.from_dict`` reads
    exactly (see ``json_checker``)."""
    json_checker(record_type, renames)(value, limit)
