"""Within-article grouping of names into actors, and one type per actor.

``group`` is a union-find over a document's few dozen candidates: the same folded name or
alias, an acronym in brackets after its name, a one-word person name and the full name it
starts or ends, a longer form of a person's full name (those two in ``person_joins``), an
acronym of an organization's name and a word standing for the whole ("Journal").
Each group gets one type by a vote of its mentions. What each group is called and what it
stands for are in ``group_names``.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from generator.names import most_named
from generator.nlp.actors.acronyms import join_defined_names, name_initials
from generator.nlp.actors.aliasing import join_outlet_divisions, join_stated_aliases
from generator.nlp.actors.clubs import club
from generator.nlp.actors.context import ActorContext, Candidate, honorific_gender, is_country
from generator.nlp.actors.lexicon import fold
from generator.nlp.actors.person_joins import join_people
from generator.nlp.actors.spouses import join_named_spouses
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

# Fewer than the joiners of ``acronyms``: a capitalised "De", "Du" or "Des" counts here
# ("Des Moines Register", "DMR"); one set for both would change which names join.
_NAME_JOINERS = ("of", "the", "and", "for")


def _alias_key(ctx: ActorContext, k: str, c: Candidate, named: frozenset[str]) -> str:
    """The key a candidate whose folded name is ``k`` groups by: its alias's canonical name, a
    club's for its nickname in sport when the document names the club too (``named``: its
    folded names; "Pompey" is Portsmouth, but "the Spurs" of San Antonio are no Tottenham), a
    nationality's plural, a team's
    name spelled out ("Man Utd" is Manchester United: in sport, or anywhere for the
    abbreviations no other name has), an organisation's "X's" without its apostrophe
    ("McDonald's", "McDonalds"); else ``k``."""
    lex = ctx.lex
    if k in lex.alias_to_canonical:
        return fold(lex.alias_to_canonical[k])
    if ctx.sports and fold(lex.club_nicknames.get(k, "")) in named:
        return fold(lex.club_nicknames[k])
    if c.type == ActorType.GROUP and k + "s" in lex.demonyms:
        return k + "s"
    words = k.split()
    if c.type == ActorType.ORGANIZATION and (
            ctx.sports or not lex.team_abbreviations_anywhere.isdisjoint(words)):
        return " ".join(lex.team_abbreviations.get(w, w) for w in words)
    if c.type == ActorType.ORGANIZATION and k.endswith("'s"):
        return k[:-2] + "s"
    return k


class UnionFind:
    """Union-find over candidate indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The representative of ``i``'s group."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        """Put ``a`` and ``b`` in one group (the earlier index represents it)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class Grouping:
    """The grouping of one document's candidates while it is built."""

    def __init__(self, ctx: ActorContext, cands: list[Candidate]) -> None:
        dt = doc_tokens(ctx.doc)
        self.ctx = ctx
        self.cands = cands
        self.groups = UnionFind(len(cands))
        self.keys = [fold(dt.span_text(c.start, c.end)) for c in cands]
        named = frozenset(self.keys)
        self.alias_keys = [_alias_key(ctx, k, c, named)
                           for k, c in zip(self.keys, cands, strict=True)]
        for i, c in enumerate(cands):
            # "Mr Howard" and "Mrs Howard" are two people until the text joins them
            g = honorific_gender(ctx, c)
            if g and c.end - c.start == 1:
                self.alias_keys[i] += f" ({g})"
        if ctx.sports:
            # "NEW YORK 1996-08-22" above "NEW YORK 72 53 .576": a town a rule surely reads as a
            # place (a dateline) and the team a rule surely reads as named after it are two
            teams = {k for k, c in zip(self.alias_keys, cands, strict=True)
                     if c.strong and c.type == ActorType.ORGANIZATION}
            for i, c in enumerate(cands):
                if c.strong and c.type == ActorType.PLACE and self.alias_keys[i] in teams:
                    self.alias_keys[i] += " (place)"
        self.original = [c.type for c in cands]

    def start_over(self, skip: set[str]) -> None:
        """Group from scratch by name (except the keys in ``skip``) and brackets, then vote."""
        self.groups = UnionFind(len(self.cands))
        self._union_by_key(skip)
        self._union_brackets()
        self._vote_types()

    def _union_by_key(self, skip: set[str]) -> None:
        first_by_key: dict[str, int] = {}
        for i, k in enumerate(self.alias_keys):
            if k in skip:
                continue
            if k in first_by_key:
                self.groups.union(first_by_key[k], i)
            else:
                first_by_key[k] = i

    def _union_brackets(self) -> None:
        # "Kennedy Space Center (KSC)": an acronym in brackets right after a name is that name.
        doc, cands = self.ctx.doc, self.cands
        dt = doc_tokens(doc)
        toks = dt.tokens
        for i, c in enumerate(cands):
            text = dt.span_text(c.start, c.end).replace(".", "")
            if i == 0 or c.end - c.start != 1 or not text.isupper() or len(text) < 2:
                continue
            prev = cands[i - 1]
            if (
                c.start >= 1
                and toks[c.start - 1].text == "("
                and prev.end == c.start - 1
                and name_initials(doc, prev, _NAME_JOINERS).lower().startswith(text.lower()[:1])
            ):
                self.groups.union(i - 1, i)
                self.original[i] = self.original[i - 1] if prev.strong else self.original[i]
                c.votes = Counter(prev.votes)

    def _vote_types(self) -> None:
        cands = self.cands
        members: dict[int, list[int]] = {}
        for i in range(len(cands)):
            members.setdefault(self.groups.find(i), []).append(i)
        for idxs in members.values():
            strong = Counter()
            votes = Counter()
            for i in idxs:
                votes.update(cands[i].votes)
                if cands[i].strong:
                    strong[self.original[i]] += 1
            if (
                self.ctx.sports
                and votes[ActorType.ORGANIZATION] >= 2
                and ActorType.PLACE in votes
                and not strong[ActorType.PLACE]
            ):
                typ = ActorType.ORGANIZATION
            elif strong:
                typ = strong.most_common(1)[0][0]
            else:
                typ = votes.most_common(1)[0][0]
            # a name the text puts only where places go is surely one, for the corpus too
            certain = bool(strong) or (
                typ == ActorType.PLACE and any(cands[i].placed for i in idxs))
            for i in idxs:
                cands[i].type, cands[i].certain = typ, certain

    def join_organizations(self) -> None:
        """Acronyms join the longer name they abbreviate; a last (or first) word alone joins the
        one organization it ends (or starts): "Journal" for "Wall Street Journal"."""
        doc, cands, keys = self.ctx.doc, self.cands, self.keys
        toks = doc_tokens(doc).tokens
        orgs = [
            i
            for i, c in enumerate(cands)
            if c.type == ActorType.ORGANIZATION and c.end - c.start >= 2
        ]
        for i, c in enumerate(cands):
            if c.type != ActorType.ORGANIZATION or c.end - c.start != 1:
                continue
            if keys[i] in self.ctx.lex.alias_to_canonical:
                continue  # "Tories" is the party, not "Arundel and South Downs Tories"
            text = toks[c.start].text.replace(".", "")
            if text.isupper() and len(text) >= 2:
                options = {
                    self.groups.find(j)
                    for j in orgs
                    if name_initials(doc, cands[j], _NAME_JOINERS).lower() == text.lower()
                }
            else:
                # the name it ends first ("United" of "Manchester United", not of a stray
                # "United seemed home"), else the one it starts ("Yukos" of "Yukos Oil")
                options = {
                    self.groups.find(j) for j in orgs if keys[j].split()[-1] == keys[i]
                } or {
                    self.groups.find(j)
                    for j in orgs
                    if keys[j].split()[0] == keys[i] and not self._branch(j)
                    and not self._town_paper(j) and not self._division(j)
                }
                if not options and len(keys[i]) >= 5:
                    # "Yugansk" for "Yuganskneftegaz": a one-word short form of a one-word name
                    options = {
                        self.groups.find(j)
                        for j, d in enumerate(cands)
                        if d.type == ActorType.ORGANIZATION
                        and d.end - d.start == 1
                        and len(keys[j]) > len(keys[i])
                        and keys[j].startswith(keys[i])
                    }
            if len(options) > 1 and not text.isupper():
                options = self._most_named(options, orgs)
            if len(options) == 1:
                self.groups.union(options.pop(), i)

    def _most_named(self, options: set[int], orgs: list[int]) -> set[int]:
        """Of the longer names a word alone could stand for, the one the article writes out
        most (``names.most_named``); else all of them (no choice)."""
        leader = most_named(Counter(self.groups.find(j) for j in orgs
                                    if self.groups.find(j) in options))
        return {leader} if leader is not None else options

    def join_spelt_apart(self) -> None:
        """An organization's name written with or without a space between its words
        ("JPMorgan", "JP Morgan"), or short of the one name word that ends a longer form
        ("JP Morgan" of "JP Morgan Chase", "JPMorgan Chase"), is that organization, when
        exactly one fits. A longer form that ends in a body's head word ("JP Morgan
        Securities") or a place ("GM Europe") is a part of it, not the same body."""
        doc, cands, keys, lex = self.ctx.doc, self.cands, self.keys, self.ctx.lex
        toks = doc_tokens(doc).tokens
        orgs = [i for i, c in enumerate(cands) if c.type == ActorType.ORGANIZATION and not c.nested]
        solid: dict[str, int] = {}
        for i in orgs:  # "JPMorgan" and "JP Morgan"
            key = keys[i].replace(" ", "")
            if len(key) >= 5 and keys[i] not in lex.alias_to_canonical:
                self.groups.union(solid.setdefault(key, i), i)
        longer: dict[str, list[int]] = defaultdict(list)  # "JPMorgan": [the "JP Morgan Chase"s]
        for j in orgs:
            words = keys[j].split()
            if (len(words) >= 2 and toks[cands[j].end - 1].is_title
                    and words[-1] not in lex.org_heads and not self._branch_end(j)):
                longer["".join(words[:-1])].append(j)
        for i in orgs:  # "JP Morgan" of "JP Morgan Chase" or "JPMorgan Chase"
            short = keys[i].replace(" ", "")
            if short not in solid:
                continue
            options = {self.groups.find(j) for j in longer.get(short, ())}
            if len(options) == 1:
                self.groups.union(options.pop(), i)

    def type_branch_parents(self) -> None:
        """A one-word name that opens a body's branch ("Lycos" of "Lycos Europe", "Yukos" of
        "Yukos USA") is the parent body, however the model read it alone (a person)."""
        cands, keys = self.cands, self.keys
        parents = {keys[j].split()[0] for j, c in enumerate(cands)
                   if c.type == ActorType.ORGANIZATION and c.end - c.start >= 2
                   and self._branch(j)}
        retyped = {self.groups.find(i) for i, c in enumerate(cands)
                   if c.end - c.start == 1 and keys[i] in parents and not c.strong
                   and c.type in (ActorType.PERSON, ActorType.PLACE)}
        for i, c in enumerate(cands):
            if self.groups.find(i) in retyped:
                c.type = ActorType.ORGANIZATION

    def _division(self, j: int) -> bool:
        """Is the name a company's and a division's head ("Sony Pictures Entertainment",
        ``division_heads``): a part, not the company its first word names?"""
        c = self.cands[j]
        return c.end - c.start >= 2 and (
            self.ctx.doc[c.end - 1].lower_ in self.ctx.lex.division_heads)

    def _town_paper(self, j: int) -> bool:
        """In a sports report, a longer name that ends in a body's head and is no club's
        ("Newcastle Evening Chronicle") is not the club its first word names."""
        c = self.cands[j]
        return self.ctx.sports and not club(self.ctx, c) and (
            self.ctx.doc[c.end - 1].lower_ in self.ctx.lex.org_heads)

    def _branch_end(self, j: int) -> bool:
        c = self.cands[j]
        return is_country(self.ctx, c.end - 1, c.end) or fold(
            self.ctx.doc[c.end - 1].text
        ) in self.ctx.lex.branch_regions

    def _branch(self, j: int) -> bool:
        """Is the name its first word and a place ("Yukos USA", "GM Europe"): a branch of the
        body the first word names, not the body itself?"""
        c = self.cands[j]
        return is_country(self.ctx, c.start + 1, c.end) or fold(
            doc_tokens(self.ctx.doc).span_text(c.start + 1, c.end)
        ) in self.ctx.lex.branch_regions


def group(ctx: ActorContext, cands: list[Candidate]) -> list[int]:
    """Group candidates into actors; returns the representative index of each candidate."""
    grouping = Grouping(ctx, cands)
    grouping.start_over(set())
    grouping.type_branch_parents()
    join_people(grouping)
    join_named_spouses(grouping)
    grouping.join_organizations()
    grouping.join_spelt_apart()
    join_stated_aliases(ctx, cands, grouping.groups)
    join_outlet_divisions(ctx, cands, grouping.groups)
    join_defined_names(ctx, cands, grouping.groups)
    return [grouping.groups.find(i) for i in range(len(cands))]
