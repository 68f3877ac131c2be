"""Sports tables: results lines and line-ups are lists, not prose, so they are read as lists.

A sports report often opens or ends with lines the model reads badly: a result ("Man City 0-2
Man Utd", "Chelsea 2 Arsenal 1"), a league table row ("1. Chelsea 25 19 5 1 62"), and line-ups
("Man City: James, Mills (Wright-Phillips 83), Dunne, ... Subs Not Used: Weaver. Booked:
Fowler. Goals: Rooney 68. Att: 47,111 Ref: S Bennett (Kent)."). There the model makes people
of teams, places of players and actors of labels ("Att"). ``read_tables`` finds such lines by
their shape alone; ``apply_tables`` replaces the model's candidates inside them by the teams
(organizations) and players (people) the shape gives (in a squad list, a name in brackets with no
minute is the player's club: "Mike Blair (Edinburgh Rugby)"), and types the teams again where the
prose names them ("Manchester United" of "Man Utd", and "United" alone). The labels and the
abbreviations of team names are data (``table_labels``, ``team_abbreviations`` in
``actors.yml``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from generator.nlp.actors.classify import dateline
from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

_WORD = r"(?:[A-Z]\.|[A-Z][\w'&]*(?:-[A-Z][\w'&]*)?)"  # "Wright-Phillips", "J." (no "Dunne.")
_TEAM = rf"{_WORD}(?: (?:{_WORD}|of|the|de)){{0,4}}?"  # at most five words: linear on long lines
_SCORE = r"\d{1,3}"
# "Man City 0-2 Man Utd", "Italy 17 - 28 Ireland", "Chelsea 2 Arsenal 1"
# (after a short label: "Group F — Sweden 1 – 0 Korea Republic")
_LABEL = r"(?:[^—:\d]{1,30}(?: [—–-] |: ))?"
# the scorers of one side in brackets after its score ("Bochum 1 (Jack 66th) Arminia Bielefeld 1
# (Molata 59th).", also tokenized with spaces: "( Jack 66th )"), no bracket inside
_SCORERS = r"(?: \([^()]*\))?"
_RESULT = re.compile(
    rf"^{_LABEL}(?P<a>{_TEAM}) {_SCORE} ?[-–] ?{_SCORE} (?P<b>{_TEAM})(?: \(.*\))?$"
    # (the last bracket may run on to the next line: "Cologne 3 ( Gaissmayer 9th , Polster")
    rf"|^{_LABEL}(?P<c>{_TEAM}) {_SCORE}{_SCORERS},? (?P<d>{_TEAM}) {_SCORE}"
    r"(?: \([^()]*\)?)? ?\.?$"
)
# A cricket scorecard's batting line: the batsman, how he was out (caught by a fielder, stumped by
# the keeper, lbw, bowled, run out or not out) and his runs: "C. Lewis c Salim Malik b Wasim
# Akram 5", "R. Ponting c and b Whittall 53", "G. Thorpe lbw b Mohammad Akram 54", "I. Salisbury
# not out 1". Every name there is a player's.
_CRICKETER = r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}"
_BATTING = re.compile(
    rf"^(?P<a>{_CRICKETER}) (?:(?:(?:c (?:(?P<f>{_CRICKETER})|and)|st (?P<k>{_CRICKETER})) )?"
    rf"(?:lbw )?b (?P<b>{_CRICKETER})|not out|run out(?: \([^()]*\))?) \d{{1,3}}$"
)
# "Plymouth v Everton": a fixture, read only in a list of three or more (``_fixtures``)
_FIXTURE = re.compile(rf"^(?P<a>{_TEAM}) (?P<v>\S+) (?P<b>{_TEAM})$")
_FIXTURES_MIN = 3
# "1. Chelsea 25 19 5 1 45 8 62", "Chelsea 25 62"
# after its counts a standings row may end in a winning percentage and the games behind:
# "NEW YORK 72 53 .576 -", "MILWAUKEE 60 68 .469 16 1/2" (not a batting average "20.00": a
# player's row)
_TABLE_ROW = re.compile(
    rf"^(?:\d{{1,2}}\.? )?(?P<a>{_TEAM})(?: -?\d{{1,3}}){{2,}}"
    r"(?: \.\d{3}(?: -| \d{1,2}(?: \d/\d)?| \d/\d)?)?$"
)
# A name in a list: capitalised words (with initials, particles and hyphens), then an
# optional minute or bracketed substitute: "Mills (Bradley Wright-Phillips 83)", "Dunne 75 og"
_PARTICLE = r"(?:de|del|dal|van|von|da|di|le|la|lo)"
_PERSON = re.compile(  # a particle may also come inside the name: "Frank de Boer"
    rf"(?:(?:[A-Z]{{1,2}} )|(?:{_PARTICLE} ))*{_WORD}(?: (?:{_PARTICLE} )*{_WORD})*"
)


@dataclass
class Tables:
    """What the table lines of a document say, in character offsets."""

    regions: list[tuple[int, int]] = field(default_factory=list)  # lines read as tables
    teams: list[tuple[int, int]] = field(default_factory=list)
    players: list[tuple[int, int]] = field(default_factory=list)
    # names in a list of fixtures ("Plymouth v Everton"): teams, though the lines stay prose
    fixture_teams: list[tuple[int, int]] = field(default_factory=list)

    def inside(self, start: int, end: int) -> bool:
        """Does [start, end) overlap a table region?"""
        return any(s < end and start < e for s, e in self.regions)


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            out.append((pos + line.index(stripped), stripped))
        pos += len(line) + 1
    return out


def _names_in(text: str, offset: int) -> list[tuple[int, int]]:
    """Player names in a comma list ("James, Mills (Bradley Wright-Phillips 83), Dunne")."""
    out = []
    for m in _PERSON.finditer(text):
        out.append((offset + m.start(), offset + m.end()))
    return out


def _label_pattern(labels: frozenset[str]) -> re.Pattern[str]:
    words = sorted(labels, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(" + "|".join(re.escape(w) for w in words) + r"):\s*",
                      re.IGNORECASE)


def has_results(text: str, labels: frozenset[str] = frozenset()) -> bool:
    """Does the text have a results line, a league table row or three labels of a line-up's
    lists ("Booked:", "Goals:", "Att:"): a sports report (the headline with the result may be
    outside the body)?"""
    if any(_RESULT.match(line) or _TABLE_ROW.match(line)
           or len(_bare_lineup(line)) >= _LONE_LINEUP for _, line in _lines(text)):
        return True  # a result, a table row, or a team sheet of fifteen names
    found = {m.group(1).lower() for m in _label_pattern(labels).finditer(text)} if labels else set()
    return len(found) >= 3


def read_tables(
    text: str,
    labels: frozenset[str],
    sports: bool,
    versus: frozenset[str] = frozenset(),
    given_names: frozenset[str] = frozenset(),
) -> Tables:
    """Results lines, table rows and (in a sports document, or next to a result) line-ups
    and lists of fixtures. A row named by a person (``given_names``) is a player's scores."""
    tables = Tables()
    if sports:
        _fixtures(text, versus, tables)
    for start, line in _lines(text):
        batting = _BATTING.match(line)
        if batting is not None:
            tables.regions.append((start, start + len(line)))
            tables.players += [(start + batting.start(g), start + batting.end(g))
                               for g in ("a", "f", "k", "b") if batting.group(g)]
            continue
        m = _RESULT.match(line) or _TABLE_ROW.match(line)
        if m is None:
            continue
        tables.regions.append((start, start + len(line)))
        for group in ("a", "b", "c", "d"):
            if m.groupdict().get(group):
                side = (start + m.start(group), start + m.end(group))
                person = group == "a" and _person_named(m.group(group), given_names)
                (tables.players if person else tables.teams).append(side)
        # "Bochum 1 (Jack 66th minute, Wosz 80th) ...": the scorers in brackets are players
        for bracket in re.finditer(r"\(([^()]*)(?:\)|$)", line):
            # minutes blanked out in place: the names keep their offsets
            body = re.sub(r"\b\d{1,3}(?:st|nd|rd|th)?\b", lambda n: " " * len(n.group()),
                          bracket.group(1))
            tables.players += _names_in(body, start + bracket.start(1))
    if not (sports or tables.regions) or not labels:
        return tables
    label_pattern = _label_pattern(labels)
    _read_lineups(text, label_pattern, tables)
    for start, line in _lines(text):
        # "Phillips, Amankwaah, ..., Gillespie. Subs Not Used: Orr, Brown.": the labelled
        # lists after the line-up are read on their own
        label = label_pattern.search(line)
        if label is not None and label.start() > 0:
            line = line[: label.start()].rstrip()
        names = _bare_lineup(line)
        if names and not tables.inside(start, start + len(line)):
            tables.regions.append((start, start + len(line)))
            clubs = _squad_clubs(line, names)
            tables.teams += [(start + s, start + e) for s, e in clubs]
            tables.players += [(start + s, start + e) for s, e in names if (s, e) not in clubs]
    return tables


