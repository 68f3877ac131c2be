"""Rules that join the buckets of one actor named in different ways across articles.

In order (``join_name_forms``): two full names whose first names are forms of one name
("Bernie"/"Bernard Ebbers"); a surname alone or after an honorific ("Xi", "Mr Ebbers") and the
only full name that fits, when their articles share another actor (``_vouched``); a form that
another actor's article showed to be one of its names ("Abu Mazen" of Mahmoud Abbas); a
one-word company name opening a longer one ("Yugansk" of "Yuganskneftegaz"); an
organisation's name opening with initials, written with and without the space after them ("JP
Morgan", "JPMorgan"). Each joins only where exactly one actor fits.
"""

from __future__ import annotations

import bisect
from collections import defaultdict

from ..curation import Curation
from ..names import most_named, name_key
from .buckets import Bucket, gender_of, is_peer, is_person, majority_type, word_before
from .given_names import fitting, given_names
from .words import country_keys, merge_words

# The word lists (honorifics, peers' titles, corporate words) are data: merge.yml.
_W = merge_words()
# Honorifics before a surname, by what they say of the person ("Mr Ebbers", "Mrs Howard").
_MALE, _FEMALE, _HONORIFICS = _W.male, _W.female, _W.honorifics


def join_name_forms(buckets: dict[str, Bucket], curation: Curation,
                    texts: dict[str, str]) -> None:
    """Join the buckets of one actor by the rules below, in order (``texts``: the articles'
    texts by id, for the honorifics and titles the mentions leave out)."""
    _join_first_name_variants(buckets, curation, texts)
    _attach_short_person_names(buckets, curation, texts)
    _attach_known_forms(buckets, curation)
    _attach_short_company_forms(buckets, curation)
    _join_spaced_initials(buckets)


def _join_spaced_initials(buckets: dict[str, Bucket]) -> None:
    """Join organisations whose names differ only by the space after initials that open them
    ("JP Morgan", "JPMorgan": keys "jp morgan", "jpmorgan"), when those are all the
    organisations of that spelling."""
    by_letters: dict[str, dict[int, Bucket]] = defaultdict(dict)
    for key, bucket in buckets.items():
        root = bucket.root()
        if root.types and majority_type(root) == "organization":
            by_letters[key.replace(" ", "")][id(root)] = root
    for roots in by_letters.values():
        if len(roots) < 2:
            continue
        names = [n for b in roots.values() for n in b.names]
        if not any(" " in n and _initials(n.split()[0]) for n in names):
            continue
        target = max(roots.values(), key=lambda b: (len(b.mentions), b.key))
        for b in roots.values():
            target.absorb(b)


def _initials(word: str) -> bool:
    """"JP" of "JP Morgan", "GE" of "GE Capital" (not "Royal" of "Royal Mail")."""
    return 2 <= len(word) <= 3 and word.isalpha() and word.isupper()


def _join_first_name_variants(buckets: dict[str, Bucket], curation: Curation,
                              texts: dict[str, str]) -> None:
    """Join two full names of one surname whose first names are forms of one name ("Bernie
    Ebbers", "Bernard Ebbers": the same first four letters) when honorifics or pronouns give
    both the same gender and no other person has that surname."""
    by_surname: dict[str, list[Bucket]] = defaultdict(list)
    for key, bucket in buckets.items():
        words = key.split()
        if (len(words) == 2 and words[0] not in _HONORIFICS and is_person(bucket, curation)
                and key not in curation.merge_into.values()):
            by_surname[words[1]].append(bucket)
    for people in by_surname.values():
        roots = list({id(b.root()): b.root() for b in people}.values())
        if len(roots) != 2:
            continue
        a, b = roots
        first_a, first_b = a.key.split()[0], b.key.split()[0]
        gender = gender_of(a, texts)
        if (len(first_a) >= 4 and len(first_b) >= 4 and first_a[:4] == first_b[:4]
                and gender is not None and gender == gender_of(b, texts)):
            a.absorb(b)


# Words that make a longer company name of a short one ("Gazprombank" is not "Gazprom").
_NAME_ENDINGS = _W.company_name_endings


