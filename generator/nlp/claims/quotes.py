"""Direct quotes found on the text, and a look-up of them by character offset.

``find_quotes(text)`` reads quote marks only (no parse), so the actor extractor uses it too.
Marks are curly quotes, straight double quotes and doubled apostrophes; a quote left open at
the end of a paragraph continues when the next paragraph opens with a mark (the news
convention for quotes of several paragraphs). ``Quotes`` holds the spans of one article with
bisect look-ups (the quote that holds a span, the quotes a span meets, the last one before
and the first one after an offset) and the word count of each quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

CharSpan = tuple[int, int]

_OPEN_QUOTES = ("“", "«", "``")
_CLOSE_QUOTES = ("”", "»")
_QUOTE_MARK = re.compile(r"(?P<cont>\n(?=\s*(?:[“«\"]|''|``|[a-z])))|(?P<brk>\n)|[“”«»\"]|''|``")
_MAX_QUOTE = 3000


def find_quotes(text: str) -> list[CharSpan]:
    """Character spans of direct quotes, marks included, sorted by start.

    Marks are curly quotes, straight double quotes and doubled apostrophes (``''``). A quote
    left open at the end of a paragraph continues when the next paragraph opens with a quote
    mark (the news convention for multi-paragraph quotes); otherwise it is dropped. A straight
    mark that can only open a quote (``_opens``) continues the open quote the same way. A
    curly quote inside a curly quote nests (``_opens_inside``), a closing mark that opens a
    line before a word opens a quote (a common typo: '”Fear. I am truly afraid …”'), and a
    straight mark that can only close one opens nothing (``_closes``).
    """
    quotes: list[CharSpan] = []
    start: int | None = None
    nested = 0  # curly quotes open inside the open quote ('calls “hell” than')
    for m in _QUOTE_MARK.finditer(text):
        mark = m.group()
        if m.group("cont"):
            continue
        if m.group("brk"):
            start, nested = None, 0  # unclosed and not continued: not a quote
            continue
        if start is None:
            # a closing mark that opens a line, before a word, is an opening one mistyped
            line_start = m.start() == 0 or text[m.start() - 1] == "\n"
            if mark in _CLOSE_QUOTES:
                if line_start and text[m.end() : m.end() + 1].isalnum():
                    start = m.start()
            elif not _closes(text, m.start(), m.end()):
                start = m.start()
        elif mark == "“" and _opens_inside(text, m.start(), m.end()):
            nested += 1
        elif mark not in _OPEN_QUOTES and not _opens(text, m.start(), m.end()) and not (
                _line_opener(text, m.start(), m.end()) and text[start - 1 : start] not in (
                    "", "\n")):
            # a mark opening a paragraph continues a quote opened inside an earlier one
            # ('she said. "… Carlisle.\n\n"We believe … future."'); after a quote that
            # opened a paragraph itself it closes it (excerpts and transcripts quoted
            # paragraph by paragraph, '"WALLACE: …\n\n"PENCE: …')
            if nested:
                nested -= 1
                continue
            if m.end() - start <= _MAX_QUOTE:
                quotes.append((start, m.end()))
            start = None
    return quotes


def _opens_inside(text: str, start: int, end: int) -> bool:
    """Whether an opening curly mark met inside an open quote opens a quote within it: in
    mid-sentence, after a space and before a word. After a sentence end it more likely starts
    a new quote whose predecessor lost its closing mark, and then it does not nest."""
    return (
        start >= 2
        and text[start - 1] == " "
        and text[start - 2] not in ".?!:"
        and end < len(text)
        and text[end].isalnum()
    )


def _closes(text: str, start: int, end: int) -> bool:
    """Whether a straight quote mark can only close a quote: right after a word or a comma and
    before a space or a stop ('… revenue," it said'). With no quote open, its opening mark was
    lost or typed as an apostrophe, and it opens nothing."""
    return (
        text[start:end] == '"'
        and start > 0
        and (text[start - 1].isalnum() or text[start - 1] in ",.;!?")
        and (end == len(text) or text[end].isspace() or text[end] in ",.;:)")
    )


def _opens(text: str, start: int, end: int) -> bool:
    """Whether a straight quote mark at ``[start, end)`` can only open a quote: after a sentence
    end and a space, before a word ('… commemoration. "Once again …'). Met while a quote is
    open, it continues that quote (a paragraph break lost in the text: the BBC corpus runs
    paragraphs together, each quoted paragraph opening with a mark)."""
    return (
        text[start:end] == '"'
        and start >= 2
        and text[start - 1] == " "
        and text[start - 2] in ".?!"
        and end < len(text)
        and text[end].isalnum()
    )


def _line_opener(text: str, start: int, end: int) -> bool:
    """Whether a straight mark opens a line before a word."""
    return (
        text[start:end] == '"'
        and (start == 0 or text[start - 1] == "\n")
        and end < len(text)
        and text[end].isalnum()
    )


@dataclass(frozen=True)
class Quotes:
    """The direct quotes of one text, with fast lookup by character offset."""

    spans: tuple[CharSpan, ...]
    starts: tuple[int, ...]  # the spans' starts, for bisect
    words: tuple[int, ...]  # whitespace-separated words in each quote

    @classmethod
    def of(cls, text: str) -> Quotes:
        """The quotes ``find_quotes`` finds in ``text``."""
        spans = find_quotes(text)
        words = tuple(len(text[s:e].split()) for s, e in spans)
        return cls(tuple(spans), tuple(s for s, _ in spans), words)

    def containing(self, start: int, end: int) -> int | None:
        """Index of the quote that contains ``[start, end)``, if any."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and self.spans[i][0] <= start and end <= self.spans[i][1]:
            return i
        return None

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices of the quotes that share a character with ``[start, end)``."""
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                out.append(i)
            i += 1
        return out

    def before(self, pos: int) -> int | None:
        """Index of the last quote that ends at or before ``pos``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.spans[i][1] > pos:
            i -= 1
        return i if i >= 0 else None

    def after(self, pos: int) -> int | None:
        """Index of the first quote that starts at or after ``pos``."""
        i = bisect.bisect_left(self.starts, pos)
        return i if i < len(self.spans) else None
