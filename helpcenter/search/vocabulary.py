"""Site-wide search synonyms: the words customers type, mapped to the words the articles use.

Editors keep one file per language, ``search/synonyms/<lang>.yml`` (next to mkdocs.yml)::

    # customer word or phrase: the article word(s) or phrase(s) it means
    refund: return
    money back: [refund, return]
    too small: wrong size

At build time ``expand(lang, words)`` gives, for the words of one indexed text (a section's
title or body), the customer words to index along with it: each entry whose article word or
phrase occurs in the text adds its customer words, once per occurrence (each word at most
``MAX_PER_WORD`` times per text). Words are compared after the search's own folding and stemming
(``text.analyse``), so ``returns``, ``returned`` and ``Return`` all match ``return``, a Greek
word matches with or without accents, and a Kazakh word in any of its case forms; a term of 4+
letters also matches a term it starts or that starts it, as in the search box. A phrase matches
its words in a row (stop words between them are skipped).

On the Kazakh site the customer side is often Russian (``возврат: қайтару``): the search
indexes a Russian word with its Russian stem too (``text.index_terms``), so ``возврата`` typed
in the search box finds what ``возврат`` was added to.

``load(path)`` reads and checks a file; a mistake is reported as ``VocabularyError`` with the
file and line (``search/synonyms/kk.yml:12: ...``), never a traceback.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from . import text

DIRECTORY = Path("search") / "synonyms"  # relative to the folder of mkdocs.yml
ANSWERS_DIRECTORY = Path("search") / "answers"
FAQ_PAGE = "faq/"                          # the FAQ's location under each language's root
DEFAULT_ROOT = Path(__file__).resolve().parent.parent.parent
MAX_PER_WORD = 2  # a word's weight grows little after a few occurrences (BM25); the index stays small
PREFIX_MIN = 4


class VocabularyError(ValueError):
    pass


@dataclass(frozen=True)
class Entry:
    customer: str                             # as written
    words: tuple[str, ...]                    # its words that the search can find (no stop words)
    article: tuple[tuple[str, ...], ...]      # each article phrase, as analysed terms
    line: int


@dataclass(frozen=True)
class Synonyms:
    lang: str
    entries: tuple[Entry, ...]
    path: Path | None = None

    def expand(self, words: list[str]) -> list[str]:
        """The customer words to index with a text made of ``words``, in order."""
        terms = [t for t in (_analyse(self.lang, w) for w in words) if t]
        if not terms:
            return []
        # Each phrase is looked for only where its first word matches (a lookup per distinct term of the
        # text, not a scan of the text per phrase): the same counts as trying every position.
        exact, longer, candidates = self._first_terms()
        positions: dict[str, list[int]] = {}
        for i, t in enumerate(terms):
            positions.setdefault(t, []).append(i)
        found: dict[int, int] = {}
        for t, where in positions.items():
            phrases = candidates.get(t)
            if phrases is None:  # the phrases whose first word matches t, once per distinct term
                phrases = list(exact.get(t, ()))
                if len(t) >= PREFIX_MIN:
                    for cut in range(PREFIX_MIN, len(t)):
                        phrases += [p for p in exact.get(t[:cut], ()) if len(p[2][0]) >= PREFIX_MIN]
                    phrases += longer.get(t, ())
                candidates[t] = phrases
            for e, _, phrase in phrases:
                n = len(phrase)
                hits = sum(1 for i in where if i + n <= len(terms)
                           and all(_same(terms[i + k], phrase[k]) for k in range(1, n)))
                if hits:
                    found[e] = found.get(e, 0) + hits
        out: list[str] = []
        count: dict[str, int] = {}
        for e, entry in enumerate(self.entries):
            for _ in range(found.get(e, 0)):
                for word in entry.words:
                    if count.get(word, 0) < MAX_PER_WORD:
                        count[word] = count.get(word, 0) + 1
                        out.append(word)
        return out

    def _first_terms(self):
        """Phrases by their first term: exact term -> [(entry, phrase index, phrase)], and each strict
        prefix (PREFIX_MIN letters or more) of a first term of PREFIX_MIN+ letters -> the same."""
        cached = _FIRST.get(id(self))
        if cached is not None and cached[0] is self:
            return cached[1]
        exact: dict[str, list] = {}
        longer: dict[str, list] = {}
        for e, entry in enumerate(self.entries):
            for k, phrase in enumerate(entry.article):
                if not phrase:
                    continue
                first = phrase[0]
                exact.setdefault(first, []).append((e, k, phrase))
                if len(first) > PREFIX_MIN:
                    for cut in range(PREFIX_MIN, len(first)):
                        longer.setdefault(first[:cut], []).append((e, k, phrase))
        tables = (exact, longer, {})
        _FIRST[id(self)] = (self, tables)
        return tables


_FIRST: dict[int, tuple] = {}
# A site repeats its words: analyse each distinct word once.
_analyse = lru_cache(maxsize=200_000)(text.analyse)


def _same(page_term: str, article_term: str) -> bool:
    """One word: equal terms, or (both at least PREFIX_MIN letters) one the start of the other,
    as the search box matches a typed word's start: the light stemmers leave some forms of one
    word apart (Greek σχόλιο -> sholi, σχόλια -> shol)."""
    if page_term == article_term:
        return True
    if min(len(page_term), len(article_term)) < PREFIX_MIN:
        return False
    return page_term.startswith(article_term) or article_term.startswith(page_term)


def _error(path: Path, node_or_line, message: str) -> VocabularyError:
    line = node_or_line if isinstance(node_or_line, int) else node_or_line.start_mark.line + 1
    return VocabularyError(f"{path}:{line}: {message}")


def _phrase(path: Path, lang: str, node, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or node.tag not in (
            "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
        raise _error(path, node, f"{what} must be a word or phrase, got {_kind(node)}")
    value = str(node.value).strip()
    if not value:
        raise _error(path, node, f"{what} is empty")
    if not any(text.analyse(lang, w) for w in text.words(value)):
        raise _error(path, node, f"{what} {value!r} has no searchable word (only stop words?)")
    return value


def _kind(node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return repr(node.value) if node.value not in ("", "~", "null") else "nothing"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise VocabularyError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise VocabularyError(f"{path}: cannot read it ({exc.strerror})") from None


def _compose(source: str, path: Path):
    """The YAML node tree of a file's text (nodes know their line), or VocabularyError."""
    try:
        return yaml.compose(source, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise _error(path, mark.line + 1 if mark else 1, f"not valid YAML: {problem}") from None


def parse(source: str, lang: str, path: Path) -> Synonyms:
    """Synonyms from the text of a synonym file (``path`` names it in error messages)."""
    if lang not in text.LANGS:
        raise VocabularyError(f"{path}: no search analyser for language {lang!r} "
                              f"(the file name must be one of {', '.join(text.LANGS)})")
    root = _compose(source, path)
    if root is None:
        return Synonyms(lang, (), path)
    if not isinstance(root, yaml.MappingNode):
        raise _error(path, root, "expected 'customer word: article word(s)' lines, got " + _kind(root))
    entries, seen = [], {}
    for key, value in root.value:
        customer = _phrase(path, lang, key, "the customer word")
        folded = " ".join(text.analyse(lang, w) for w in text.words(customer))
        if folded in seen:
            raise _error(path, key, f"{customer!r} is already listed on line {seen[folded]}")
        seen[folded] = key.start_mark.line + 1
        items = value.value if isinstance(value, yaml.SequenceNode) else [value]
        if not items:
            raise _error(path, value, f"{customer!r} lists no article word")
        article = []
        for item in items:
            phrase = _phrase(path, lang, item, f"the article word for {customer!r}")
            article.append(tuple(t for t in (text.analyse(lang, w) for w in text.words(phrase)) if t))
        words = tuple(w for w in text.words(customer) if text.analyse(lang, w))
        entries.append(Entry(customer, words, tuple(dict.fromkeys(article)), key.start_mark.line + 1))
    return Synonyms(lang, tuple(entries), path)


def load(path: Path, lang: str | None = None) -> Synonyms:
    """The synonyms of one file; the language is the file's name (``kk.yml``) unless given."""
    path = Path(path)
    return parse(_read(path), lang or path.stem, path)


def _per_language(root: Path, directory: str, load_one, empty) -> dict:
    """``load_one(path, lang)`` for every language's ``root/directory/<lang>.yml``; a missing file gives ``empty``."""
    out = {}
    for lang in text.LANGS:
        path = Path(root) / directory / f"{lang}.yml"
        out[lang] = load_one(path, lang) if path.exists() else empty(lang, path)
    return out


def load_all(root: Path) -> dict[str, Synonyms]:
    """Every language's synonyms under ``root / DIRECTORY``; a missing file means none."""
    return _per_language(root, DIRECTORY, load, lambda lang, path: Synonyms(lang, (), path))


@lru_cache(maxsize=None)
def _default(lang: str) -> Synonyms:
    return load_all(DEFAULT_ROOT)[lang]


def expand(lang: str, words: list[str], synonyms: Synonyms | None = None) -> list[str]:
    """The customer words to add to a text's index terms, given its words (see the module
    docstring). ``synonyms`` defaults to this repository's file for ``lang``."""
    return (synonyms or _default(lang)).expand(words)


def page_keywords(value) -> list[str]:
    """An article's ``keywords:`` front matter as a list of words and phrases: a comma-separated
    line (``keywords: money back, send it back``, the form our articles use: the policy guard
    reads such a line without a YAML parser) or a YAML list. VocabularyError (without a location:
    the caller knows the file) for anything else."""
    if value is None:
        return []
    if isinstance(value, str):
        value = [w for w in (v.strip() for v in value.split(",")) if w]
        if not value:
            raise VocabularyError("keywords is empty: list words, like 'keywords: refund, money back'")
    if not isinstance(value, list):
        raise VocabularyError(f"keywords must be words separated by commas, like "
                              f"'keywords: refund, money back', got {type(value).__name__}")
    out = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, (str, int, float)) or not str(item).strip():
            raise VocabularyError(f"keywords must be words or phrases, got {item!r}")
        out.append(str(item).strip())
    return out