def _attach_short_company_forms(buckets: dict[str, Bucket], curation: Curation) -> None:
    """A one-word organisation whose name opens a longer one-word name ("Yugansk" of
    "Yuganskneftegaz", also spelt "Yuganskneftegas") joins it, when the longer names are
    spellings of one name and what they add is not a word that makes another company."""
    targets = set(curation.merge_into.values())
    orgs = [b for k, b in buckets.items() if " " not in k and b.root() is b and b.types
            and majority_type(b) == "organization" and k not in targets]
    # the names a key opens are a run of the sorted keys (then in the buckets' order again)
    by_key = sorted(range(len(orgs)), key=lambda i: orgs[i].key)
    sorted_keys = [orgs[i].key for i in by_key]
    for short in sorted(orgs, key=lambda b: len(b.key)):
        if len(short.key) < 5 or short.root() is not short:
            continue
        run = [orgs[i] for i in sorted(by_key[bisect.bisect_left(sorted_keys, short.key):
                                              bisect.bisect_left(sorted_keys,
                                                                 short.key + "\U0010ffff")])]
        longer = {id(b.root()): b.root() for b in run if len(b.key) >= len(short.key) + 4}
        longer.pop(id(short), None)
        if not longer:
            continue
        keys = {b.key for b in longer.values()}
        if len({k[:-1] for k in keys}) != 1:
            continue  # two different longer names
        rest = min(keys)[len(short.key):]
        if any(rest.startswith(w) or rest.endswith(w) and len(rest) <= len(w) + 1
               for w in _NAME_ENDINGS):
            continue
        target = max(longer.values(), key=lambda b: len(b.mentions))
        for b in longer.values():
            target.absorb(b)
        target.absorb(short)


def _attach_known_forms(buckets: dict[str, Bucket], curation: Curation) -> None:
    """An actor named in one article only by a form that another actor's article showed to be
    one of its names ("Yugansk", shown with "Yuganskneftegaz"; "Abu Mazen", shown with
    Mahmoud Abbas) joins that actor, when exactly one actor of its type has the form. A person
    needs a form of two words or more (a bare surname is settled by the rule above)."""
    holders: dict[str, dict[int, Bucket]] = defaultdict(dict)
    for bucket in buckets.values():
        root = bucket.root()
        for _, m in bucket.mentions:
            if m.kind == "name":
                holders[name_key(m.text)][id(root)] = root
    for key, bucket in buckets.items():
        root = bucket.root()
        if root is not bucket or key in curation.merge_into.values():
            continue
        kind = majority_type(bucket) if bucket.types else None
        if kind == "person" and len(key.split()) < 2:
            continue
        others = [b for k, b in holders.get(key, {}).items() if k != id(root)]
        if len(others) == 1 and others[0].types and majority_type(others[0]) == kind:
            others[0].absorb(bucket)


def _attach_short_person_names(buckets: dict[str, Bucket], curation: Curation,
                               texts: dict[str, str] | None = None) -> None:
    """Merge a surname alone or after an honorific ("Xi", "Mr Ebbers") into the only known full
    name of a person that has that word (and, after "Mr" or "Mrs", none referred to with the
    other's honorific or pronouns: "Mrs Howard" is not Michael Howard; of several, the one
    already referred to so: "Mr Blair" is Tony Blair, not Cherie Blair)."""
    by_token: dict[str, list[Bucket]] = defaultdict(list)
    person = {key: is_person(bucket, curation) for key, bucket in buckets.items()}
    company = _company(buckets, person)
    for key, bucket in buckets.items():
        tokens = key.split()
        if person[key] and len(tokens) > 1 and tokens[0] not in _HONORIFICS:
            for token in {tokens[0], tokens[-1]}:
                by_token[token].append(bucket)
    for key, bucket in buckets.items():
        words = key.split()
        title = words[0] if len(words) == 2 and words[0] in _HONORIFICS else None
        if not person[key] or len(words) != (2 if title else 1) or (
                key in curation.merge_into.values()):
            continue
        if title in _W.peers or is_peer(bucket, texts):
            continue  # "Lord Armstrong" is known by a title, not as another Armstrong
        candidates = fitting(words, bucket, by_token.get(words[-1], ()))  # "Sandra": her article
        if is_peer(bucket, texts, _W.royals) and not all(
            is_peer(b, texts, _W.royals) for b in candidates.values()
        ):
            continue  # "Prince Harry" joins no "Harry Belafonte", only a royal named so in full
        if title in _MALE or title in _FEMALE:
            wanted = "m" if title in _MALE else "f"
            genders = {k: gender_of(b, texts) for k, b in candidates.items()}
            candidates = {k: b for k, b in candidates.items() if genders[k] in (None, wanted)}
            # of "Mr Blair"'s candidates, the one already called "Mr" (Tony Blair, not Cherie)
            sure = {k: b for k, b in candidates.items() if genders[k] == wanted}
            if len(sure) == 1:
                candidates = sure
        if len(candidates) > 1:
            candidates = _called_so(key, candidates)
        if len(candidates) == 1:
            target = next(iter(candidates.values()))
            if _vouched(bucket, target, company, texts) or _mononym(words, bucket, target):
                target.absorb(bucket)


