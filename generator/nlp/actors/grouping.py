"""Within-article grouping of names into actors, one type per actor, and each actor's name.

``group`` is a union-find over a document's few dozen candidates: the same folded name or
alias, an acronym in brackets after its name, a one-word person name and the full name it
starts or ends ("Xi" -> "Xi Jinping", "Hewitt" -> "Patricia Hewitt"; when several people share
the word, each bare mention joins the nearest one before it), a longer form of a person's full
name, an acronym of an organization's name and a word standing for the whole ("Journal").
Each group gets one type by a vote of its mentions. ``canonical_names`` picks the name readers
see; ``assign_senses`` marks countries and cities that act as a state or a team.
"""

from __future__ import annotations

from collections import Counter

from generator.nlp.actors.acronyms import join_defined_names
from generator.nlp.actors.aliasing import join_outlet_divisions, join_stated_aliases
from generator.nlp.actors.classify import sports_team
from generator.nlp.actors.context import PRODUCT, ActorContext, Candidate, is_country
from generator.nlp.actors.lexicon import fold
from generator.vocab import ActorType

_NAME_JOINERS = ("of", "the", "and", "for")


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


def _initials(ctx: ActorContext, c: Candidate) -> str:
    return "".join(
        t.text[0].lower()
        for t in ctx.doc[c.start : c.end]
        if t.is_alpha and t.text[0].isupper() and t.lower_ not in _NAME_JOINERS
    )