def _person_named(name: str, given_names: frozenset[str]) -> bool:
    """"Billy Mayfair 66 71 70 70", "C. Pavin 68": a golfer's or runner's row, not a team's:
    two or three words, the first a given name or an initial."""
    words = name.split()
    return 2 <= len(words) <= 3 and (
        fold(words[0]) in given_names or bool(re.fullmatch(r"[A-Z]\.", words[0]))
    )


def _fixtures(text: str, versus: frozenset[str], tables: Tables) -> None:
    """Lines "Plymouth v Everton" (a versus word between two names, no scores): two teams
    each, when the document holds three or more of them (one alone may head a tennis match:
    "Federer v Nadal"). The lines stay prose: a town there stays the town it names."""
    found = []
    for start, line in _lines(text):
        m = _FIXTURE.match(line)
        if m is not None and m.group("v").lower() in versus:
            found.append((start, line, m))
    if len(found) < _FIXTURES_MIN:
        return
    for start, _line, m in found:
        tables.fixture_teams += [(start + m.start(g), start + m.end(g)) for g in ("a", "b")]


# "Man City: James, Mills, ..." — a team and at least four comma-separated names, to a full stop
_LINEUP = re.compile(
    # items hold no comma, so the list splits one way only (linear on hostile input)
    rf"(?P<team>{_TEAM}): (?P<list>{_WORD}[^:,.\n]*(?:, [^:,.\n]+){{4,}})(?=\.(?:\s|$))"
)


