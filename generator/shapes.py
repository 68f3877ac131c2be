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
from typing import Any


class ShapeError(TypeError):
    """A record read from a cache does not have the declared shape."""


@functools.cache
def _hints(cls: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


def _is_span(hint: Any) -> bool:
    return typing.get_origin(hint) is tuple and typing.get_args(hint) == (int, int)


def check_shape(value: Any, hint: Any, limit: int | None = None, where: str = "record") -> None:
    """Raise ``ShapeError`` unless ``value`` matches the type ``hint``.

    ``limit``: spans (``tuple[int, int]``) must lie within ``[0, limit]`` and be ordered.
    """
    origin = typing.get_origin(hint)
    if hint is Any:
        return
    if origin in (typing.Union, types.UnionType):
        for option in typing.get_args(hint):
            try:
                check_shape(value, option, limit, where)
                return
            except ShapeError:
                continue
        raise ShapeError(f"{where}: {type(value).__name__} is none of {hint}")
    if hint is type(None):
        if value is not None:
            raise ShapeError(f"{where}: expected nothing, found {type(value).__name__}")
        return
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(value, tuple):
            raise ShapeError(f"{where}: expected a sequence, found {type(value).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            for i, item in enumerate(value):
                check_shape(item, args[0], limit, f"{where}[{i}]")
            return
        if len(value) != len(args):
            raise ShapeError(f"{where}: expected {len(args)} items, found {len(value)}")
        for i, (item, arg) in enumerate(zip(value, args, strict=True)):
            check_shape(item, arg, limit, f"{where}[{i}]")
        if _is_span(hint) and (value[0] < 0 or value[1] < value[0]
                               or (limit is not None and value[1] > limit)):
            raise ShapeError(f"{where}: {value} is not a span of the text")
        return
    if dataclasses.is_dataclass(hint):
        if not isinstance(value, hint):
            raise ShapeError(f"{where}: expected {hint.__name__}, found {type(value).__name__}")
        for name, field_hint in _hints(hint):
            check_shape(getattr(value, name), field_hint, limit, f"{where}.{name}")
        return
    if hint is bool:
        ok = isinstance(value, bool)
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif hint is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif hint is str:
        ok = isinstance(value, str)
    elif origin is dict or hint is dict:
        ok = isinstance(value, dict)
    else:
        raise ShapeError(f"{where}: cannot check {hint}")
    if not ok:
        raise ShapeError(f"{where}: expected {getattr(hint, '__name__', hint)}, found "
                         f"{type(value).__name__}")


def check_record(record: Any, limit: int | None = None) -> None:
    """Check a dataclass record and everything in it against the declared field types."""
    check_shape(record, type(record), limit, type(record).__name__)
