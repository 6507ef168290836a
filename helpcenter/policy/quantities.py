"""Read every quantity (a number or a range, with its unit) out of a line of text, in en, kk or el.

`extract(text, lang)` returns `Quantity` objects with 0-based character offsets into `text`. Dates, years,
phone numbers, order and product numbers, times of day, URLs and code are not quantities: `mask_non_quantities`
blanks them out (same length, so offsets stay true) before numbers are read.

All regexes are verbose `(?x)` patterns with named groups, built from `lexicon.py` once, at import time.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from . import lexicon as lx


# --- Normalisation: one character in, one character out, so offsets survive -----------------------------

@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch == "ς":
        return "σ"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    low = (base or ch).lower()
    return low if len(low) == 1 else ch.lower() if len(ch.lower()) == 1 else ch


class _FoldTable(dict):
    """str.translate table filled on first use of each character."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower case, Greek accents and final sigma folded, Kazakh/Latin letters kept; same length as `text`."""
    if text.isascii():
        return text.lower()  # the same as the table for ASCII (only A-Z change), in one C call
    return text.translate(_FOLD_TABLE)


def _alt(words, *, space=r"\s+") -> str:
    """A regex alternation of folded words, longest first, spaces matching any whitespace."""
    forms = sorted({fold(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", space) for f in forms)


# --- Values ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Quantity:
    lo: Decimal
    hi: Decimal
    unit: str | None     # canonical unit ("day", "business_day", "hour", "percent", ...) or None
    start: int           # offsets into the text given to `extract`
    end: int
    text: str            # the words as written
    from_words: bool = False   # written as number words rather than digits

    @property
    def key(self) -> tuple:
        return (self.lo, self.hi, self.unit)

    def describe(self) -> str:
        return describe(self.lo, self.hi, self.unit)


def format_number(value: Decimal) -> str:
    value = value.normalize()
    text = format(value, "f")
    return text


# How a quantity reads in a message to editors: "14 days", "1 day", "1–3 business days", "15%", "20 EUR".
_UNIT_WORDS = {"business_day": ("business day", "business days"), "minute": ("minute", "minutes"),
               "hour": ("hour", "hours"), "day": ("day", "days"), "week": ("week", "weeks"),
               "month": ("month", "months"), "year": ("year", "years")}


def describe(lo: Decimal, hi: Decimal, unit: str | None) -> str:
    number = format_number(lo) if lo == hi else f"{format_number(lo)}–{format_number(hi)}"
    if unit is None:
        return number
    if unit == "percent":
        return f"{number}%"
    words = _UNIT_WORDS.get(unit)
    if words is None:
        return f"{number} {unit.upper()}"
    return f"{number} {words[0] if lo == hi == 1 else words[1]}"


# --- Number words ---------------------------------------------------------------------------------------

def _word_values(lang: str) -> dict[str, int]:
    values: dict[str, int] = {}
    small, tens = lx.SMALL[lang], lx.TENS[lang]
    for n, forms in small.items():
        for f in forms:
            values[fold(f)] = n
    for t, forms in tens.items():
        for f in forms:
            values[fold(f)] = t
    for f in lx.HUNDRED[lang]:
        values[fold(f)] = 100
    return values


WORD_VALUES = {lang: _word_values(lang) for lang in lx.LANGS}
ARTICLES = {lang: {fold(w) for w in lx.ARTICLE_LIKE[lang]} for lang in lx.LANGS}


def _number_words_pattern(lang: str) -> str:
    small = lx.SMALL[lang]
    ones = [f for n in range(1, 10) for f in small.get(n, []) if fold(f) not in ARTICLES[lang] or n == 1]
    ones = [f for f in ones if fold(f) not in {"a", "an"}]
    tens = [f for forms in lx.TENS[lang].values() for f in forms]
    joiner = {"en": r"(?:\s*-\s*|\s+)", "kk": r"\s+", "el": r"\s+(?:και\s+)?"}[lang]
    all_small = [f for forms in small.values() for f in forms]
    end = rf"(?= {lx.KK_CASE_SUFFIX}? (?!\w) )" if lang == "kk" else r"(?!\w)"
    return rf"""(?: (?:{_alt(tens)}) (?: {joiner} (?:{_alt(ones)}) {end} )?
                  | (?:{_alt(lx.HUNDRED[lang])})
                  | (?:{_alt(all_small)}) )"""


def words_value(words: str, lang: str) -> int:
    """Value of a number written in words (already matched by the number-words pattern)."""
    text = fold(words).strip()
    if text in WORD_VALUES[lang]:
        return WORD_VALUES[lang][text]
    parts = re.split(r"[\s\-]+", text)
    parts = [p for p in parts if p not in ("και",)]
    return sum(WORD_VALUES[lang][p] for p in parts)


# --- Digits ---------------------------------------------------------------------------------------------

DECIMAL_SEP = {"en": ".", "kk": ",", "el": ","}
THOUSANDS_SEP = {"en": ",", "kk": "\u00a0\u202f ", "el": ".\u00a0\u202f"}


def digits_value(digits: str, lang: str) -> Decimal | None:
    """Value of '30', '1,5' (el/kk), '1.5' (en), '1,000' (en), '1.000' (el), '24 000' (nbsp). None if odd."""
    if digits.isdecimal():   # no separator (\d is exactly the decimal digits)
        return Decimal(digits)
    seps = re.findall(r"[^\d]", digits)
    groups = re.split(r"[^\d]", digits)
    if not seps:
        return Decimal(digits)
    thousands = THOUSANDS_SEP[lang]
    if all(s in thousands for s in seps) and all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
        return Decimal("".join(groups))
    if len(seps) == 1 and seps[0] in ".,":
        try:
            return Decimal(f"{groups[0]}.{groups[1]}")
        except InvalidOperation:  # pragma: no cover - the regex only lets digits through
            return None
    if seps[-1] in ".," and all(s in thousands for s in seps[:-1]) and all(len(g) == 3 for g in groups[1:-1]):
        return Decimal("".join(groups[:-1]) + "." + groups[-1])
    return None


# --- The patterns ---------------------------------------------------------------------------------------

def _unit_forms(lang: str) -> list[tuple[str, str]]:
    return [(unit, form) for unit, forms in lx.UNITS[lang].items() for form in forms]


def _unit_pattern(lang: str) -> tuple[re.Pattern, dict[str, str]]:
    """One group per unit (`u_day`, `u_hour`, ...); Kazakh stems take their endings."""
    parts = []
    for unit, forms in lx.UNITS[lang].items():
        if lang == "kk":
            words = [f for f in forms if re.search(r"\w", f)]
            symbols = [f for f in forms if not re.search(r"\w", f)]
            alt = []
            if words:
                alt.append(rf"(?:{_alt(words)}){lx.KK_NOUN_ENDING}")
            if symbols:
                alt.append(_alt(symbols))
            body = "|".join(alt)
        else:
            body = _alt(forms)
        parts.append(rf"(?P<u_{unit}>{body})")
    # Longer multi-word units first: business_day before day is guaranteed by dict order in the lexicon.
    pattern = rf"""(?x) (?P<sep>[\s\u00a0]*(?:-[\s\u00a0]*)?) (?: {' | '.join(parts)} ) (?![^\W_]) """
    return re.compile(pattern), {}


UNIT_RE = {lang: _unit_pattern(lang)[0] for lang in lx.LANGS}

ATOM_RE = {
    lang: re.compile(rf"""(?x)
        (?<![\w.,\u00a0\u202f/#№+])        # not inside a word, a number, a path or an id
        (?:
            (?P<digits> \d+ (?: [.,\u00a0\u202f] \d+ )* )
            (?! [.,]\d )
            (?P<ordinal> {lx.ORDINAL_SUFFIX[lang]} (?![^\W_]) )?
            (?P<hyph> - [^\W\d_]+ )?
          |
            (?P<words> {_number_words_pattern(lang)} )
            (?P<wsuffix> {lx.KK_CASE_SUFFIX if lang == 'kk' else '(?!)'} )?
            (?![^\W_])
        )
    """)
    for lang in lx.LANGS
}

CONNECTOR_RE = {
    lang: re.compile(rf"""(?x)
        (?: (?P<dash> {lx.RANGE_DASH} )
          | \s+ (?P<word> {_alt(lx.RANGE_WORDS[lang])} ) \s+ )
    """)
    for lang in lx.LANGS
}

FROM_RE = {
    lang: re.compile(rf"(?x) (?<!\w) (?P<from> {_alt(lx.RANGE_FROM[lang]) or '(?!)'} ) \s+ $")
    for lang in lx.LANGS
}

KK_FROM_RE = re.compile(rf"(?x) -? {lx.KK_FROM_SUFFIX} $")
KK_TO_RE = re.compile(rf"(?x) -? {lx.KK_TO_SUFFIX} $")
KK_UNTIL_RE = re.compile(rf"(?x) \s+ (?: {_alt(lx.KK_UNTIL)} ) (?!\w)")

ID_BEFORE_RE = {
    lang: re.compile(rf"""(?x)
        (?: (?<![^\W\d_]) (?: {_alt(lx.ID_WORDS[lang])} ) | [#№] ) \s* [:#№]? \s* $
    """)
    for lang in lx.LANGS
}

PREFIX_UNIT_RE = re.compile(r"(?x) (?P<sym> [$€₸] ) [\s\u00a0]? $")

# Month names as dates write them: Greek also abbreviated ("30 Ιουν."), Kazakh also inflected after the day
# ("30 маусымға", "30 маусымда": to/on 30 June).
_MONTH_ABBR = {"en": [], "kk": [],
               "el": ["ιαν", "φεβ", "μαρ", "απρ", "μαι", "μαΐ", "ιουν", "ιουλ", "αυγ", "σεπ", "σεπτ", "οκτ", "νοε", "δεκ"]}
_MONTHS = {lang: _alt(lx.MONTHS[lang] + _MONTH_ABBR[lang]) for lang in lx.LANGS}
_MONTH_AFTER_DAY = {lang: rf"(?: {_MONTHS[lang]} ) (?: (?<=[^\W\d_]) \. )? (?!\w)" for lang in lx.LANGS}
_MONTH_AFTER_DAY["kk"] = rf"(?: {_MONTHS['kk']} ) [^\W\d_]{{0,6}} (?!\w)"
NON_QUANTITY_RE = {
    lang: re.compile(rf"""(?x)
          (?P<inline_code> (?P<ticks>`+) [^`\n]+ (?P=ticks) )
        | (?P<fence_attr> \{{ [#:.] [^}}\n]* \}} )                                  # {{#stable-id}}, {{: .class}}
        | (?P<url> (?:https?|ftp|mailto|tel): [^\s)>\]]+ | www\.[^\s)>\]]+ )
        | (?P<link_target> \]\( [^)\n]* \) )                                      # [text](target)
        | (?P<email> [\w.+-]+ @ [\w-]+ (?: \.[\w-]+ )+ )
        | (?P<iso_date> (?<!\d) \d{{4}} -\d{{1,2}} -\d{{1,2}} (?!\d) )
        | (?P<num_date> (?<!\d) \d{{1,2}} [./] \d{{1,2}} [./] \d{{2,4}} (?!\d)
                      | (?<![\d/]) \d{{1,2}} / \d{{1,2}} (?![\d/]) )                      # 30/6, 24/7
        | (?P<time> (?<!\d) \d{{1,2}} : \d{{2}} (?: : \d{{2}} )? (?!\d) )
        | (?P<version> (?<![\d.]) \d+ (?: \.\d+ ){{2,}} )
        | (?P<phone> \+ \d [\d\s\u00a0().\-]{{5,}} \d
                   | (?<![\d\-]) \(? \d{{3}} \)? [\s.\-] \d{{3}} [\s.\-] \d{{2,4}} (?: [\s.\-] \d{{2,4}} )? (?![\d\-])
                   | (?<![\d\-]) \d{{3}} - \d{{4}} (?![\d\-]) )
        | (?P<heading> (?<![^\n]) \#{{1,6}} (?=[ \t]) )          # "# 3 фото": a Markdown heading, not order #3
        | (?P<order> [#№] \s? \d [\d\-]*
                   | (?<![\d\-]) \d+ (?: -\d+ ){{2,}} (?![\d\-])
                   | (?<![\d\-]) (?: \d+ -\d{{5,}} | \d{{5,}} -\d+ ) (?![\d\-]) )
        | (?P<code> (?<![\w\-]) [A-Za-z]+ -? \d [\w\-]* )                        # B12, XL-200, COVID-19
        | (?P<word_date> (?<!\w) \d{{1,2}} (?: -?(?:ші|шы|st|nd|rd|th|η|ης) )? \s+ {_MONTH_AFTER_DAY[lang]}
                         (?: ,? \s+ \d{{4}} )?
                       | (?<!\w) (?: {_MONTHS[lang]} ) \s+ \d{{1,2}} (?:st|nd|rd|th)? (?: ,? \s+ \d{{4}} )? (?!\w)
                       | (?<!\w) (?: {_MONTHS[lang]} ) \s+ \d{{4}} (?!\d) )
    """)
    for lang in lx.LANGS
}


# Where a NON_QUANTITY_RE match can begin: finders that together report (at least) every place where one of
# its alternatives can match. Each search starts with a character class or literal, so the regex engine skips ahead fast; trying the big
# pattern only at the places they find gives exactly what `NON_QUANTITY_RE.sub` gives, several times faster.
_START_CHARS_RE = re.compile(r"[`{\d+(#№\]]")                # code, attributes, digits, phones, ids, links
_START_CODE_RE = re.compile(r"[A-Za-z](?<![\w\-].)[A-Za-z]*+-?\d")   # B12, XL-200: a code's first letter
_START_URL_RE = re.compile(r"(?:https?|ftp|mailto|tel):|www\.")
_START_MONTH_RE = {lang: re.compile(rf"(?:{_MONTHS[lang]})\s") for lang in lx.LANGS}   # "March 3"
_EMAIL_CHAR_RE = re.compile(r"[\w.+-]")


def _start_email(text: str, pos: int) -> int:
    """The first place at or after `pos` where an email address (`[\\w.+-]+ @ ...`) can begin, or -1."""
    at = text.find("@", pos)
    while at >= 0:
        start = at
        while start > pos and _EMAIL_CHAR_RE.match(text, start - 1):
            start -= 1
        if start < at:
            return start
        at = text.find("@", at + 1)
    return -1


def _searcher(pattern: re.Pattern):
    def find(text: str, pos: int) -> int:
        m = pattern.search(text, pos)
        return m.start() if m else -1
    return find


_FIND_CHARS, _FIND_CODE, _FIND_URL = (_searcher(p) for p in (_START_CHARS_RE, _START_CODE_RE, _START_URL_RE))
_FIND_MONTH = {lang: _searcher(p) for lang, p in _START_MONTH_RE.items()}


# Exactly the characters for which str.isdigit() is true: \d (decimal digits) plus superscripts, circled
# digits and the like (tests/unit/test_policy_quantities.py checks this against every code point).
HAS_DIGIT_RE = re.compile(
    "[\\d\xb2-\xb3\xb9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c"
    "\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43"
    "\U00010e60-\U00010e68\U00011052-\U0001105a\U0001f100-\U0001f10a]")


def _blank(m: re.Match) -> str:
    chunk = m.group(0)
    return " " * len(chunk) if "\n" not in chunk else re.sub(r"[^\n]", " ", chunk)


def mask_non_quantities(text: str, lang: str, always: bool = False) -> str:
    """`text` (already folded) with dates, phones, ids, codes, URLs and attribute lists blanked out.

    A text without digits is returned as it is (numbers are what masking protects), unless `always`: then
    it is masked all the same (a sentence of a line that has digits elsewhere is masked as its line is)."""
    if not always and not HAS_DIGIT_RE.search(text):
        return text          # every non-quantity pattern involves digits
    # The same scan as NON_QUANTITY_RE.sub (leftmost match first, then on from its end), tried only where a
    # match can begin: the nearest place any of the finders reports.
    finders = [_FIND_CHARS, _FIND_CODE, _FIND_MONTH[lang]]
    if ":" in text or "www." in text:
        finders.append(_FIND_URL)
    if "@" in text:
        finders.append(_start_email)
    match = NON_QUANTITY_RE[lang].match
    nexts = [find(text, 0) for find in finders]
    out: list[str] = []
    pos = last = 0
    while True:
        p = -1
        for i, c in enumerate(nexts):
            if 0 <= c < pos:
                nexts[i] = c = finders[i](text, pos)
            if c >= 0 and (p < 0 or c < p):
                p = c
        if p < 0:
            break
        m = match(text, p)
        if m is None:
            pos = p + 1
            continue
        out.append(text[last:p])
        out.append(_blank(m))
        pos = last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


# --- Extraction -----------------------------------------------------------------------------------------

@dataclass
class _Atom:
    start: int
    end: int
    value: Decimal | None
    words: bool
    suffix: str          # Kazakh case ending after the number ("ден", "ке"), folded, without hyphen
    unit_in_hyph: str | None
    article: bool        # "a", "бір", "μια": a number only when a unit follows


def _atoms(folded: str, lang: str) -> list[_Atom]:
    atoms = []
    for m in ATOM_RE[lang].finditer(folded):
        if m.group("digits"):
            value = digits_value(m.group("digits"), lang)
            suffix, unit = "", None
            hyph = m.group("hyph")
            if hyph:
                um = UNIT_RE[lang].fullmatch(hyph[1:])
                if um:
                    unit = next(k[2:] for k, v in um.groupdict().items() if k.startswith("u_") and v)
                else:
                    suffix = hyph[1:]
            atoms.append(_Atom(m.start(), m.end(), value, False, suffix, unit, False))
        else:
            words = m.group("words")
            atoms.append(_Atom(m.start(), m.end(), Decimal(words_value(words, lang)), True,
                               m.group("wsuffix") or "", None,
                               fold(words).strip() in ARTICLES[lang]))
    return atoms


def _unit_at(folded: str, pos: int, lang: str) -> tuple[str | None, int]:
    m = UNIT_RE[lang].match(folded, pos)
    if not m:
        return None, pos
    unit = next(k[2:] for k, v in m.groupdict().items() if k.startswith("u_") and v)
    sep = m.group("sep")
    if "\n" in sep:
        return None, pos
    return unit, m.end()


def extract(text: str, lang: str, folded: str | None = None, mask_always: bool = False) -> list[Quantity]:
    """Every quantity in `text` (one line or a whole page), in order. `folded`: fold(text), if known.
    `mask_always`: mask non-quantities even if `text` has no digit (see mask_non_quantities)."""
    folded = mask_non_quantities(fold(text) if folded is None else folded, lang, mask_always)
    atoms = _atoms(folded, lang)
    out: list[Quantity] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        lo_atom, hi_atom = a, a
        start = a.start
        end_pos = a.end
        j = i + 1
        # A range: "1-3", "1 – 3", "1 to 3", "1 έως 3", "1-ден 3-ке дейін", "бірден үшке дейін".
        if j < len(atoms) and not a.unit_in_hyph:
            b = atoms[j]
            between = folded[a.end:b.start]
            if a.suffix:
                # Kazakh: from-case, then to-case, then "дейін".
                if (lang == "kk" and KK_FROM_RE.search(a.suffix) and b.suffix and KK_TO_RE.search(b.suffix)
                        and re.fullmatch(r"\s+", between)):
                    until = KK_UNTIL_RE.match(folded, b.end)
                    if until:
                        hi_atom, end_pos, j = b, until.end(), j + 1
            else:
                c = CONNECTOR_RE[lang].fullmatch(between)
                if c and (c.group("word") not in ("and", "και")
                          or FROM_RE[lang].search(folded[max(0, a.start - 20):a.start])):
                    hi_atom, end_pos, j = b, b.end, j + 1
                    if lang == "kk" and b.suffix and KK_TO_RE.search(b.suffix):
                        until = KK_UNTIL_RE.match(folded, b.end)
                        if until:
                            end_pos = until.end()
        if hi_atom is not lo_atom and (lo_atom.value is None or hi_atom.value is None
                                       or lo_atom.value >= hi_atom.value):
            hi_atom, end_pos, j = lo_atom, lo_atom.end, i + 1   # "3-1" or "5 to 5" is not a range
        # Its unit: after the number ("30 days", "30-day", "24 сағат", "1–3 εργάσιμες ημέρες").
        unit = hi_atom.unit_in_hyph
        if unit is None:
            unit, unit_end = _unit_at(folded, end_pos, lang)
            if unit:
                end_pos = unit_end
        if unit is None:
            pm = PREFIX_UNIT_RE.search(folded[max(0, start - 2):start])
            if pm:
                unit = lx.PREFIX_UNITS[pm.group("sym")]
                start -= len(pm.group(0))
        i = j
        while i < len(atoms) and atoms[i].start < end_pos:
            i += 1           # "10 τοις εκατό": the unit's own number word is not another quantity
        if lo_atom.value is None:
            continue
        if lo_atom.article and out and re.fullmatch(r"[\s,]*", folded[out[-1].end:start]):
            continue         # "24 hours a day", "7 days a week": a rate, not another quantity
        if unit is None:
            if lo_atom.words and (lo_atom.article or lo_atom.suffix or lo_atom.value < 2):
                continue     # "a", "бір", "онда": words, not quantities, without a unit
            if not lo_atom.words and (_is_code(folded, lo_atom) or _is_year(lo_atom, hi_atom)):
                continue
        elif unit == "year" and _is_year(lo_atom, hi_atom):
            continue         # "2025 жылы" is a date
        if unit is None and not lo_atom.words and ID_BEFORE_RE[lang].search(folded[max(0, start - 30):start]):
            continue         # "order 1123", "model 16888", "№ 5"
        fm = FROM_RE[lang].search(folded[max(0, start - 20):start]) if hi_atom is not lo_atom else None
        if fm:
            start -= len(fm.group(0))
        out.append(Quantity(lo_atom.value, hi_atom.value, unit, start, end_pos, text[start:end_pos],
                            from_words=lo_atom.words))
    return out


def _is_code(folded: str, atom: _Atom) -> bool:
    """A bare number of five or more digits without a unit is a product or model code."""
    return bool(re.fullmatch(r"\d{5,}", folded[atom.start:atom.end].split("-")[0]))


def _is_year(lo: _Atom, hi: _Atom) -> bool:
    def year(a: _Atom) -> bool:
        return (not a.words and a.value is not None and a.value == a.value.to_integral_value()
                and 1900 <= a.value <= 2100)
    return year(lo) and year(hi)


def parse_one(text: str, lang: str) -> Quantity | None:
    """The single quantity a short text states (for tests and the facts checker), or None."""
    found = extract(text, lang)
    return found[0] if len(found) == 1 else None