# A line of this many names or more is a team sheet, whatever the rest of the text says.
_LONE_LINEUP = 12
_CAPTAIN_MARKS = frozenset({"capt", "c", "vc"})


# An item of a line-up: a name, then "(capt)", a substitute in brackets or a minute
_ITEM = re.compile(
    rf"{_PERSON.pattern}(?: \((?:capt|c|vc)\))?"
    rf"(?: \({_PERSON.pattern}(?: \d{{1,3}})?\))?(?: \d{{1,3}})?"
)


def _bare_lineup(line: str) -> list[tuple[int, int]]:
    """The names of a line that is a line-up without its team: at least six items, separated
    by commas or semicolons, each a name ("R de Marigny", "Simmons (MacFarlane 64)"), or a
    captain's mark on its own ("O'Connell, capt, S Easterby")."""
    lead = len(line) - len(line.lstrip(": "))  # ": Murphy, Dempsey, ...": the team left out
    body = line[lead:-1] if line.endswith(".") else line[lead:]
    items = [item for item in re.split(r"[;,] ?", body) if item.strip() not in _CAPTAIN_MARKS]
    if len(items) < 6 or not all(_ITEM.fullmatch(item.strip()) for item in items):
        return []
    return [(lead + m.start(), lead + m.end()) for m in _PERSON.finditer(body)]


