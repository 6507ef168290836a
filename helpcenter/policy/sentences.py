"""Reading a line: the quantities it states, each with the policy fact its sentence speaks about, and the
per-check caches (LineMemo) that read each distinct line and sentence once."""
from __future__ import annotations

import re

from . import lexicon as lx
from .facts import Fact
from .quantities import HAS_DIGIT_RE, Quantity, extract, fold

COMMENT_RE = re.compile(r"(?s)<!--.*?-->")
TAG_RE = re.compile(r"</?[A-Za-z][^>\n]*>")
LIST_MARKER_RE = re.compile(r"(?x) ^ (?P<m> [ \t>]* \d+ [.)] ) [ \t]")
SENTENCE_END_RE = re.compile(r"[.!?;](?=\s|$)|[·;](?=\s)")


def _blank(m: re.Match) -> str:
    return re.sub(r"[^\n]", " ", m.group(0))


def _topics(facts: dict[str, Fact], lang: str) -> list[tuple[str | None, re.Pattern]]:
    topics = []
    for fid, fact in facts.items():
        words = fact.about.get(lang)
        if words:
            alt = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
            topics.append((fid, re.compile(rf"(?<!\w)(?:{alt})")))
    other = lx.OTHER_TOPICS.get(lang)
    if other:
        alt = "|".join(re.escape(fold(w)) for w in sorted(other, key=len, reverse=True))
        topics.append((None, re.compile(rf"(?<!\w)(?:{alt})")))
    return topics


class LineMemo(dict):
    """What a line of text states, [(quantity, topic)], per (language, text): pages share many lines (blank
    lines, headings, boilerplate), each is read once per check. Also holds each language's topic patterns,
    and what each sentence states (lines that differ share most of their sentences).
    Valid for one set of facts only: make a new one per check."""

    def topics(self, facts: dict[str, Fact], lang: str):
        key = ("topics", lang)
        if key not in self:
            self[key] = _topics(facts, lang)
            self[("split", lang)] = _sentences_apart(facts, lang)
        return self[key]


# --- Reading a line sentence by sentence ------------------------------------------------------------------
# A line is read as the concatenation of its sentences, each read alone (and once per check), where that gives
# exactly what reading the whole line gives. A split point is `<letter><. ! ? or ;><spaces><letter>`: no
# number, range, unit, date, phone, id or topic word reaches across it (each pattern either stops at the
# punctuation or needs a digit next to it), and the patterns' look-arounds see a space or the text's edge
# there alike (a masked URL may take the punctuation along: not split after a word with `:` or `.`). Not split: lines with code, attribute lists or links (`, {, ]: their patterns may span
# sentences), and languages whose topic words hold sentence punctuation or outer spaces. A line with a digit
# anywhere is masked as a whole would be, so its sentences are masked even without digits of their own.
# (The punctuation first, then the letter before it: the regex engine skips ahead to the punctuation.)
_SPLIT_RE = re.compile(r"[.!?;](?<=[^\W\d_][.!?;]) +(?=[^\W\d_])")
_SENTENCE_PUNCT = ".!?;·"
# Words that end in punctuation: ids ("order no.": a number after one is an id, and masking may blank what lies
# between, "order no. www.example.com 3") and units ("24 ω.": the quantity ends there, and "μία ω." right after
# it is a rate, not a quantity). A split point right after one is not used.
_ID_TAILS = {lang: tuple(sorted({fold(w).split()[-1] for w in (*lx.ID_WORDS[lang], *lx.RANGE_FROM[lang],
                                                                *(f for forms in lx.UNITS[lang].values() for f in forms))
                                 if fold(w)[-1] in _SENTENCE_PUNCT}))
             for lang in lx.LANGS}
_TAIL_PUNCT = {lang: "".join(sorted({t[-1] for t in tails})) for lang, tails in _ID_TAILS.items()}
# Words read before a number (ids, "from"): none may hold a split point itself.
_LOOKBEHIND_WORDS = {lang: [fold(w) for w in (*lx.ID_WORDS[lang], *lx.RANGE_FROM[lang])] for lang in lx.LANGS}


