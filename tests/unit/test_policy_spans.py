"""Which words a quantity covers: the span the guard points an editor at (file:line:col) and compares."""
from __future__ import annotations

import pytest

from helpcenter.policy.quantities import extract

CASES = [
    ("en", "Orders take from 1 to 3 business days.", [("from 1 to 3 business days", "1", "3", "business_day")]),
    ("en", "It costs $15 today.", [("$15", "15", "15", "usd")]),
    ("en", "In 2025 we extended the window to 30 days.", [("30 days", "30", "30", "day")]),
    ("en", "For order 1123 the window is 30 days.", [("30 days", "30", "30", "day")]),
    ("kk", "2025 жылы 30 күн берілді.", [("30 күн", "30", "30", "day")]),
    ("kk", "Тапсырыс 1-ден 3-ке дейін жұмыс күні ішінде өңделеді.",
     [("1-ден 3-ке дейін жұмыс күні", "1", "3", "business_day")]),
    ("kk", "бірден үшке шейін жұмыс күні", [("бірден үшке шейін жұмыс күні", "1", "3", "business_day")]),
    ("el", "Από 1 έως 3 εργάσιμες ημέρες.", [("Από 1 έως 3 εργάσιμες ημέρες", "1", "3", "business_day")]),
    # "5 to 5" and "3-1" are not ranges: each number stands alone
    ("en", "Between 1 and 3 days, then 5 to 5 days, then 3-1 days.",
     [("Between 1 and 3 days", "1", "3", "day"), ("5", "5", "5", None), ("5 days", "5", "5", "day"),
      ("3", "3", "3", None), ("1 days", "1", "1", "day")]),
    ("el", "10 τοις εκατό και 2 ημέρες", [("10 τοις εκατό", "10", "10", "percent"), ("2 ημέρες", "2", "2", "day")]),
    ("en", "one or two days", [("one or two days", "1", "2", "day")]),
    ("en", "A 2 hour wait and 3 days.", [("2 hour", "2", "2", "hour"), ("3 days", "3", "3", "day")]),
]


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[f"{l}-{n:02d}" for n, (l, _, _) in enumerate(CASES)])
def test_each_quantity_covers_its_words(lang, text, expected):
    qs = extract(text, lang)
    assert [(q.text, str(q.lo), str(q.hi), q.unit) for q in qs] == expected
    assert [text[q.start:q.end] for q in qs] == [q.text for q in qs]