class _Grouping:
    """The grouping of one document's candidates while it is built."""

    def __init__(self, ctx: ActorContext, cands: list[Candidate]) -> None:
        lex = ctx.lex
        self.ctx = ctx
        self.cands = cands
        self.groups = UnionFind(len(cands))
        self.keys = [fold(ctx.doc[c.start : c.end].text) for c in cands]
        self.alias_keys = [
            fold(lex.alias_to_canonical[k])
            if k in lex.alias_to_canonical
            else k + "s"
            if c.type == ActorType.GROUP and k + "s" in lex.demonyms
            else " ".join(lex.team_abbreviations.get(w, w) for w in k.split())
            if c.type == ActorType.ORGANIZATION and ctx.sports  # "Man Utd" = "Manchester United"
            else k
            for k, c in zip(self.keys, cands, strict=True)
        ]
        for i, c in enumerate(cands):
            # "Mr Howard" and "Mrs Howard" are two people until the text joins them
            g = self._honorific_gender(c)
            if g and c.end - c.start == 1:
                self.alias_keys[i] += f" ({g})"
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
        for i, c in enumerate(cands):
            text = doc[c.start : c.end].text.replace(".", "")
            if i == 0 or c.end - c.start != 1 or not text.isupper() or len(text) < 2:
                continue
            prev = cands[i - 1]
            if (
                c.start >= 1
                and doc[c.start - 1].text == "("
                and prev.end == c.start - 1
                and _initials(self.ctx, prev).startswith(text.lower()[:1])
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
            for i in idxs:
                cands[i].type = typ

    def join_people(self) -> None:
        """A one-word name ("Hewitt", "Kilroy-Silk", "Xi") joins the full name it is part of.

        Its surname reading wins over a first-name reading; a first name joins only the one
        full name it starts, and never after a title ("Prince Charles" is not "Charles
        Kennedy"). When several people share the word, each mention joins the nearest one
        before it and the full names stay apart ("Howard" never makes "Michael Howard" and
        "Howard Flight" one). A longer full name joins a shorter one it contains
        ("Patricia Anne Hewitt"). A person's word alone that starts or ends a work's name
        ("Harry" of "Harry Potter", typed a product) joins the work when no person has it.
        """
        doc, cands, keys, alias_keys = self.ctx.doc, self.cands, self.keys, self.alias_keys
        words = [tuple(fold(w) for w in doc[c.start : c.end].text.split()) for c in cands]
        full_names: list[int] = [
            i for i, c in enumerate(cands) if c.type == ActorType.PERSON and len(words[i]) >= 2
        ]
        titled_keys = {keys[i] for i, c in enumerate(cands) if c.titled}
        works = [i for i, c in enumerate(cands) if c.type == PRODUCT and c.strong
                 and len(words[i]) >= 2]
        gender_of = self._genders(words, full_names)
        options_of: dict[int, list[int]] = {}
        for i, c in enumerate(cands):
            if len(words[i]) != 1 or c.type not in (
                ActorType.PERSON, ActorType.ORGANIZATION, ActorType.PLACE
            ):
                continue
            if c.strong and c.type != ActorType.PERSON:
                continue
            word = words[i][0]
            surname = [j for j in full_names if words[j][-1] == word]
            honorific = self._honorific_gender(c)
            if honorific:
                # "Mrs Howard" never joins Michael Howard, whom "Mr Howard" or "he" names
                surname = [j for j in surname if gender_of.get(j, honorific) == honorific]
            options = surname
            if not options and c.type == ActorType.PERSON and keys[i] not in titled_keys:
                first = [j for j in full_names if words[j][0] == word]
                if len({alias_keys[j] for j in first}) == 1:
                    options = first
            if not options and c.type == ActorType.PERSON and keys[i] not in titled_keys:
                # "Harry" and "Potter" of a work ("the third Harry Potter film"): its name
                work = [j for j in works if word in (words[j][0], words[j][-1])]
                if len({alias_keys[j] for j in work}) == 1:
                    options = work
            if options:
                options_of[i] = options
        ambiguous = {
            keys[i] for i, opts in options_of.items() if len({alias_keys[j] for j in opts}) > 1
        }
        if ambiguous:
            self.start_over({alias_keys[i] for i in options_of if keys[i] in ambiguous})
        for i, options in options_of.items():
            c = cands[i]
            if keys[i] in ambiguous:
                before = [j for j in options if cands[j].start < c.start]
                if not before:
                    continue
                target = max(before, key=lambda j: cands[j].start)
            else:
                target = options[0]
            c.type = ActorType.PERSON if cands[target].type != PRODUCT else PRODUCT
            self.groups.union(target, i)
        for a in full_names:
            for b in full_names:
                ka, kb = words[a], words[b]
                if len(ka) < len(kb) and ka[0] == kb[0] and ka[-1] == kb[-1]:
                    self.groups.union(a, b)
        self._join_titled_surnames(words)

    def _honorific_gender(self, c: Candidate) -> str | None:
        doc, lex = self.ctx.doc, self.ctx.lex
        if c.start == 0:
            return None
        return lex.honorifics.get(doc[c.start - 1].lower_.rstrip("."))

    def _genders(self, words: list[tuple[str, ...]], full_names: list[int]) -> dict[int, str]:
        """The gender of each full name the text tells: an honorific before it ("Mrs Sandra
        Howard"), else the first "he"/"she" subject after it in its sentence or the next, with
        no other person named in between, unless the article calls X only by the other sex's
        honorific; when the article says both "Mr X" and "Mrs X" and one full name ends in X
        and nothing else tells, it is neither's."""
        doc, cands = self.ctx.doc, self.cands
        person_starts = sorted(c.start for c in cands if c.type == ActorType.PERSON)
        out: dict[int, str] = {}
        guessed: set[int] = set()
        for j in full_names:
            c = cands[j]
            g = self._honorific_gender(c)
            if g is None:
                guessed.add(j)
                sent = doc[c.start].sent
                stop = sent.end
                if stop < len(doc):
                    stop = doc[stop].sent.end
                nxt = next((s for s in person_starts if s >= c.end), len(doc))
                for tok in doc[c.end : min(stop, nxt)]:
                    if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
                        g = "m" if tok.lower_ == "he" else "f"
                        break
            if g:
                out[j] = g
        said: dict[str, Counter[str]] = {}
        for i, c in enumerate(cands):
            g = self._honorific_gender(c)
            if g and len(words[i]) == 1:
                said.setdefault(words[i][0], Counter())[g] += 1
        for j in full_names:
            seen = said.get(words[j][-1])
            if j not in out and seen is not None and len(seen) == 2:
                out[j] = "?"  # "Mr Howard" and "Mrs Howard", and nothing tells which he is
            elif j in guessed and j in out and seen is not None and out[j] not in seen:
                # "Anne Hale said he would …" then only "Ms Hale": the "he" was another
                # (the text never says "Mr Hale"); the honorific tells
                del out[j]
        return out

    def _join_titled_surnames(self, words: list[tuple[str, ...]]) -> None:
        """A surname of several words after an honorific ("Mrs Parker Bowles") joins the one
        longer name ending in it, which is then a person ("Camilla Parker Bowles", however the
        model tagged it). Without an honorific, a name of several words ("De Niro", "Christian
        Andersen", "El Guerrouj") joins the one longer name of a person ending in it, whatever
        it was typed, unless the lexicon fixed its type."""
        cands = self.cands
        for i, c in enumerate(cands):
            titled = c.titled or self._honorific_gender(c) is not None  # "Mr Saumarez Smith"
            if len(words[i]) < 2 or (c.type != ActorType.PERSON if titled else c.strong):
                continue
            n = len(words[i])
            kinds = ((ActorType.PERSON, ActorType.ORGANIZATION, ActorType.PLACE) if titled
                     else (ActorType.PERSON,))
            options = {
                self.groups.find(j)
                for j, d in enumerate(cands)
                if len(words[j]) > n
                and words[j][-n:] == words[i]
                and d.type in kinds
                and (d.type == ActorType.PERSON or not d.strong)
            }
            if len(options) == 1:
                target, own = options.pop(), self.groups.find(i)
                for j, d in enumerate(cands):
                    if self.groups.find(j) in (target, own):
                        d.type = ActorType.PERSON
                self.groups.union(target, i)

    def join_organizations(self) -> None:
        """Acronyms join the longer name they abbreviate; a last (or first) word alone joins the
        one organization it ends (or starts): "Journal" for "Wall Street Journal"."""
        doc, cands, keys = self.ctx.doc, self.cands, self.keys
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
            text = doc[c.start].text.replace(".", "")
            if text.isupper() and len(text) >= 2:
                options = {
                    self.groups.find(j)
                    for j in orgs
                    if _initials(self.ctx, cands[j]) == text.lower()
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
            if len(options) == 1:
                self.groups.union(options.pop(), i)

    def _branch(self, j: int) -> bool:
        """Is the name its first word and a place ("Yukos USA", "GM Europe"): a branch of the
        body the first word names, not the body itself?"""
        c = self.cands[j]
        return is_country(self.ctx, c.start + 1, c.end) or fold(
            self.ctx.doc[c.start + 1 : c.end].text
        ) in self.ctx.lex.branch_regions


def group(ctx: ActorContext, cands: list[Candidate]) -> list[int]:
    """Group candidates into actors; returns the representative index of each candidate."""
    grouping = _Grouping(ctx, cands)
    grouping.start_over(set())
    grouping.join_people()
    grouping.join_organizations()
    join_stated_aliases(ctx, cands, grouping.groups)
    join_outlet_divisions(ctx, cands, grouping.groups)
    join_defined_names(ctx, cands, grouping.groups)
    return [grouping.groups.find(i) for i in range(len(cands))]


def canonical_names(ctx: ActorContext, cands: list[Candidate], reps: list[int]) -> dict[int, str]:
    """The name readers see for each group: alias canonical, else the longest form."""
    lex = ctx.lex
    best: dict[int, tuple[tuple[int, int, int], str]] = {}
    for c, rep in zip(cands, reps, strict=True):
        start, end = c.outlet or (c.start, c.end)
        text = ctx.doc[start:end].text
        canonical = lex.alias_to_canonical.get(fold(text))
        if canonical is not None:
            score = (1, len(canonical.split()), len(canonical))
            name = canonical
        else:
            caps_only = text.isupper() and len(text) > 4
            score = (0 if not caps_only else -1, end - start, len(text))
            name = text
            if c.type == ActorType.GROUP and fold(text) + "s" in lex.demonyms:
                name = text + "s"  # "Asian" and "Asians" are one group, named by the plural
        if rep not in best or score > best[rep][0]:
            best[rep] = (score, name)
    names = {rep: name for rep, (_, name) in best.items()}
    # A person named only by an honorific and a surname is "Mrs Howard", not "Howard": the
    # honorific is what tells her from Michael Howard across articles.
    honorifics: dict[int, set[str]] = {}
    for c, rep in zip(cands, reps, strict=True):
        if c.type == ActorType.PERSON:
            prev = ctx.doc[c.start - 1] if c.start > 0 else None
            g = lex.honorifics.get(prev.lower_.rstrip(".")) if prev is not None else None
            honorifics.setdefault(rep, set()).add(prev.text if g else "")
    for rep, seen in honorifics.items():
        titles = seen - {""}
        if len(titles) == 1 and len(names[rep].split()) == 1:
            names[rep] = f"{titles.pop()} {names[rep]}"
    return names


def assign_senses(ctx: ActorContext, cands: list[Candidate], reps: list[int]) -> None:
    """Mark countries and cities that act (as a state, or as a team in sport) as organizations."""
    teams: set[int] = set()
    for k, c in enumerate(cands):
        if not c.gpe or c.type != ActorType.PLACE:
            continue
        acting = _acting(ctx, c)
        # A state acts; a city or region that is the subject of a verb is still a place
        # ("Houston has played a critical role"), and a name inside a longer name never acts.
        # A country that owns something ("Malaysia's Prime Minister", "Afghanistan's response")
        # stays a place: GUM news and interviews both read most possessor countries so.
        if acting and not c.nested and is_country(ctx, c.start, c.end):
            c.sense = ActorType.ORGANIZATION
        if ctx.sports and not c.nested and (acting or sports_team(ctx, c.start, c.end)):
            teams.add(reps[k])
    for k, c in enumerate(cands):
        if reps[k] in teams and c.gpe and c.type == ActorType.PLACE:
            c.sense = ActorType.ORGANIZATION
        elif c.type == ActorType.GROUP and _people_plural(ctx, c):
            # "Afghans", "Muslims": people named by nation or faith; in sport, a side when
            # they act or take "the" ("the Belgians equalised", "putting the Belgians in the
            # lead"; not "the ability of Afghans")
            the = c.start > 0 and ctx.doc[c.start - 1].lower_ == "the"
            side = ctx.sports and (the or _acting(ctx, c))
            c.sense = ActorType.ORGANIZATION if side else ActorType.PERSON


def _acting(ctx: ActorContext, c: Candidate) -> bool:
    """Is the name (or the first of the names it is coordinated with) the subject of a verb
    other than one of a place's ("lies", "borders")?"""
    tok = ctx.doc[c.start : c.end].root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.pos_ == "VERB"
        and tok.head.lemma_.lower() not in ctx.lex.place_verbs
    )


def _people_plural(ctx: ActorContext, c: Candidate) -> bool:
    """Is the group's name a plural of people ("Afghans", "Muslims"), not an adjective?"""
    last = ctx.doc[c.end - 1]
    return last.tag_ in ("NNPS", "NNS") or (
        last.lower_.endswith("s") and last.lower_[:-1] in ctx.lex.demonyms
    )
