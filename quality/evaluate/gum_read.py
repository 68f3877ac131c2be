"""Read GUM news gold: the ``Entity=`` annotations of ``dep/*.conllu`` as named person,
organization and place mentions with their coreference identities (``read_conllu``), and the
documents of one half or genre (``load_documents``). Scoring is in ``gum``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class GoldMention:
    """One gold entity mention in character offsets."""

    start: int
    end: int
    type: str
    cluster: str  # coreference identity (chains joined by Wikipedia identity)
    named: bool  # the mention has a proper name at its head
    name: tuple[int, int]  # the name's characters ("Donald Trump" in "President Donald Trump")
    clean: tuple[int, int]  # span without leading article/possessive and trailing "'s"


@dataclass
class GumDocument:
    """One GUM document rebuilt as text, with its gold mentions."""

    name: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)


def _parse_entity_field(value: str) -> list[tuple[str, str | None, bool]]:
    """Events of an ``Entity=`` value: (id, descriptor or None for a close, closes at once)."""
    out: list[tuple[str, str | None, bool]] = []
    i = 0
    while i < len(value):
        if value[i] == "(":
            j = i + 1
            while j < len(value) and value[j] not in "()":
                j += 1
            desc = value[i + 1 : j]
            closed = j < len(value) and value[j] == ")"
            out.append((desc.split("-", 1)[0], desc, closed))
            i = j + 1 if closed else j
        elif value[i].isdigit():
            j = i
            while j < len(value) and value[j].isdigit():
                j += 1
            out.append((value[i:j], None, True))
            i = j + 1  # skip ")"
        else:
            i += 1
    return out


def read_conllu(path: Path) -> GumDocument:
    """Rebuild a GUM document's text (paragraphs on lines) and its gold entity mentions."""
    tokens: list[dict] = []  # form, upos, head (global index), deprel, misc, sentence
    sentence_starts: list[int] = []
    paragraph_starts: set[int] = set()
    pending_par = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar"):
            pending_par = True
            continue
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        local = int(cols[0])
        if local == 1:
            sentence_starts.append(len(tokens))
            if pending_par:
                paragraph_starts.add(len(tokens))
                pending_par = False
        base = sentence_starts[-1]
        head = int(cols[6])
        tokens.append(
            {
                "form": cols[1],
                "upos": cols[3],
                "head": base + head - 1 if head else -1,
                "deprel": cols[7],
                "misc": cols[9],
            }
        )
    # Text and character offsets.
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    sent_set = set(sentence_starts)
    for i, tok in enumerate(tokens):
        if i:
            prev_misc = tokens[i - 1]["misc"]
            if i in paragraph_starts:
                sep = "\n"
            elif i in sent_set:
                sep = " "
            else:
                sep = "" if "SpaceAfter=No" in prev_misc.split("|") else " "
            parts.append(sep)
            pos += len(sep)
        offsets.append((pos, pos + len(tok["form"])))
        parts.append(tok["form"])
        pos += len(tok["form"])
    doc = GumDocument(path.stem, "".join(parts))
    # Entities.
    open_: dict[str, list[tuple[int, str]]] = {}
    spans: list[tuple[int, int, str]] = []  # token start, token end (excl), descriptor
    for i, tok in enumerate(tokens):
        value = next((m[7:] for m in tok["misc"].split("|") if m.startswith("Entity=")), None)
        if value is None:
            continue
        for ent_id, desc, closed in _parse_entity_field(value):
            if desc is not None and closed:
                spans.append((i, i + 1, desc))
            elif desc is not None:
                open_.setdefault(ent_id, []).append((i, desc))
            elif open_.get(ent_id):
                start, d = open_[ent_id].pop()
                spans.append((start, i + 1, d))
    identity_of: dict[str, str] = {}
    for _, _, desc in spans:
        fields = desc.split("-", 7)
        if len(fields) == 8 and fields[7]:
            identity_of.setdefault(fields[0], "wiki:" + fields[7])
    starts: dict[int, set[str]] = {}
    for start, _, desc in spans:
        starts.setdefault(start, set()).add(desc.split("-", 1)[0])
    for start, end, desc in spans:
        fields = desc.split("-", 7)
        ent_id, etype = fields[0], fields[1]
        others = {i for i, ids in starts.items() if ids - {ent_id} and start <= i < end}
        inside = range(start, end)
        heads = [i for i in inside if tokens[i]["head"] not in inside]
        head = heads[0] if heads else start
        name = _name_run(tokens, start, end, head, others)
        c_start, c_end = start, end
        while c_start < c_end - 1 and tokens[c_start]["upos"] in ("DET", "PRON", "PUNCT"):
            c_start += 1
        while c_end > c_start + 1 and (
            tokens[c_end - 1]["upos"] == "PUNCT" or tokens[c_end - 1]["form"] in ("'s", "'", "’s")
        ):
            c_end -= 1
        doc.mentions.append(
            GoldMention(
                start=offsets[start][0],
                end=offsets[end - 1][1],
                type=etype,
                cluster=identity_of.get(ent_id, "chain:" + ent_id),
                named=name is not None,
                name=(offsets[name[0]][0], offsets[name[1] - 1][1]) if name else (0, 0),
                clean=(offsets[c_start][0], offsets[c_end - 1][1]),
            )
        )
    return doc


_CONNECTORS = {"of", "the", "and", "&", "-", "for", "de", "on"}


def _name_run(
    tokens: list[dict], start: int, end: int, head: int, others: set[int]
) -> tuple[int, int] | None:
    """Token range of the proper name at a mention's head (or in apposition to it), if any.

    The name does not run on through "of" into another mention ("Ann Chiang of DAB").
    """
    seed = head if tokens[head]["upos"] == "PROPN" else None
    if seed is None:
        seed = next(
            (
                i
                for i in range(start, end)
                if tokens[i]["upos"] == "PROPN"
                and tokens[i]["head"] == head
                and tokens[i]["deprel"] in ("appos", "flat")
            ),
            None,
        )
    if seed is None:
        return None

    def ok(i: int, step: int) -> bool:
        if tokens[i]["upos"] == "PROPN":
            return True
        after = i + step
        return (
            tokens[i]["form"].lower() in _CONNECTORS
            and start <= after < end
            and tokens[after]["upos"] == "PROPN"
            and (step < 0 or after not in others)
        )

    lo = seed
    while lo - 1 >= start and ok(lo - 1, -1):
        lo -= 1
    hi = seed + 1
    while hi < end and ok(hi, 1):
        hi += 1
    while tokens[lo]["upos"] != "PROPN":
        lo += 1
    while tokens[hi - 1]["upos"] != "PROPN":
        hi -= 1
    return lo, hi


def load_documents(
    directory: Path, interviews: bool = False, only_interviews: bool = False,
    half: str | None = None,
) -> list[GumDocument]:
    """GUM news documents (and interviews when asked, or interviews alone) from ``DIR/dep``;
    ``half`` ("tune" or "held-out", ``quality.splits.gum_half``) keeps one half of the news."""
    from quality.splits import gum_half

    prefixes = ("GUM_news_", "GUM_interview_") if interviews else ("GUM_news_",)
    if only_interviews:
        prefixes = ("GUM_interview_",)
    paths = sorted(p for p in (directory / "dep").glob("*.conllu") if p.name.startswith(prefixes))
    if half is not None:
        news = [p for p in paths if p.name.startswith("GUM_news_")]
        paths = [p for i, p in enumerate(news) if gum_half(i) == half]
    return [read_conllu(p) for p in paths]
