"""Quantities at the edges of a line: a Markdown heading that starts with a number, ids written with `#` or `№`.
Expected values typed by hand (issue 15: a Kazakh H1 `# 3 фото` was read as an order number)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from helpcenter.policy.quantities import extract


def said(text: str, lang: str) -> list[tuple[str, Decimal, Decimal, str | None]]:
    return [(q.text, q.lo, q.hi, q.unit) for q in extract(text, lang)]


@pytest.mark.parametrize("text,lang,expected", [
    ("# 3 фото", "kk", [("3", 3, 3, None)]),
    ("# 14 күн ішінде қайтару", "kk", [("14 күн", 14, 14, "day")]),
    ("## 14 days to return", "en", [("14 days", 14, 14, "day")]),
    ("### 2 φωτογραφίες", "el", [("2", 2, 2, None)]),
    ("# 1–3 жұмыс күні", "kk", [("1–3 жұмыс күні", 1, 3, "business_day")]),
])
def test_a_heading_that_starts_with_a_number_states_that_number(text, lang, expected):
    assert said(text, lang) == [(t, Decimal(lo), Decimal(hi), u) for t, lo, hi, u in expected]


@pytest.mark.parametrize("text,lang", [
    ("Order #3 has shipped.", "en"),
    ("Order # 3 has shipped.", "en"),
    ("Тапсырыс № 5 жіберілді.", "kk"),
    ("Παραγγελία #12 εστάλη.", "el"),
    ("See issue #3.", "en"),
])
def test_a_number_after_a_hash_or_number_sign_in_running_text_is_an_id(text, lang):
    assert said(text, lang) == []
