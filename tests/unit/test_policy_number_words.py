"""Number words and unit words read against an independent oracle.

The expected readings come from tests/data/number_words.tsv and tests/data/unit_forms.tsv, typed by hand from
Kazakh and Greek grammar. Nothing here imports the guard's own word tables (helpcenter/policy/lexicon.py): a
test built from the implementation's tables cannot notice when a table is wrong (40 and 50 swapped, a case
form missing).
"""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpcenter.policy.quantities import extract, parse_one
from oracle import EL_NUMBERS, EL_UNITS, KK_NUMBERS, KK_UNITS, kk_suffixes


def test_the_oracle_tables_are_complete():
    assert sorted(KK_NUMBERS) == list(range(101))
    assert sorted(EL_NUMBERS) == list(range(101))
    assert {u for u, _ in KK_UNITS} == {u for u, *_ in EL_UNITS} == {
        "day", "business_day", "hour", "minute", "week", "month", "year"}


def reads(text: str, lang: str):
    q = parse_one(text, lang)
    return None if q is None else (q.lo, q.hi, q.unit)


# --- Every number 0..100, every time --------------------------------------------------------------------
# (cheap: a few hundred strings; a wrong word for ANY number fails here, not only when hypothesis picks it)

@pytest.mark.parametrize("n", range(101))
def test_every_kazakh_number_word_reads_as_its_value(n):
    nominative, ablative, dative = KK_NUMBERS[n]
    assert reads(f"{nominative} күн", "kk") == (n, n, "day")
    assert reads(f"{nominative} сағат ішінде", "kk") == (n, n, "hour")
    if n < 100:
        assert reads(f"{ablative} {KK_NUMBERS[n + 1][2]} дейін жұмыс күні", "kk") == (n, n + 1, "business_day")


@pytest.mark.parametrize("n", range(101))
def test_every_greek_number_word_reads_as_its_value_in_every_gender_and_case(n):
    number = "sg" if n == 1 else "pl"
    for form, cells in EL_NUMBERS[n]:
        fitting = [(u, f) for u, f, num, ucells in EL_UNITS if num == number and ("*" in cells or cells & ucells)]
        assert fitting, form
        for unit, unit_form in fitting:
            assert reads(f"{form} {unit_form}", "el") == (n, n, unit), f"{form} {unit_form}"


def test_the_day_numbers_the_articles_use_in_their_case_forms():
    # the return window and its neighbours, as editors write them
    for text in ("отыз күн", "отыз күнге", "отыз күннің", "отыз күн ішінде", "отыз күннен", "отыз тәулік"):
        assert reads(text, "kk") == (30, 30, "day"), text
    for text in ("қырық күн", "қырық күнге", "қырық күннің ішінде"):
        assert reads(text, "kk") == (40, 40, "day"), text
    for text in ("елу күн", "елу күнге", "елу күннің ішінде"):
        assert reads(text, "kk") == (50, 50, "day"), text
    assert reads("жиырма төрт сағат", "kk") == (24, 24, "hour")
    assert reads("он төрт күн", "kk") == (14, 14, "day")
    for text in ("τριάντα ημέρες", "τριάντα ημερών", "είκοσι τέσσερις ώρες", "είκοσι τεσσάρων ωρών",
                 "είκοσι τέσσερα λεπτά", "δεκατέσσερις ημέρες", "δεκατέσσερα λεπτά", "δεκατεσσάρων ημερών"):
        n = {"τριάντα": 30, "είκοσι": 24, "δεκατέσσερις": 14, "δεκατέσσερα": 14, "δεκατεσσάρων": 14}[text.split()[0]]
        assert reads(text, "el")[:2] == (n, n), text
    for text, unit in (("μία ημέρα", "day"), ("μιας ημέρας", "day"), ("ένα λεπτό", "minute"),
                       ("ενός λεπτού", "minute"), ("ένας μήνας", "month"), ("ενός μήνα", "month"),
                       ("έναν χρόνο", "year"), ("ενός έτους", "year")):
        assert reads(text, "el") == (1, 1, unit), text


# --- Kazakh: тәулік (a day of 24 hours) and шейін (colloquial "until") ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("тәулік бойы", None),                                  # "around the clock": no number, nothing read
    ("бір тәулік ішінде", (1, 1, "day")),
    ("екі тәуліктен кейін", (2, 2, "day")),
    ("3 тәулік", (3, 3, "day")),
    ("бірден үшке шейін жұмыс күні", (1, 3, "business_day")),
    ("1-ден 3-ке шейін жұмыс күні", (1, 3, "business_day")),
    ("екіден беске шейін күн", (2, 5, "day")),
    ("екіден беске дейін күн", (2, 5, "day")),
])
def test_kazakh_taulik_and_sheyin(text, expected):
    assert reads(text, "kk") == expected


