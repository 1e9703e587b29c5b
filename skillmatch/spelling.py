"""British and American spellings read as one ("data visualisation" is "data
visualization", "modelling" is "modeling", "programme management" is "program
management"), so a taxonomy surface written one way matches text written the other.

The matcher compares words through :func:`american`: a lookup in a fixed table of the
words that skill names actually use. A table, not suffix rules: "-ise" is also
"enterprise", "expertise" and "franchise", and "-our" is also "four" and "hour".
"""

from __future__ import annotations

from pathlib import Path

_ISATION = (
    "optim organ visual virtual container local international standard digital digit "
    "initial author categor priorit custom util normal serial synchron special personal "
    "modern industrial central decentral global commercial monet character minim maxim "
    "parallel stabil real harmon hospital immun steril token vector anonym pseudonym "
    "summar memor random regular general mobil sanit rational capital social final "
    "conceptual operational product"
).split()
_ISE_VERB = (
    "optim organ visual virtual container local standard digit digital custom priorit util "
    "special personal modern central decentral monet parallel summar random anonym token "
    "normal serial synchron author categor character minim maxim stabil real harmon "
    "general mobil sanit final operational"
).split()


def _table() -> dict[str, str]:
    path = Path(__file__).parent / "data" / "british_american.txt"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            british, american_form = line.split()
            table[british] = american_form
    for stem in _ISATION:
        table[f"{stem}isation"] = f"{stem}ization"
        table[f"{stem}isations"] = f"{stem}izations"
    for stem in _ISE_VERB:
        for ending, american_ending in (
            ("ise", "ize"),
            ("ised", "ized"),
            ("ises", "izes"),
            ("ising", "izing"),
            ("iser", "izer"),
            ("isers", "izers"),
        ):
            table[f"{stem}{ending}"] = f"{stem}{american_ending}"
    return table


BRITISH_TO_AMERICAN = _table()


def american(word: str) -> str:
    """The American spelling of a lower-case word, or the word itself."""
    return BRITISH_TO_AMERICAN.get(word, word)


def american_phrase(text: str) -> str:
    """A lower-case phrase with each word in its American spelling."""
    return " ".join([BRITISH_TO_AMERICAN.get(word, word) for word in text.split()])
