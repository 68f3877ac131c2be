"""English verb forms for summaries: third-person present, past participle, "a" or "an".

Regular forms follow the spelling rules (British doubling of a final "l": "cancelled"); the
irregular verbs a news summary needs are listed here.
"""

from __future__ import annotations

_IRREGULAR = {
    "arise": "arisen", "be": "been", "bear": "borne", "beat": "beaten", "become": "become",
    "begin": "begun", "bind": "bound", "bite": "bitten", "blow": "blown", "break": "broken",
    "bring": "brought", "build": "built", "burn": "burned", "buy": "bought", "catch": "caught",
    "choose": "chosen", "come": "come", "cost": "cost", "cut": "cut", "deal": "dealt",
    "do": "done", "draw": "drawn", "drink": "drunk", "drive": "driven", "eat": "eaten",
    "fall": "fallen", "feed": "fed", "feel": "felt", "fight": "fought", "find": "found",
    "flee": "fled", "fly": "flown", "forbid": "forbidden", "forget": "forgotten",
    "forgive": "forgiven", "freeze": "frozen", "get": "got", "give": "given", "go": "gone",
    "grow": "grown", "hang": "hanged", "have": "had", "hear": "heard", "hide": "hidden",
    "hit": "hit", "hold": "held", "hurt": "hurt", "keep": "kept", "know": "known",
    "lay": "laid", "lead": "led", "leave": "left", "lend": "lent", "let": "let", "lie": "lain",
    "lose": "lost", "make": "made", "mean": "meant", "meet": "met", "mislead": "misled",
    "overcome": "overcome", "overtake": "overtaken", "overthrow": "overthrown", "pay": "paid",
    "put": "put", "quit": "quit", "read": "read", "ride": "ridden", "ring": "rung",
    "rise": "risen", "run": "run", "say": "said", "see": "seen", "seek": "sought",
    "sell": "sold", "send": "sent", "set": "set", "shake": "shaken", "shoot": "shot",
    "show": "shown", "shut": "shut", "sing": "sung", "sink": "sunk", "sit": "sat",
    "slay": "slain", "sleep": "slept", "speak": "spoken", "spend": "spent", "spin": "spun",
    "split": "split", "spread": "spread", "stand": "stood", "steal": "stolen", "stick": "stuck",
    "strike": "struck", "swear": "sworn", "sweep": "swept", "swim": "swum", "take": "taken",
    "teach": "taught", "tear": "torn", "tell": "told", "think": "thought", "throw": "thrown",
    "undertake": "undertaken", "upset": "upset", "wake": "woken", "wear": "worn",
    "win": "won", "withdraw": "withdrawn", "write": "written", "wed": "wed",
}  # fmt: skip
# Prefixes an irregular verb keeps its forms under ("rebuilt", "outsold", "overpaid").
_PREFIXES = ("re", "out", "over", "under", "mis", "with", "up", "fore")
# Two-syllable verbs stressed on the last syllable double their final consonant.
_DOUBLING = frozenset([
    "admit", "commit", "compel", "control", "acquit", "expel", "occur", "omit", "patrol", "permit",
    "prefer", "propel", "rebel", "recur", "refer", "regret", "remit", "submit", "transfer",
    "transmit", "deter", "incur", "confer", "defer", "infer", "equip", "abet", "outwit"
])
_VOWELS = "aeiou"


def present(lemma: str, plural: bool = False) -> str:
    """The simple present: "arrests", "are"; plural subjects take the bare form."""
    if lemma == "be":
        return "are" if plural else "is"
    if plural:
        return lemma
    if lemma == "have":
        return "has"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    return lemma + "s"


def participle(lemma: str) -> str:
    """The past participle: "arrested", "detained", "banned", "cancelled", "taken"."""
    if " " in lemma:
        head, rest = lemma.split(" ", 1)
        return f"{participle(head)} {rest}"
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    for prefix in _PREFIXES:  # "rebuild": "rebuilt", "outsell": "outsold"
        if lemma.startswith(prefix) and lemma[len(prefix):] in _IRREGULAR and lemma != "relay":
            return prefix + _IRREGULAR[lemma[len(prefix):]]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied"
    if lemma in _DOUBLING or _short_cvc(lemma) or (
            lemma.endswith("l") and len(lemma) > 3 and lemma[-2] in _VOWELS
            and lemma[-3] not in _VOWELS):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def _short_cvc(word: str) -> bool:
    """One syllable ending consonant-vowel-consonant ("ban", "rob", "stop"), not w/x/y."""
    if len(word) < 3 or word[-1] in "wxy" + _VOWELS:
        return False
    vowels = sum(1 for c in word if c in _VOWELS)
    return vowels == 1 and word[-2] in _VOWELS and word[-3] not in _VOWELS


def indefinite(phrase: str) -> str:
    """Put "a" or "an" before ``phrase``."""
    first = phrase[:1].lower()
    vowel = first in _VOWELS and not phrase.lower().startswith(("uni", "eu", "one", "us"))
    if phrase[:1].isupper() and phrase.split(" ", 1)[0].isupper():  # an acronym: "an FBI raid"
        vowel = first in "aefhilmnorsx"
    return f"{'an' if vowel else 'a'} {phrase}"