def _squad_clubs(line: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of a line-up that a bracket holds with no minute: a squad's clubs ("Mike
    Blair (Edinburgh Rugby), Andy Craig (Glasgow Rugby)"), where a substitute has his minute
    ("Simmons (MacFarlane 64)")."""
    return [(s, e) for s, e in names if line[s - 1 : s] == "(" and line[e : e + 1] == ")"]


def _read_lineups(text: str, labels: re.Pattern[str], tables: Tables) -> None:
    for m in _LINEUP.finditer(text):
        team = m.group("team")
        if labels.fullmatch(team + ": ") is not None:
            continue
        tables.regions.append((m.start(), m.end()))
        tables.teams.append((m.start("team"), m.end("team")))
        names = _names_in(m.group("list"), m.start("list"))
        clubs = _squad_clubs(text, names)
        tables.teams += clubs
        tables.players += [n for n in names if n not in clubs]
    # "Subs Not Used: Weaver, Onuoha. Booked: Fowler. Goals: Rooney 68. Ref: S Bennett (Kent)."
    for m in labels.finditer(text):
        stops = [len(text)] + [i for i in (text.find(".", m.end()), text.find("\n", m.end()))
                               if i >= 0]
        nxt = labels.search(text, m.end())
        stop = min([*stops, nxt.start()] if nxt else stops)
        tables.regions.append((m.start(), stop))
        body = re.sub(r"\([^)]*\)", lambda b: " " * len(b.group()), text[m.end() : stop])
        if body[:1].isupper():  # names, not "47,111"; a bracket holds a county: "(Kent)"
            tables.players += _names_in(body, m.end())


def _token_range(ctx: ActorContext, start: int, end: int) -> tuple[int, int] | None:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return None if span is None or not len(span) else (span.start, span.end)


def team_keys(ctx: ActorContext, names: list[str]) -> set[str]:
    """Folded team names and their spelled-out forms ("man utd" and "manchester united")."""
    out = set()
    for name in names:
        words = fold(name).split()
        out.add(" ".join(words))
        out.add(" ".join(ctx.lex.team_abbreviations.get(w, w) for w in words))
    return out


def apply_tables(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """Replace the candidates inside table lines by the teams and players the lines give, and
    make the teams organizations where the prose names them."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    text = dt.text
    tables = read_tables(
        text, ctx.lex.table_labels, ctx.sports, ctx.lex.versus_words, ctx.lex.given_names
    )
    fixtures = team_keys(ctx, [text[s:e] for s, e in tables.fixture_teams])
    for c in cands:  # "Premiership strugglers Norwich" beside "West Ham v Norwich"
        key = fold(dt.span_text(c.start, c.end))
        if c.type == ActorType.PERSON and not c.strong and key in fixtures:
            _retype(c, ActorType.ORGANIZATION)
    if not tables.regions:
        return cands
    kept = [
        c for c in cands
        if not tables.inside(toks[c.start].idx, toks[c.end - 1].idx + len(toks[c.end - 1]))
    ]
    added: list[Candidate] = []
    for spans, typ in ((tables.teams, ActorType.ORGANIZATION), (tables.players, ActorType.PERSON)):
        for start, end in spans:
            rng = _token_range(ctx, start, end)
            if rng is None or fold(text[start:end]) in ctx.lex.non_actors:
                continue
            cand = Candidate(rng[0], rng[1], typ, strong=True)
            cand.votes = Counter({typ: 3})
            added.append(cand)
    teams = team_keys(ctx, [text[s:e] for s, e in tables.teams])
    last_words = Counter(k.split()[-1] for k in teams if len(k.split()) > 1)
    surnames = {fold(text[s:e]).split()[-1] for s, e in tables.players}
    for c in kept:
        key = fold(dt.span_text(c.start, c.end))
        if dateline(ctx, c.start, c.end, dated=True):
            continue  # "NEW YORK 1996-08-22" over "NEW YORK 72 53 .576": the dateline's town
        if c.type == ActorType.PLACE and c.start and (
            toks[c.start - 1].lower_ in ctx.lex.venue_prepositions
        ):
            _retype(c, ActorType.PLACE)  # "TORONTO AT CHICAGO": where the game is played
            c.gpe = True
            continue
        if key in teams or (last_words[key] and c.end - c.start == 1 and not c.strong):
            _retype(c, ActorType.ORGANIZATION)
        elif key.split()[-1] in surnames and not c.strong and key not in ctx.lex.countries:
            _retype(c, ActorType.PERSON)  # "Kiki Musampa" of the line-up's "Musampa"
    return sorted(kept + added, key=lambda c: (c.start, -c.end))


def _retype(c: Candidate, typ: str) -> None:
    c.type, c.strong, c.gpe = typ, True, False
    c.votes = Counter({typ: 3})
