"""How a claim's source phrase names its speaker: the person it names last, a place inside a
longer name, a relative pronoun's noun, a phrase referring back to an outlet or a report.

Pure functions of the article text and the merge's span index, used by ``claims``.
"""

from __future__ import annotations

import re

from ..annotations import ClaimMention
from ..models import Actor, Role
from .span_index import SpanIndex
from .words import merge_words

_W = merge_words()

# A name, then what it is after a comma: "American, the world's biggest airline by some measures".
_APPOSED = re.compile(r"([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)*), (?:the|a|an|one|its|his|her) ")


def without_apposition(text: str) -> str:
    """The name that opens ``text`` before an apposition saying what it is ("American, the
    world's biggest airline" is American); ``text`` itself otherwise."""
    m = _APPOSED.match(text)
    return m.group(1) if m else text


# A relative pronoun as a source ("women who want …") stands for the noun it follows.
_RELATIVE = frozenset({"who", "whom", "which", "that"})
# A participle and its agent inside a source phrase: "companies contacted by BBC News".
AGENT = re.compile(r"\b\w+ed by\b")
# "the Glasgow Kelvin MP, who was expelled from Labour …": a source page is named without it.
# A relative clause after a comma, or right after a name with none ("The Scottish National
# Party which accused him …"; "people who know" keeps its clause: see ``without_relative``).
_RELATIVE_CLAUSE = re.compile(r"(,)?\s+(?:who|whom|whose|which|where)\b", re.IGNORECASE)


def without_relative(text: str) -> str:
    """``text`` up to its first non-restrictive relative clause: one after a comma, or after a
    capitalised word that does not open the phrase (a name takes no restrictive clause;
    "Those who attended" keeps it)."""
    for m in _RELATIVE_CLAUSE.finditer(text):
        words = text[: m.start()].split()
        if m.group(1) or (len(words) >= 2 and words[-1][:1].isupper()):
            return text[: m.start()]
    return text


def speaker_text(att: ClaimMention, text: str) -> str | None:
    """How a claim names a source that is no actor: its words, or for a relative pronoun
    ("women who want …") the noun it stands for."""
    source_text = att.source_text
    resolved = att.resolved_source
    if source_text and source_text.lower() in _RELATIVE and resolved:
        return " ".join(text[resolved[0] : resolved[1]].split()) or source_text
    if source_text and resolved and source_text.lower().startswith("whose "):
        # "whose party": the party of the one named before ("Ms Hart's party")
        owner = " ".join(text[resolved[0] : resolved[1]].split())
        return f"{owner}'s {source_text[len('whose '):]}" if owner else source_text
    return source_text


# A relative clause the name sits in: "The five unions which met Mr Prescott" are not him.
_CLAUSE_OPENER = re.compile(r"(?i)\b(?:who|whom|whose|which)\b")
# A role "for" or "of" someone: "A spokesman for Commissioner Franco Frattini" is not him.
_ROLE_FOR = re.compile(r"(?i)\b(?:spokes(?:man|woman|person)|spokesmen|spokeswomen|lawyers?|"
                       r"solicitors?|aides?|advisers?|allies|ally|friends?|representatives?|"
                       r"officials?|sources?|critics?|supporters?|members?|staff)"
                       r"\s+(?:for|of|to|close to|at|from|in)\b")


# Words that say what a body is, before its name: "Telecom analysts", "Rival local club",
# "Chart-topping pop band" (no preposition, conjunction or comma: "researchers at BDO",
# "providers such as MCI and AT&T" are not the body).
_NOT_DESCRIBING = r"(?!(?:such|as|and|or|of|for|at|from|in|by|with|to|on|like|including)\b)"
_DESCRIBED = re.compile(rf"(?:(?:the|a|an|The|A|An) )?(?!(?:the|a|an|The|A|An)\b){_NOT_DESCRIBING}"
                        rf"[\w-]+ (?:{_NOT_DESCRIBING}[a-z][\w-]* ){{0,3}}")


