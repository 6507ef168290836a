"""Quantities at the edges of a line: a Markdown heading that starts with a number, ids written with `#` or `№`.
Expected values typed by hand (issue 15: a Kazakh H1 `# 3 фото` was read as an order number)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from helpcenter.policy.quantities import digits_value, extract


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


@pytest.mark.parametrize("digits,lang,value", [
    ("30", "en", "30"), ("1,5", "el", "1.5"), ("1,5", "kk", "1.5"), ("1.5", "en", "1.5"),
    ("1,000", "en", "1000"), ("12,345,678", "en", "12345678"), ("1.000", "el", "1000"),
    ("24\u00a0000", "kk", "24000"), ("24\u202f000", "el", "24000"), ("1,000.5", "en", "1000.5"),
    ("1.000,5", "el", "1000.5"), ("1234,567", "en", "1234.567"), ("1,00", "en", "1.00"),
    ("1,000,00", "en", "1000.00"),
])
def test_digits_with_separators_read_as_each_language_writes_them(digits, lang, value):
    assert digits_value(digits, lang) == Decimal(value)


@pytest.mark.parametrize("digits,lang", [("1 000", "en"), ("1.2.3", "en"), ("1,2,3", "el"), ("1.2,3", "en")])
def test_digits_that_no_language_writes_so_have_no_value(digits, lang):
    assert digits_value(digits, lang) is None


@pytest.mark.parametrize("text,lang,expected", [
    ("Since 2025 we ship.", "en", []),
    ("Since 1900 we ship, until 2100.", "en", []),
    ("From 1990 to 2010.", "en", []),
    ("Keep 1899 and 2101.", "en", [("1899", 1899, 1899, None), ("2101", 2101, 2101, None)]),
    ("2025 жылы ашылды.", "kk", []),
    ("Кепілдік 2 жыл.", "kk", [("2 жыл", 2, 2, "year")]),
    ("Write to help24@example.com within 2 days.", "en", [("2 days", 2, 2, "day")]),
    ("Write to a.b-7@mail.example.org or c8@x.io: 3 days.", "en", [("3 days", 3, 3, "day")]),
    ("An @ and 5 days, then q5@x.io.", "en", [("5 days", 5, 5, "day")]),
    ("Call +1 555 0100 within 3 days.", "en", [("3 days", 3, 3, "day")]),
    ("Model 16888 or 12345-6, 2 photos.", "en", [("2", 2, 2, None)]),
    ("Біз 12345-ке қоңырау шалдық.", "kk", []),           # "we called 12345": a code, with its case ending
    ("@ and 5@x.io, 3 days.", "en", [("3 days", 3, 3, "day")]),
])
def test_years_emails_phones_and_codes_are_not_quantities(text, lang, expected):
    assert said(text, lang) == [(t, Decimal(lo), Decimal(hi), u) for t, lo, hi, u in expected]


def test_offsets_stay_true_after_what_is_left_aside():
    # the columns an editor is shown: after a masked phone, email or date the number is where it is written
    text = "Call +1 555 0100 or help@example.com on 2025-07-03, within 3 days."
    (q,) = extract(text, "en")
    assert (q.start, q.end, text[q.start:q.end]) == (59, 65, "3 days")
