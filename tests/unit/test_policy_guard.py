"""The guard over docs/<lang>/*.md: every drift caught at its file:line:col, no false alarm on parallel text."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpcenter.policy.facts import load_facts
from helpcenter.policy.guard import check_docs
from helpcenter.policy.render import build_context

FACTS = load_facts({
    "return_window": {"value": 30, "unit": "day",
                      "about": {"en": ["return"], "kk": ["қайтар"], "el": ["επιστροφ", "επιστρεψ"]}},
    "first_reply": {"value": 24, "unit": "hour",
                    "about": {"en": ["reply"], "kk": ["жауап"], "el": ["απαντ"]}},
    "processing_time": {"min": 1, "max": 3, "unit": "business_day"},
})
CONTEXT = build_context({"store": {"name": "Example Store"}, "contact": {"phone": "+1 555 0100"}}, FACTS)


def page(body: str, policy: str = "[]", title: str = "T") -> str:
    return f"---\ntitle: {title}\ndescription: d\nupdated: 2025-07-03\npolicy: {policy}\n---\n\n# {title}\n\n{body}\n"


BODY_LINE = 10   # the first body line after `page()`'s front matter and H1


def run(tmp_path: Path, pages: dict[str, str], name: str = "p.md"):
    for lang, text in pages.items():
        (tmp_path / "docs" / lang).mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / lang / name).write_text(text, encoding="utf-8")
    return check_docs(tmp_path, tmp_path / "docs", ["en", "kk", "el"], FACTS, CONTEXT, "en")


EN = "Return it within 30 days. We reply within 24 hours. Orders take 1–3 business days. Take 2 photos."

# The same sentence in Kazakh and Greek, correct, in every form the issue names.
PARALLEL = {
    "kk": [
        "Оны 30 күн ішінде қайтарыңыз. Біз 24 сағат ішінде жауап береміз. Тапсырыс 1–3 жұмыс күні. 2 фото түсіріңіз.",
        "Оны отыз күннің ішінде қайтарыңыз. Біз жиырма төрт сағаттың ішінде жауап береміз. "
        "Тапсырыс 1-ден 3-ке дейін жұмыс күні өңделеді. Екі фото түсіріңіз.",
        "Оны {{ policy.return_window }} күн ішінде қайтарыңыз. {{ policy.first_reply }} сағат ішінде жауап береміз. "
        "Тапсырыс бірден үшке дейін жұмыс күні. 2 фото.",
    ],
    "el": [
        "Επιστρέψτε το εντός 30 ημερών. Απαντάμε μέσα σε 24 ώρες. Οι παραγγελίες 1 έως 3 εργάσιμες ημέρες. 2 φωτογραφίες.",
        "Επιστρέψτε το εντός τριάντα ημερών. Απαντάμε εντός είκοσι τεσσάρων ωρών. "
        "Οι παραγγελίες από 1 έως 3 εργάσιμες ημέρες. Δύο φωτογραφίες.",
        "Επιστρέψτε το σε {{ policy.return_window }} μέρες. Απαντάμε σε {{ policy.first_reply }} ώρες. "
        "Παραγγελίες: {{ policy.processing_time }} εργάσιμων ημερών. 2 φωτογραφίες.",
    ],
}


@pytest.mark.parametrize("lang,text", [(l, t) for l, ts in PARALLEL.items() for t in ts])
def test_a_faithful_translation_in_any_form_raises_no_alarm(tmp_path, lang, text):
    report = run(tmp_path, {"en": page(EN), lang: page(text)})
    assert report.problems == [], report.text()


# Drifts: (lang, translated line, the drifted text that must be pointed at, what the report must say it found)
DRIFTS = [
    ("kk", "Оны 14 күн ішінде қайтарыңыз. 24 сағат ішінде жауап. 1–3 жұмыс күні. 2 фото.", "14 күн", "14 day"),
    ("kk", "Оны 30 күн ішінде қайтарыңыз. 24 сағат ішінде жауап. 1–5 жұмыс күні. 2 фото.", "1–5 жұмыс күні", "1–5 business day"),
    ("kk", "Оны 30 күн ішінде қайтарыңыз. 24 сағат ішінде жауап. 1-ден 5-ке дейін жұмыс күні. 2 фото.",
     "1-ден 5-ке дейін жұмыс күні", "1–5 business day"),
    ("kk", "Оны отыз күн ішінде қайтарыңыз. Жиырма бес сағаттың ішінде жауап. 1–3 жұмыс күні. 2 фото.",
     "Жиырма бес сағаттың", "25 hour"),
    ("kk", "Оны 30 апта ішінде қайтарыңыз. 24 сағат ішінде жауап. 1–3 жұмыс күні. 2 фото.", "30 апта", "30 week"),
    ("kk", "Оны 30 күн ішінде қайтарыңыз. 24 сағат ішінде жауап. 1–3 жұмыс күні. 3 фото.", "3", "3"),
    ("el", "Επιστρέψτε εντός 14 ημερών. Απαντάμε σε 24 ώρες. 1 έως 3 εργάσιμες ημέρες. 2 φωτογραφίες.", "14 ημερών", "14 day"),
    ("el", "Επιστρέψτε εντός 30 ημερών. Απαντάμε σε 48 ώρες. 1 έως 3 εργάσιμες ημέρες. 2 φωτογραφίες.", "48 ώρες", "48 hour"),
    ("el", "Επιστρέψτε εντός 30 ημερών. Απαντάμε σε 24 ώρες. από 1 έως 5 εργάσιμες ημέρες. 2 φωτογραφίες.",
     "από 1 έως 5 εργάσιμες ημέρες", "1–5 business day"),
    ("el", "Επιστρέψτε εντός δεκατεσσάρων ημερών. Απαντάμε σε 24 ώρες. 1-3 εργάσιμες. 2 φωτογραφίες.",
     "δεκατεσσάρων ημερών", "14 day"),
    ("el", "Επιστρέψτε εντός 30 ημερών. Απαντάμε σε είκοσι τέσσερις ημέρες. 1-3 εργάσιμες. 2 φωτογραφίες.",
     "είκοσι τέσσερις ημέρες", "24 day"),
    ("el", "Επιστρέψτε εντός 30 ημερών. Απαντάμε σε 24 ώρες. 1-3 εργάσιμες. 2,5 φωτογραφίες.", "2,5", "2.5"),
    ("en", "Return it within thirty weeks. We reply within 24 hours. Orders take 1–3 business days. Take 2 photos.",
     "thirty weeks", "30 week"),
]


@pytest.mark.parametrize("lang,text,where,found", DRIFTS, ids=[f"{d[0]}:{d[2]}" for d in DRIFTS])
def test_every_drift_is_caught_at_its_line_and_column(tmp_path, lang, text, where, found):
    ref = EN
    pages = {"en": page(ref), "kk": page(PARALLEL["kk"][0]), "el": page(PARALLEL["el"][0])}
    pages[lang] = page(text)
    if lang == "en":   # an English drift shows on the translations, pointing at the English line
        pages["en"] = page(text)
    report = run(tmp_path, pages)
    assert report.problems, f"drift {where!r} not caught"
    checked = "kk" if lang == "en" else lang
    mine = [p for p in report.problems if p.path == f"docs/{checked}/p.md"]
    if lang == "en":
        assert any(p.other.startswith(f"docs/en/p.md:{BODY_LINE}:") and found in p.other + p.expected for p in mine)
        return
    col = text.rindex(where) + 1
    assert any(p.line == BODY_LINE and p.col == col and found in p.found and p.expected
               and p.other.startswith(f"docs/en/p.md:{BODY_LINE}:") for p in mine), report.text()
    assert all(p.path == f"docs/{lang}/p.md" for p in report.problems), report.text()


def test_a_missing_quantity_is_reported_on_the_translation(tmp_path):
    text = "Оны 30 күн ішінде қайтарыңыз. 24 сағат ішінде жауап. 2 фото."
    report = run(tmp_path, {"en": page(EN), "kk": page(text)})
    (p,) = report.problems
    assert (p.path, p.line, p.found, p.expected) == ("docs/kk/p.md", BODY_LINE, "(missing)", "1–3 business day")


def test_a_declared_fact_must_be_stated_in_every_language(tmp_path):
    en = page("You can return it within {{ policy.return_window }} days.", policy="[return_window]")
    kk = page("Тауарды қайтаруға болады.", policy="[return_window]")
    report = run(tmp_path, {"en": en, "kk": kk})
    assert any(p.path == "docs/kk/p.md" and p.line == 5 and "return_window" in p.message for p in report.problems)


def test_a_wrong_fact_stated_in_every_language_alike_is_still_caught(tmp_path):
    pages = {"en": page("Return it within 14 days."), "kk": page("14 күн ішінде қайтарыңыз."),
             "el": page("Επιστροφή εντός 14 ημερών.")}
    report = run(tmp_path, pages)
    assert {p.path for p in report.problems} == {f"docs/{lang}/p.md" for lang in pages}
    assert all("return_window" in p.message and "30 day" in p.expected for p in report.problems)


def test_an_unknown_fact_in_front_matter_names_the_closest(tmp_path):
    report = run(tmp_path, {"en": page("Hello.", policy="[return_windw]")})
    (p,) = report.problems
    assert (p.line, p.expected) == (5, "return_window")


def test_marked_exceptions_are_not_alarms_but_are_all_listed(tmp_path):
    en = page("At peak times up to 48 hours. <!-- policy: ignore -->\n\nTake 2 photos.")
    kk = page("Қарбалас кезде 72 сағатқа дейін. <!-- policy: ignore -->\n\n2 фото.")
    report = run(tmp_path, {"en": en, "kk": kk})
    assert report.problems == [], report.text()
    assert [(w.path, w.line) for w in report.waivers] == [("docs/en/p.md", BODY_LINE), ("docs/kk/p.md", BODY_LINE)]
    assert "exception" in report.text() and "72 hour" in report.text()


def test_code_comments_dates_phones_and_orders_differ_freely(tmp_path):
    en = page("Updated 2025-07-03. Call {{ contact.phone }}. Order #123-4567890.\n\n```\nwait 14 days\n```\n\n"
              "<!-- note for translators:\n  keep 5 steps -->\n\n"
              "Model 16888, `retry 5 times`.")
    el = page("Ενημέρωση 3 Ιουλίου 2024. Καλέστε +30 210 555 0199. Παραγγελία #999-0000001.\n\n```\nwait 99 days\n```\n\n"
              "Μοντέλο 12345, `retry 9 times`.")
    report = run(tmp_path, {"en": en, "el": el})
    assert report.problems == [], report.text()


def test_reports_every_problem_at_once_in_text_and_github_formats(tmp_path):
    kk = page("Оны 14 күн ішінде қайтарыңыз. 48 сағат ішінде жауап. 1–3 жұмыс күні. 2 фото.")
    el = page("Επιστρέψτε εντός 30 ημερών. Απαντάμε σε 24 ώρες. 1 έως 4 εργάσιμες ημέρες. 2 φωτογραφίες.")
    report = run(tmp_path, {"en": page(EN), "kk": kk, "el": el})
    drifts = [p for p in report.problems if "where en states" in p.message]
    assert {(p.path, p.found.split(" = ")[1]) for p in drifts} >= {
        ("docs/kk/p.md", "14 day"), ("docs/kk/p.md", "48 hour"), ("docs/el/p.md", "1–4 business day")}
    gh = report.github()
    assert f"::error file=docs/el/p.md,line={BODY_LINE},col=" in gh
    assert f"docs/kk/p.md:{BODY_LINE}:" in report.text()


def test_the_column_is_the_source_column_even_after_a_placeholder(tmp_path):
    el_line = "Εντός {{ policy.return_window }} ημερών, απαντάμε σε 48 ώρες."
    report = run(tmp_path, {"en": page("Within {{ policy.return_window }} days, we reply in 24 hours."),
                            "el": page(el_line)})
    found = [p for p in report.problems if "48 hour" in p.found]
    assert found and all((p.path, p.line, p.col) == ("docs/el/p.md", BODY_LINE, el_line.index("48 ώρες") + 1)
                         for p in found)


def test_copies_awaiting_translation_are_not_compared_but_counted(tmp_path):
    kk = page("Return it within 14 days.").replace("policy: []", "policy: []\ntranslation: awaiting")
    report = run(tmp_path, {"en": page(EN), "kk": kk})
    assert report.problems == [] and report.awaiting == 1
    assert "1 translation(s) awaiting translation not compared" in report.text()