def named_last(index: SpanIndex, article_id: str, span: tuple[int, int], text: str,
                actor_by_id: dict[str, Actor]) -> str | None:
    """The person a source phrase names last, as its head or in apposition with it ("The
    BBC's correspondent in Jakarta, Rachel Harvey", "Ernst and Young's Sanjay Mehta"); not
    one a role is held for ("A spokesman for Mr Prescott") nor one inside a clause. Or the
    body a phrase names after the words that say what it is ("Telecom analysts Ovum")."""
    start, end = span
    phrase = without_relative(text[start:end])  # "…, Lord Woolf, who is the most senior judge"
    end = start + len(phrase.rstrip(" ,"))
    if AGENT.search(phrase):
        return None
    named = index.within(article_id, start, end)
    people = [(s, e, a) for s, e, a in named if actor_by_id[a].type == "person"]
    words = phrase.rstrip(" ,").split(" ")
    while len(words) > 1 and words[-1].lower() in _W.post_nominals:
        words.pop()  # "Former welfare minister Frank Field MP" (not "A senior Tory MP")
    if people and people[-1][1] == start + len(" ".join(words)):
        end = people[-1][1]
    if not people or people[-1][1] != end or people[-1][0] == start:
        # "Telecom analysts Ovum", "Leeds group Kaiser Chiefs": a body after the words that
        # say what it is; else none (a name that is the whole phrase was resolved already)
        bodies = [(s, e, a) for s, e, a in named if actor_by_id[a].type == "organization"]
        if bodies and bodies[-1][1] == end and bodies[-1][0] > start and _DESCRIBED.fullmatch(
                text[start:bodies[-1][0]]):
            return bodies[-1][2]
        return None
    s, _, actor = people[-1]
    before = text[start:s]
    if _ROLE_FOR.search(before) or _PARTICIPLE.search(before) or _CLAUSE_OPENER.search(
            before) or (
            " and " in before and not before.rstrip().endswith("'s")
            and not _LISTING_TITLE.fullmatch(before) and not _JOINED_MODIFIER.match(before)
            and not _JOINED_ROLES.search(before)):
        # "Both the prime minister and Chancellor Gordon Brown" (not "Ernst and Young's
        # Sanjay Mehta", nor a title's list); "The five unions meeting Mr Prescott"
        return None
    return actor


def in_longer_name(parts: tuple[tuple[int, int], ...], text: str, index: SpanIndex,
                    article_id: str, actor: str) -> bool:
    """Whether a place named by a head word is one word of a longer name compounded with it
    ("Universities Scotland", "Amnesty International UK"; not "Downing Street", one name)."""
    start, end = parts[0]
    for s, e in sorted(parts[1:], key=lambda p: -p[0]):  # the nearest first, either side
        if e <= start and not text[e:start].strip() and text[s:e][:1].isupper():
            start = s
    for s, e in sorted(parts[1:]):
        if s >= end and not text[end:s].strip() and text[s:e][:1].isupper():
            end = e
    if (start, end) == parts[0]:
        return False
    return not any(a == actor and s <= start + 1 and e >= end - 1
                   for s, e, a in index.within(article_id, start, end))


# A title whose portfolio lists things ("Minister for Children, Young People and Families
# Margaret Hodge"): its "and" adds no speaker
_LISTING_TITLE = re.compile(r"(?:[A-Z][\w'-]* )*(?:Minister|Secretary|Spokes(?:man|woman|person)|"
                            r"Commissioner|Director|Chair(?:man|woman)?|Head|Chief|Governor) "
                            r"(?:for|of) (?:(?:[A-Z][\w'-]*|and|the|for|of),? )+")
# "media and PR strategist Glen Yearwood", "film and TV director": one role of two fields
_JOINED_MODIFIER = re.compile(r"[a-z-]+ and (?:[A-Za-z-]+ )+$")
# "BIFA founder and director Elliot Grove": two roles of one person, in lower case, after the
# body they are held in (not "the prime minister and Chancellor Gordon Brown": two people)
_JOINED_ROLES = re.compile(r"\b[a-z-]+ and (?:[a-z-]+ )+$")
_PARTICIPLE = re.compile(r"\b[a-z]+(?:ing|ed)\s+(?:[A-Z][\w.]*\s+)*$")
_MEDIA = frozenset({"newspaper", "paper", "daily", "outlet", "broadcaster", "agency", "network",
                    "channel", "magazine", "journal"})
# "the report", "the newspaper": a short definite description of an outlet or a report refers
# back to the one named before
_REFERRING = "|".join(sorted(_MEDIA | {"report", "story", "article", "publication"}))
ANAPHORIC = re.compile(rf"(?i)^the ({_REFERRING})$")


# "The prime minister", "the Chancellor": a source named only by an office (after "the").
# "the prime minister", "India's finance minister": an office, of a country or body named before
_OFFICE = re.compile(r"^(?:[Tt]he|[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}['’]s) "
                     r"((?:[A-Za-z-]+ ){0,3}[A-Za-z-]+)$")