# --- Properties: generated inputs, readings from the oracle ----------------------------------------------

def _strip_accents(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"))


@st.composite
def kazakh_quantity(draw):
    n = draw(st.integers(0, 100))
    unit, unit_form = draw(st.sampled_from(KK_UNITS))
    number = draw(st.sampled_from([KK_NUMBERS[n][0], str(n)]))
    case = draw(st.sampled_from(["", "Тауарды ", "Шамамен "]))
    return f"{case}{number} {unit_form}", (n, n, unit)


@st.composite
def kazakh_range(draw):
    lo = draw(st.integers(0, 99))
    hi = draw(st.integers(lo + 1, 100))
    unit, unit_form = draw(st.sampled_from([(u, f) for u, f in KK_UNITS
                                            if f in ("күн", "сағат", "жұмыс күні", "тәулік", "апта", "ай")]))
    until = draw(st.sampled_from(["дейін", "шейін"]))
    if draw(st.booleans()):
        text = f"{KK_NUMBERS[lo][1]} {KK_NUMBERS[hi][2]} {until} {unit_form}"
    else:
        # digits carry the same endings after a hyphen: "1-ден 3-ке дейін"
        abl, dat = kk_suffixes(lo)[0], kk_suffixes(hi)[1]
        text = f"{lo}-{abl} {hi}-{dat} {until} {unit_form}"
    return text, (lo, hi, unit)


@st.composite
def greek_quantity(draw):
    n = draw(st.integers(0, 100))
    form, cells = draw(st.sampled_from(EL_NUMBERS[n]))
    number = "sg" if n == 1 else "pl"
    unit, unit_form = draw(st.sampled_from(
        [(u, f) for u, f, num, ucells in EL_UNITS if num == number and ("*" in cells or cells & ucells)]))
    text = f"{form} {unit_form}"
    # how customers and editors also type it: capitals, no accents (phones), "εντός"/"σε" before it
    text = draw(st.sampled_from([text, text.upper(), _strip_accents(text), _strip_accents(text).upper()]))
    prefix = draw(st.sampled_from(["", "εντός ", "μέσα σε ", "Έχετε "]))
    return prefix + text, (n, n, unit)


@st.composite
def greek_range(draw):
    lo = draw(st.integers(0, 99))
    hi = draw(st.integers(lo + 1, 100))
    unit, unit_form = draw(st.sampled_from([(u, f) for u, f, num, c in EL_UNITS if num == "pl" and "f.nom" in c]))
    # the numbers agree with a feminine plural noun (ημέρες, ώρες, εβδομάδες)
    a = draw(st.sampled_from([f for f, cells in EL_NUMBERS[lo] if "*" in cells or "f.nom" in cells]))
    b = draw(st.sampled_from([f for f, cells in EL_NUMBERS[hi] if "*" in cells or "f.nom" in cells]))
    pattern = draw(st.sampled_from(["{a} έως {b}", "από {a} έως {b}", "{a} ως {b}", "από {a} μέχρι {b}",
                                    "μεταξύ {a} και {b}", "{a} – {b}"]))
    return f"{pattern.format(a=a, b=b)} {unit_form}", (lo, hi, unit)


@settings(max_examples=300, deadline=None)
@given(kazakh_quantity())
def test_any_kazakh_number_with_any_case_form_reads_back(case):
    text, expected = case
    assert reads(text, "kk") == expected, text


@settings(max_examples=200, deadline=None)
@given(kazakh_range())
def test_any_kazakh_range_reads_back(case):
    text, expected = case
    assert reads(text, "kk") == expected, text


@settings(max_examples=300, deadline=None)
@given(greek_quantity())
def test_any_greek_number_in_any_agreeing_form_reads_back(case):
    text, expected = case
    assert reads(text, "el") == expected, text


@settings(max_examples=200, deadline=None)
@given(greek_range())
def test_any_greek_range_reads_back(case):
    text, expected = case
    assert reads(text, "el") == expected, text


def test_two_quantities_in_one_sentence_keep_their_own_values():
    qs = extract("Қайтаруға қырық күн, айырбастауға елу күн беріледі.", "kk")
    assert [(q.lo, q.unit) for q in qs] == [(40, "day"), (50, "day")]
    qs = extract("Σαράντα ημέρες για επιστροφή, πενήντα ημέρες για αλλαγή.", "el")
    assert [(q.lo, q.unit) for q in qs] == [(40, "day"), (50, "day")]
