"""Reading quantities in en, kk and el: hand-written corpora, non-quantities, and round-trip properties."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpcenter.policy.quantities import extract, parse_one
from oracle import EL_NUMBERS, EN_NUMBERS, KK_NUMBERS, kk_suffixes

D = Decimal
LANGS = ("en", "kk", "el")

# --- Corpus: every form the issue names, written by hand ------------------------------------------------
# (lang, text, expected (lo, hi, unit))
FORMS = [
    ("en", "within 30 days of receipt", (30, 30, "day")),
    ("en", "a 30-day window", (30, 30, "day")),
    ("en", "thirty days", (30, 30, "day")),
    ("en", "Thirty Days", (30, 30, "day")),
    ("en", "within twenty-four hours", (24, 24, "hour")),
    ("en", "twenty four hours", (24, 24, "hour")),
    ("en", "1-3 business days", (1, 3, "business_day")),
    ("en", "1–3 business days", (1, 3, "business_day")),
    ("en", "1 to 3 working days", (1, 3, "business_day")),
    ("en", "from one to three business days", (1, 3, "business_day")),
    ("en", "between 1 and 3 business days", (1, 3, "business_day")),
    ("en", "1.5 hours", (D("1.5"), D("1.5"), "hour")),
    ("en", "two weeks", (2, 2, "week")),
    ("en", "6 months", (6, 6, "month")),
    ("en", "10%", (10, 10, "percent")),
    ("en", "ten percent", (10, 10, "percent")),
    ("en", "$15", (15, 15, "usd")),
    ("en", "1,000 dollars", (1000, 1000, "usd")),
    ("en", "one hundred days", (100, 100, "day")),
    ("kk", "30 күн ішінде", (30, 30, "day")),
    ("kk", "отыз күн", (30, 30, "day")),
    ("kk", "отыз күннің ішінде", (30, 30, "day")),
    ("kk", "30 күні", (30, 30, "day")),
    ("kk", "24 сағат", (24, 24, "hour")),
    ("kk", "24 сағаттың ішінде", (24, 24, "hour")),
    ("kk", "жиырма төрт сағат ішінде", (24, 24, "hour")),
    ("kk", "он төрт күн", (14, 14, "day")),
    ("kk", "1–3 жұмыс күні", (1, 3, "business_day")),
    ("kk", "1-3 жұмыс күні ішінде", (1, 3, "business_day")),
    ("kk", "1-ден 3-ке дейін жұмыс күні", (1, 3, "business_day")),
    ("kk", "бірден үшке дейін жұмыс күні", (1, 3, "business_day")),
    ("kk", "1,5 сағат", (D("1.5"), D("1.5"), "hour")),
    ("kk", "екі апта", (2, 2, "week")),
    ("kk", "6 ай", (6, 6, "month")),
    ("kk", "10 пайыз", (10, 10, "percent")),
    ("kk", "5000 теңге", (5000, 5000, "kzt")),
    ("kk", "бір жыл", (1, 1, "year")),
    ("el", "εντός 30 ημερών", (30, 30, "day")),
    ("el", "30 ημέρες", (30, 30, "day")),
    ("el", "30 μέρες", (30, 30, "day")),
    ("el", "τριάντα ημέρες", (30, 30, "day")),
    ("el", "ΤΡΙΑΝΤΑ ΗΜΕΡΕΣ", (30, 30, "day")),
    ("el", "μία ημέρα", (1, 1, "day")),
    ("el", "24 ώρες", (24, 24, "hour")),
    ("el", "εντός 24 ωρών", (24, 24, "hour")),
    ("el", "είκοσι τέσσερις ώρες", (24, 24, "hour")),
    ("el", "είκοσι τεσσάρων ωρών", (24, 24, "hour")),
    ("el", "δεκατεσσάρων ημερών", (14, 14, "day")),
    ("el", "1 έως 3 εργάσιμες ημέρες", (1, 3, "business_day")),
    ("el", "από 1 έως 3 εργάσιμες ημέρες", (1, 3, "business_day")),
    ("el", "1-3 εργάσιμων ημερών", (1, 3, "business_day")),
    ("el", "μέσα σε 1,5 ώρα", (D("1.5"), D("1.5"), "hour")),
    ("el", "δύο εβδομάδες", (2, 2, "week")),
    ("el", "6 μήνες", (6, 6, "month")),
    ("el", "10 τοις εκατό", (10, 10, "percent")),
    ("el", "1.000 ευρώ", (1000, 1000, "eur")),
    ("el", "24ωρη εξυπηρέτηση", (24, 24, "hour")),
    ("en", "an hour", (1, 1, "hour")),
]


def test_a_rate_is_one_quantity():
    assert [q.describe() for q in extract("Chat is open 24 hours a day, 7 days a week.", "en")] == ["24 hours", "7 days"]


@pytest.mark.parametrize("lang,text,expected", FORMS, ids=[f"{l}-{n:02d}" for n, (l, _, _) in enumerate(FORMS)])
def test_every_named_form_reads_as_its_value_and_unit(lang, text, expected):
    q = parse_one(text, lang)
    assert q is not None, f"nothing (or more than one quantity) read from {text!r}"
    assert (q.lo, q.hi, q.unit) == (D(expected[0]), D(expected[1]), expected[2])


# --- Corpus: not quantities -----------------------------------------------------------------------------
NOT_QUANTITIES = {
    "en": [
        "Updated 2025-07-03.",
        "Since 3 July 2025 and July 3, 2025.",
        "Since March 2024.",
        "In 2025 we changed the policy.",
        "Call +1 555 0100 or +7 700 123 45 67.",
        "Call 555-0100.",
        "Your order #123-4567890 has shipped.",
        "Order 112-1234567-1234567 is on its way.",
        "Order number 4471 is on its way.",
        "The rubber belt model 16888 fits most machines.",
        "Belt 16888 is in stock.",
        "Part XL-200 and B12 are in stock.",
        "Write `{{ policy.return_window }} 14 days` in code.",
        "See https://example.com/returns/30 or www.example.com/2.",
        "Write to help@example.com.",
        "Open hours 9:00 to 18:00.",
        "## How long do I have? {#return-window}",
        "One of our team replies.",
        "A reply arrives soon.",
    ],
    "kk": [
        "Жаңартылған күні: 2025-07-03.",
        "2025 жылғы 3 шілде.",
        "2025 жылы саясат өзгерді.",
        "Телефон: +7 700 123 45 67.",
        "Тапсырыс №123-4567890 жіберілді.",
        "Тапсырыс нөмірі 112-1234567-1234567.",
        "16888 модельдің белдігі.",
        "Бір тапсырыс бойынша сұрақ.",
        "Онда тапсырыс нөмірін жазыңыз.",
        "Екінші қадам.",
    ],
    "el": [
        "Ενημερώθηκε 2025-07-03.",
        "Από 3 Ιουλίου 2025.",
        "Το 2025 αλλάξαμε την πολιτική.",
        "Καλέστε +30 210 555 0100.",
        "Η παραγγελία #123-4567890 στάλθηκε.",
        "Αριθμός παραγγελίας 112-1234567-1234567.",
        "Ο ιμάντας μοντέλο 16888.",
        "Μια ερώτηση για μια παραγγελία.",
        "Στείλτε μας ένα μήνυμα.",
    ],
}


@pytest.mark.parametrize("lang,text", [(l, t) for l, ts in NOT_QUANTITIES.items() for t in ts])
def test_dates_phones_years_ids_and_code_are_not_quantities(lang, text):
    assert [q.text for q in extract(text, lang)] == []


def test_plain_digits_without_unit_are_compared_as_bare_numbers():
    assert [(q.lo, q.unit) for q in extract("Take 2 photos in 3 steps.", "en")] == [(2, None), (3, None)]
    assert [(q.lo, q.unit) for q in extract("2 фото түсіріңіз, 3 қадам.", "kk")] == [(2, None), (3, None)]
    # a number word (2 or more) without unit counts too, so "three steps" matches "3 қадам"
    assert [(q.lo, q.unit) for q in extract("three steps", "en")] == [(3, None)]


def test_offsets_point_at_the_quantity_in_the_original_text():
    text = "Μπορείτε εντός ΔΕΚΑΤΕΣΣΆΡΩΝ ημερών."
    (q,) = extract(text, "el")
    assert text[q.start:q.end] == "ΔΕΚΑΤΕΣΣΆΡΩΝ ημερών" == q.text


# --- Properties: a number written in any supported form reads back as the same value --------------------

# The words come from the hand-typed oracle (tests/data/number_words.tsv), never from lexicon.py's own tables.

def _en_words(n: int, draw) -> str:
    return draw(st.sampled_from([f for f, _ in EN_NUMBERS[n]]))


def _el_words(n: int, draw) -> str:
    word = draw(st.sampled_from([f for f, _ in EL_NUMBERS[n]]))   # every case and gender: τέσσερις/τεσσάρων/τέσσερα
    return draw(st.sampled_from([word, word.upper(), word.capitalize()]))


def _kk_words(n: int, draw) -> str:
    return KK_NUMBERS[n][0]


WORDS = {"en": _en_words, "kk": _kk_words, "el": _el_words}

# Inflected unit forms as an editor writes them (Kazakh with real endings, not generated by the lexicon).
UNIT_FORMS = {
    "en": {"day": ["day", "days", "-day"], "hour": ["hours", "hour", "-hour"],
           "business_day": ["business days", "working days"], "week": ["weeks"], "month": ["months"]},
    "kk": {"day": ["күн", "күні", "күннің", "күн ішінде", "күнге", "күннен", "күндік"],
           "hour": ["сағат", "сағаттың", "сағат ішінде", "сағатқа", "сағаттық"],
           "business_day": ["жұмыс күні", "жұмыс күнінің", "жұмыс күні ішінде"],
           "week": ["апта", "аптаның", "аптадан"], "month": ["ай", "айдың", "айға", "айлық"]},
    "el": {"day": ["ημέρα", "ημέρες", "ημερών", "μέρες", "μέρα", "ημέρας"],
           "hour": ["ώρα", "ώρες", "ωρών", "ώρας"],
           "business_day": ["εργάσιμες ημέρες", "εργάσιμων ημερών", "εργάσιμη ημέρα", "εργάσιμες μέρες"],
           "week": ["εβδομάδες", "εβδομάδων"], "month": ["μήνες", "μηνών", "μήνα"]},
}


@st.composite
def written_number(draw):
    lang = draw(st.sampled_from(LANGS))
    unit = draw(st.sampled_from(sorted(UNIT_FORMS[lang])))
    form = draw(st.sampled_from(["digits", "decimal", "words", "thousands"]))
    if form == "thousands":
        n = draw(st.integers(1000, 999_999))
        sep = draw(st.sampled_from({"en": [","], "kk": ["\u00a0", "\u202f"], "el": [".", "\u00a0"]}[lang]))
        value, text = D(n), f"{n:,}".replace(",", sep)
    elif form == "decimal":
        whole, frac = draw(st.integers(0, 999)), draw(st.integers(1, 99))
        frac_text = f"{frac:02d}".rstrip("0")
        sep = "." if lang == "en" else ","
        value, text = D(f"{whole}.{frac_text}"), f"{whole}{sep}{frac_text}"
    else:
        n = draw(st.integers(0, 100) if form == "words" else st.integers(0, 99999))
        value = D(n)
        text = WORDS[lang](n, draw) if form == "words" else str(n)
        if form == "words" and n == 1 and lang == "en":
            text = "one"
    unit_text = draw(st.sampled_from(UNIT_FORMS[lang][unit]))
    joined = text + unit_text if unit_text.startswith("-") else f"{text} {unit_text}"
    return lang, joined, value, unit


@settings(max_examples=400, deadline=None)
@given(written_number())
def test_any_number_in_any_form_and_language_reads_back(case):
    lang, text, value, unit = case
    q = parse_one(f"Within {text}.", lang) if lang == "en" else parse_one(text, lang)
    assert q is not None, text
    assert (q.lo, q.hi, q.unit) == (value, value, unit), text


@st.composite
def written_range(draw):
    lang = draw(st.sampled_from(LANGS))
    lo = draw(st.integers(0, 98))
    hi = draw(st.integers(lo + 1, 100))
    words = draw(st.booleans())
    a = WORDS[lang](lo, draw) if words else str(lo)
    b = WORDS[lang](hi, draw) if words else str(hi)
    if lang == "kk" and draw(st.booleans()):
        # "1-ден 3-ке дейін", "бірден үшке дейін"
        sa, sb = kk_suffixes(lo)[0], kk_suffixes(hi)[1]
        text = f"{a}{sa} {b}{sb} дейін" if words else f"{a}-{sa} {b}-{sb} дейін"
        unit_text = draw(st.sampled_from(["жұмыс күні", "күн", "сағат"]))
        unit = {"жұмыс күні": "business_day", "күн": "day", "сағат": "hour"}[unit_text]
        return lang, f"{text} {unit_text}", D(lo), D(hi), unit
    connector = draw(st.sampled_from({
        "en": [" to ", "-", "–", " – ", "—"], "kk": ["-", "–", " – "], "el": [" έως ", " ως ", "-", "–", " μέχρι "],
    }[lang]))
    prefix = draw(st.sampled_from({"en": ["", "from "], "kk": [""], "el": ["", "από "]}[lang]))
    if lang in ("en", "el") and draw(st.booleans()):
        prefix, connector = {"en": ("between ", " and "), "el": ("μεταξύ ", " και ")}[lang]
    if words and connector.strip() in ("-", "–", "—") and connector == connector.strip():
        connector = " " + connector + " "
    unit = draw(st.sampled_from(sorted(UNIT_FORMS[lang])))
    unit_text = draw(st.sampled_from([u for u in UNIT_FORMS[lang][unit] if not u.startswith("-")]))
    return lang, f"{prefix}{a}{connector}{b} {unit_text}", D(lo), D(hi), unit


@settings(max_examples=300, deadline=None)
@given(written_range())
def test_any_range_in_any_form_and_language_reads_back(case):
    lang, text, lo, hi, unit = case
    q = parse_one(text, lang)
    assert q is not None, text
    assert (q.lo, q.hi, q.unit) == (lo, hi, unit), text


def test_quantities_read_as_people_write_them():
    from decimal import Decimal as D
    from helpcenter.policy.quantities import describe
    assert [describe(D(14), D(14), "day"), describe(D(1), D(1), "day"), describe(D(1), D(3), "business_day"),
            describe(D(15), D(15), "percent"), describe(D(20), D(20), "eur"), describe(D(3), D(3), None)] == [
        "14 days", "1 day", "1–3 business days", "15%", "20 EUR", "3"]
