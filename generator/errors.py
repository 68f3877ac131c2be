"""One base error for everything the generator reports to a user, with specific kinds.

A problem with an input carries the file (and the line, where known); the plugin and the
command line catch ``NewsError`` and turn it into a message, never a traceback.
"""

from __future__ import annotations


class NewsError(Exception):
    """A problem the user can act on; the message says what and where."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 reason: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.reason = reason or message  # the message without the file and line


class ModelNotInstalled(NewsError):
    """The spaCy pipeline named in the settings cannot be loaded."""


class ContentError(NewsError, ValueError):
    """An article file that cannot be read; the message names the problem."""


class CurationError(NewsError, ValueError):
    """``curation.yml`` cannot be used; the message names the file, line and problem."""


class OutputError(NewsError, ValueError):
    """The output folder holds files the generator did not write, or cannot be written."""
