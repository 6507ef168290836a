"""The independent oracle: number words and unit forms typed by hand from the grammar (tests/data/*.tsv).

Tests take their EXPECTED readings from here, never from helpcenter/policy/lexicon.py, so a wrong word in the
implementation's tables is caught instead of copied.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


# kk: value -> (nominative, ablative, dative)
KK_NUMBERS: dict[int, tuple[str, str, str]] = {}
# en, el: value -> [(form, gender.case cells it fits, or {"*"})]
NUMBERS: dict[str, dict[int, list[tuple[str, frozenset[str]]]]] = {"en": defaultdict(list), "el": defaultdict(list)}
for _lang, _value, _form, *_rest in _rows("number_words.tsv"):
    if _lang == "kk":
        KK_NUMBERS[int(_value)] = (_form, _rest[0], _rest[1])
    else:
        NUMBERS[_lang][int(_value)].append((_form, frozenset(_rest[0].split())))
EL_NUMBERS = NUMBERS["el"]
EN_NUMBERS = NUMBERS["en"]

# (unit, form) for Kazakh; (unit, form, "sg"/"pl", gender.case cells) for Greek
UNIT_ROWS = [tuple(r) for r in _rows("unit_forms.tsv")]
KK_UNITS = [(unit, form) for lang, unit, form, _, _ in UNIT_ROWS if lang == "kk"]
EL_UNITS = [(unit, form, number, frozenset(cells.split())) for lang, unit, form, number, cells in UNIT_ROWS
            if lang == "el"]


def agrees(number_cells: frozenset[str], unit_cells: frozenset[str]) -> bool:
    return "*" in number_cells or bool(number_cells & unit_cells)


def el_units_for(value: int) -> list[tuple[str, str, frozenset[str]]]:
    """Greek unit forms a number can stand with: singular after 1, plural after every other number."""
    number = "sg" if value == 1 else "pl"
    return [(u, f, cells) for u, f, num, cells in EL_UNITS if num == number]


def kk_suffixes(value: int) -> tuple[str, str]:
    """The ablative and dative endings the numeral `value` takes ("-ден", "-ке" for 3: үштен, үшке)."""
    nominative, ablative, dative = KK_NUMBERS[value]
    return ablative[len(nominative):], dative[len(nominative):]