def front_matter_line(source: str, key: str) -> int:
    """The line of ``key:`` in a Markdown file's front matter (1 when not found)."""
    for n, line in enumerate(source.splitlines(), 1):
        if line.startswith(f"{key}:"):
            return n
        if n > 1 and line.strip() == "---":
            break
    return 1


# ---------------------------------------------------------------------------------------------
# FAQ answers by intent: search/answers/<lang>.yml
#
#     return-window: [I want to return, send it back]
#
# For each FAQ question (its id, as in ``{#return-window}``), the words customers use to describe
# that problem. They become the keywords of that question's search section, so the contact page's
# answer box (which ranks the FAQ's sections) lists first the answer that states the matching
# policy fact.

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class Answers:
    lang: str
    keywords: dict          # question id -> list of words and phrases
    lines: dict             # question id -> line in the file
    path: Path | None = None

    def locations(self, faq_page: str = FAQ_PAGE) -> dict[str, list[str]]:
        """Search-index location of each question ('faq/#return-window') -> its keywords."""
        return {f"{faq_page}#{qid}": words for qid, words in self.keywords.items()}


def parse_answers(source: str, lang: str, path: Path) -> Answers:
    """FAQ question keywords from the text of an answers file (``path`` names it in errors)."""
    if lang not in text.LANGS:
        raise VocabularyError(f"{path}: no search analyser for language {lang!r}")
    root = _compose(source, path)
    if root is None:
        return Answers(lang, {}, {}, path)
    if not isinstance(root, yaml.MappingNode):
        raise _error(path, root, "expected 'question-id: [words customers use]' lines, got " + _kind(root))
    keywords, lines = {}, {}
    for key, value in root.value:
        qid = str(key.value).strip() if isinstance(key, yaml.ScalarNode) else ""
        if not _ID.match(qid):
            raise _error(path, key, f"expected a FAQ question id (like return-window), got {_kind(key)}")
        if qid in keywords:
            raise _error(path, key, f"'{qid}' is already listed on line {lines[qid]}")
        items = value.value if isinstance(value, yaml.SequenceNode) else [value]
        if not items:
            raise _error(path, value, f"'{qid}' lists no words")
        keywords[qid] = [_phrase(path, lang, item, f"a word for '{qid}'") for item in items]
        lines[qid] = key.start_mark.line + 1
    return Answers(lang, keywords, lines, path)


def load_answers(path: Path, lang: str | None = None) -> Answers:
    path = Path(path)
    return parse_answers(_read(path), lang or path.stem, path)


def load_all_answers(root: Path) -> dict[str, Answers]:
    """Every language's FAQ answer words under ``root / ANSWERS_DIRECTORY``; a missing file means none."""
    return _per_language(root, ANSWERS_DIRECTORY, load_answers, lambda lang, path: Answers(lang, {}, {}, path))


def unknown_questions(answers: Answers, locations, faq_page: str = FAQ_PAGE) -> list[str]:
    """'file:line: ...' for each question id of ``answers`` that is not a section of the FAQ
    among the index ``locations``."""
    have = set(locations)
    return [f"{answers.path}:{answers.lines[qid]}: no FAQ question '{qid}' in this language's "
            f"{faq_page.strip('/')}.md (its keywords are not used)"
            for qid in answers.keywords if f"{faq_page}#{qid}" not in have]