# How often an article must name someone by one word alone for it to be how they are known
MONONYM_MENTIONS = 3


def _mononym(words: list[str], bucket: Bucket, target: Bucket) -> bool:
    """"Elvis" of Elvis Presley: a one-word name that is the first word of the one full name it
    fits, no given name (``given_names.txt``), and that one article names them by again and
    again, is how the person is known, in any article ("Morrison", a surname, still needs an
    article in common; "Paulo" of "Sao Paulo", named twice, stays apart)."""
    if len(words) != 1 or words[0] in given_names() or len(target.key.split()) < 2:
        return False
    per_article: dict[str, int] = defaultdict(int)
    for article, m in bucket.mentions:
        per_article[article] += m.kind == "name"
    return target.key.split()[0] == words[0] and max(per_article.values(), default=0) >= (
        MONONYM_MENTIONS)


def _called_so(key: str, candidates: dict[int, Bucket]) -> dict[int, Bucket]:
    """Of several people a short name could be, the one other articles call by it (or by the
    surname alone) most (``most_named``: "Mr Blair" is Tony Blair, not Sir Ian Blair); else
    all."""
    forms = {key, key.split()[-1]}
    leader = most_named({k: sum(1 for _, m in b.mentions if name_key(m.text) in forms)
                         for k, b in candidates.items()})
    return {leader: candidates[leader]} if leader is not None else candidates


def _short_form(words: list[str]) -> bool:
    """A surname alone or after an honorific ("Morrison", "Mr Brown")."""
    return len(words) == (2 if words[0] in _HONORIFICS else 1)


def _company(buckets: dict[str, Bucket], person: dict[str, bool]) -> dict[str, set[int]]:
    """The actors of each article that can vouch for a short name, by the id of their root now:
    people named in full and organisations. Places ("London", "United Kingdom") and groups are
    in too many articles to say anything, and a bare surname ("Keane") may be anyone; but a
    place that is no country and plays as a team in an article (a club named by its town,
    "Blackburn beat Norwich": only sports articles read a town so) vouches there, as a club."""
    out: dict[str, set[int]] = defaultdict(set)
    countries = country_keys()
    for key, bucket in buckets.items():
        root = bucket.root()
        if not bucket.mentions or not root.types:
            continue
        if not person[key] and majority_type(root) == "place" and key not in countries:
            for article, m in bucket.mentions:
                if m.sense == "organization":
                    out[article].add(id(root))
            continue
        if person[key] and _short_form(key.split()) or (
                not person[key] and majority_type(root) != "organization"):
            continue
        for article, _ in bucket.mentions:
            out[article].add(id(root))
    return out


def _vouched(bucket: Bucket, target: Bucket, company: dict[str, set[int]],
             texts: dict[str, str] | None = None) -> bool:
    """May the short name ``bucket`` join the full name ``target`` of other articles? Only when
    every article of the short name is one of the full name's, or shares another person named
    in full or an organisation with them, or gives the short name an office the full name is
    given elsewhere ("President Bush", "President George W Bush"): across articles a surname
    alone says little of who is meant ("Morrison" of a football line-up is not the athlete
    Melissa Morrison)."""
    theirs = {article for article, _ in target.mentions}
    known = set().union(*(company.get(a, set()) for a in theirs)) - {id(target), id(bucket)}
    offices = {o for article, m in target.mentions if (o := _office(texts, article, m))}
    by_office = {article for article, m in bucket.mentions
                 if offices and _office(texts, article, m) in offices}
    return all(article in theirs or article in by_office or company.get(article, set()) & known
               for article, _ in bucket.mentions)


def _office(texts: dict[str, str] | None, article: str, mention) -> str | None:
    """The office written right before a named mention ("President" of "President Bush";
    16 characters back: "Commissioner")."""
    before = word_before(texts, article, mention, window=16)
    if before and before[:1].isupper() and name_key(before) in _W.offices:
        return name_key(before)
    return None