def office_holder(source_text: str, article_id: str, index: SpanIndex,
                  actor_by_id: dict[str, Actor]) -> str | None:
    """The person a source named only by an office ("The prime minister said", "The Tory leader
    said", "India's finance minister lashed out") stands for: the one person of the article who
    holds that office, as this article or another one says ("Prime Minister Tony Blair", "Tory
    leader Michael Howard"); None when no one or several do ("the chancellor" where Gordon
    Brown and a Shadow Chancellor are named)."""
    match = _OFFICE.match(" ".join(source_text.split()))
    if not match:
        return None
    office = match.group(1).lower()
    people = {a for _, _, a in index.spans.get(article_id, ()) if actor_by_id[a].type == "person"}
    holders = {a for a in people
               if any(office in _offices(r, actor_by_id) for r in actor_by_id[a].roles)}
    if not holders and " " not in office:
        # "the minister" of "Irish Transport Minister Martin Cullen": the one person of the
        # article whose office this article names with that last word, not a higher or lower
        # one ("First Minister", "Deputy Mayor": ``office_ranks``)
        holders = {a for a in people if any(
            r.article == article_id and r.title.lower().split()[-1:] == [office]
            and _W.office_ranks.isdisjoint(r.title.lower().split())
            for r in actor_by_id[a].roles)}
    return holders.pop() if len(holders) == 1 else None


def holder_named_before(source_text: str, before: tuple[str, int] | None, sentence: int,
                        actor_by_id: dict[str, Actor]) -> str | None:
    """"…, Jack Straw said. The foreign secretary told MPs …": a source named only by an
    office (``office_titles`` ends it) that no one of the article is known to hold is the
    person who spoke by name in the sentence before (``before``: actor, sentence), when no
    article gives that person any office (else "the chancellor" after Tony Blair spoke would
    be Blair)."""
    match = _OFFICE.match(" ".join(source_text.split()))
    if not match or before is None or sentence - before[1] != 1:
        return None
    if match.group(1).lower().split()[-1] not in _W.offices:
        return None
    actor = actor_by_id[before[0]]
    if actor.type != "person" or any(
            set(r.title.lower().split()) & _W.offices for r in actor.roles):
        return None
    return actor.id


def _offices(role: Role, actor_by_id: dict[str, Actor]) -> set[str]:
    """How an office may be written: its title, and after any name of what it is of ("Tory
    leader" of a leader of the Conservative Party, which articles also call the Tories)."""
    title = " ".join(role.title.lower().split())
    of = actor_by_id.get(role.of) if role.of else None
    names = {of.name, *of.aliases} if of else set()
    return {title} | {f"{n.lower()} {title}" for n in names}


# "A spokeswoman for Oxford University said ... "…," she said": a "he" or "she" the extractor
# left unresolved speaks for the one described just before, when nothing stands between.
_DESCRIBED_ONE = re.compile(r"(?i)^(?:a|an|the|one|another|his|her|its)\s")
_HEAD_END = re.compile(r"\s(?:for|of|at|from|in|with|to|on|who|which),?\s")
_FEMALE_NOUN = re.compile(r"(?i)(?:woman|wife|mother|daughter|girl|lady|sister|actress|widow)$")
_MALE_NOUN = re.compile(r"(?i)(?:man|husband|father|son|boy|brother|actor|widower)$")


def pronoun_fits(description: str, pronoun: str) -> bool:
    """May "he"/"she" stand for a singular description ("A spokeswoman for Oxford University":
    "she"; "a spokesperson": either; "Analysts": neither), "they" for a plural one
    ("analysts")?"""
    word = pronoun.lower()
    head = _HEAD_END.split(description, maxsplit=1)[0].split()[-1].strip(",.").lower()
    if word == "they":  # "according to analysts. They suggest ...": people described
        return head.endswith("s") and not head.endswith("ss") and head.isalpha()
    if word not in ("he", "she") or not _DESCRIBED_ONE.match(description):
        return False
    if head.endswith("s") and not head.endswith("ss"):
        return False  # "the two men"
    female = bool(_FEMALE_NOUN.search(head))
    male = not female and bool(_MALE_NOUN.search(head))
    return not female if word == "he" else not male


def person_between(index: SpanIndex, article_id: str, start: int, end: int,
                   actor_by_id: dict[str, Actor]) -> bool:
    """Is a person named between ``start`` and ``end``?"""
    return any(actor_by_id[a].type == "person" for _, _, a in index.within(article_id, start, end))
