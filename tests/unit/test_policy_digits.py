"""Numbers written with digits as each language writes them (typed here, from the languages' conventions):
English groups thousands with commas and uses a decimal point; Greek groups with dots (or a space) and uses a
decimal comma; Kazakh groups with a (no-break) space and uses a decimal comma."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from helpcenter.policy.quantities import digits_value

NBSP, NNBSP = "\u00a0", "\u202f"

CASES = [
    ("en", "30", D(30)), ("en", "1,000", D(1000)), ("en", "1.5", D("1.5")), ("en", "12,345,678", D(12345678)),
    ("en", "1,000.5", D("1000.5")), ("en", "1,000,000.25", D("1000000.25")), ("en", "999,999", D(999999)),
    ("el", "1.000", D(1000)), ("el", "1,5", D("1.5")), ("el", "1.000,5", D("1000.5")), ("el", "12.345,67", D("12345.67")),
    ("el", "1.000.000", D(1000000)), ("el", f"24{NBSP}000", D(24000)), ("el", f"1{NNBSP}000,25", D("1000.25")),
    ("kk", f"24{NBSP}000", D(24000)), ("kk", "1,5", D("1.5")), ("kk", f"1{NBSP}000,5", D("1000.5")),
    ("kk", f"1{NNBSP}000{NNBSP}000", D(1000000)), ("kk", "24 000", D(24000)), ("kk", f"5{NBSP}000{NBSP}000,75", D("5000000.75")),
    # odd groupings are not guessed at
    ("en", "1,00,0", None), ("en", "1,0000.5", None), ("el", "1.00.000", None), ("kk", f"1{NBSP}00,5", None),
    ("en", "1.000.5", None), ("en", "12,34,567", None),
    ("en", "1.234", D("1.234")),          # a decimal point, not a Greek thousands dot
    ("el", "1,234", D("1.234")),          # a decimal comma, not an English thousands comma
]


@pytest.mark.parametrize("lang, digits, value", CASES, ids=[f"{l}-{n:02d}" for n, (l, _, _) in enumerate(CASES)])
def test_digits_as_each_language_writes_them(lang, digits, value):
    assert digits_value(digits, lang) == value


from helpcenter.policy.quantities import extract  # noqa: E402


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Write to days30@example.com or 14days@example.com, we reply in 2 days.", [(D(2), "day")]),
    ("kk", "30kun@example.kz мекенжайына жазыңыз, 2 күн ішінде жауап береміз.", [(D(2), "day")]),
    ("el", "Γράψτε στο 30imeres@example.gr, απαντάμε σε 2 ημέρες.", [(D(2), "day")]),
])
def test_numbers_inside_email_addresses_are_not_quantities(lang, text, expected):
    assert [(q.lo, q.unit) for q in extract(text, lang)] == expected


def test_masked_dates_and_ids_keep_every_offset():
    for text, lang, found in (
        ("Since 2025-07-03 (order #123-4567) you have 30 days.\nCall +1 555 0100 within 2 hours.", "en",
         ["30 days", "2 hours"]),
        ("2025-07-03 бастап `code 7` 30 күн ішінде.", "kk", ["30 күн"]),
    ):
        qs = extract(text, lang)
        assert [text[q.start:q.end] for q in qs] == [q.text for q in qs] == found