def _sentences_apart(facts: dict[str, Fact], lang: str) -> bool:
    """Whether lines of `lang` may be read sentence by sentence (no topic word reaches across a split point)."""
    words = [w for fact in facts.values() for w in fact.about.get(lang, ())] + list(lx.OTHER_TOPICS.get(lang, ()))
    return (all(fold(w) == fold(w).strip() and not any(c in _SENTENCE_PUNCT for c in fold(w)) for w in words)
            and not any(_SPLIT_RE.search(w) for w in _LOOKBEHIND_WORDS.get(lang, ())))


def _sentence_starts(text: str, lang: str) -> list[int] | None:
    """Where the sentences of `text` that can be read apart start ([0, ...]), or None to read it whole."""
    if "`" in text or "{" in text or "]" in text:
        return None
    tails, punct = _ID_TAILS.get(lang, ()), _TAIL_PUNCT.get(lang, "")
    starts = [0]
    for m in _SPLIT_RE.finditer(text):
        p = m.start()
        word = text[text.rfind(" ", 0, p) + 1:p]
        if ":" in word or "." in word:
            continue             # "www.example.com." or "tel:x.": the URL (masked) takes the punctuation along
        if text[p] in punct and fold(text[max(0, p - 11):p + 1]).endswith(tails):
            continue
        starts.append(m.end())
    return starts if len(starts) > 1 else None


def _read_line(text: str, lang: str, topics, memo: LineMemo | None = None) -> tuple[tuple[Quantity, str | None], ...]:
    """The quantities a line (code and comments already blanked) states, each with its topic.
    With a memo (holding this language's topics), sentences that can be read apart are read once per check."""
    if "<" in text:
        text = TAG_RE.sub(_blank, COMMENT_RE.sub(_blank, text))
    marker = LIST_MARKER_RE.match(text)
    if marker:
        text = " " * len(marker.group("m")) + text[len(marker.group("m")):]
    starts = _sentence_starts(text, lang) if memo is not None and memo.get(("split", lang)) else None
    if starts is None:
        return _read_text(text, lang, topics)
    always = HAS_DIGIT_RE.search(text) is not None
    out: list[tuple[Quantity, str | None]] = []
    ends = starts[1:] + [len(text)]
    for a, b in zip(starts, ends):
        piece = text[a:b]
        key = ("sentence", lang, piece, always)
        stated = memo.get(key)
        if stated is None:
            stated = memo[key] = _read_text(piece, lang, topics, always)
        if a:
            out.extend((Quantity(q.lo, q.hi, q.unit, q.start + a, q.end + a, q.text, q.from_words), t)
                       for q, t in stated)
        else:
            out.extend(stated)
    return tuple(out)


def _read_text(text: str, lang: str, topics, mask_always: bool = False) -> tuple[tuple[Quantity, str | None], ...]:
    folded = fold(text)
    found = extract(text, lang, folded=folded, mask_always=mask_always)
    if not found:
        return ()
    return tuple(zip(found, _topics_of(folded, found, topics)))


def _topics_of(folded: str, found: list[Quantity], topics) -> list[str | None]:
    """The fact each quantity of one (folded) line speaks about: the closest topic word in the same sentence
    (none before or after it: None). Each sentence's topic words are read once."""
    bounds = [(m.start(), m.end()) for m in SENTENCE_END_RE.finditer(folded)]
    words: dict[tuple[int, int], list[tuple[str | None, int, int]]] = {}
    out = []
    for q in found:
        s_from, s_to = 0, len(folded)
        for b_start, b_end in bounds:
            if b_end <= q.start:
                s_from = b_end
        for b_start, b_end in bounds:
            if b_start >= q.end:
                s_to = b_start
                break
        span = (s_from, s_to)
        if span not in words:
            words[span] = [(fid, m.start(), m.end()) for fid, pattern in topics
                           for m in pattern.finditer(folded, s_from, s_to)]
        best, best_dist = None, None
        for fid, m_start, m_end in words[span]:
            dist = q.start - m_end if m_end <= q.start else m_start - q.end
            if dist < 0:
                continue
            if best_dist is None or dist < best_dist:
                best, best_dist = fid, dist
        out.append(best)
    return out
