"""Word analysis for search: folding to a per-language skeleton, stop words, stemming.

Every function here has a twin in ``overrides/assets/javascripts/search/analysis.js`` that runs in
Material's search worker; ``tests/unit/test_search_parity.py`` runs both over the word list in
``tests/data/search_words.txt`` and requires identical output. Change both or neither.

Why a skeleton
--------------
Customers type words the way their keyboard lets them. One skeleton per language makes the
variants meet, both when a page is indexed and when a query is typed:

* Kazakh (``kk``): lowercase; marks stripped (й -> и, ё -> е); the nine letters a Russian
  keyboard lacks are folded to their Russian look-alikes (ә->а ғ->г қ->к ң->н ө->о ұ->у ү->у
  һ->х і->и); ы, і, и and й all become и (Latin typists write y or i for all of them); Latin
  spelling -- the 2021 official alphabet (ä ğ q ñ ö ū ü ı ş ç), the 2018 one's ý, and plain ASCII (sh ch zh kh gh)
  -- is mapped to the same Cyrillic skeleton, so ``qaitaru``, ``кайтару`` and ``қайтару`` all
  become ``каитару``. Finally нг -> н (``ng`` is the ASCII spelling of ң).
* Greek (``el``): lowercase; tonos and dialytika stripped; final sigma -> σ; then Greek and
  Greeklish are both mapped to one Latin skeleton that spells sounds, not letters
  (η ι υ ει οι -> i, ω -> o, αι -> e, ου -> u, αυ/ευ/af/ef -> av/ev, γγ γκ -> g, μπ b β -> v,
  ντ -> d, θ -> th, χ -> h, ξ -> ks, ψ -> ps, φ -> f; Latin x -> h, w -> o, y -> i, ph -> f,
  ch kh -> h, 8 -> th, word-final h -> i), and double letters are collapsed. ``επιστροφή``, ``ΕΠΙΣΤΡΟΦΗ``,
  ``επιστροφη`` and ``epistrofi`` all become ``epistrofi``.
* English (``en``): lowercase, marks stripped, lunr's stop words, lunr's Porter stemmer
  (re-implemented in ``porter.py`` so Python and JavaScript agree to the letter).

Kazakh stemmer
--------------
No Kazakh stemmer exists in Snowball, Lucene, lunr-languages or Pagefind. Ours is a
lexicon-free suffix stripper in the spirit of Tukeyev et al. (2018, "Lexicon-free stemming for
Kazakh language": longest ending match, minimum stem length) and Bogdanchikov et al. (2021,
"Stemming of Kazakh language": endings grouped by morphological class, removed in the reverse
of Kazakh's agglutinative order). It works on the folded skeleton. A noun is
stem + plural + possessive + case; a verb form is stem + voice + tense/participle (+ case when
used as a noun), so the classes in ``KK_CLASSES`` are ordered from the outside in -- case,
possessive, plural, verb form, passive. The stemmer repeatedly removes the longest ending
(ties: the outer class) that leaves at least ``KK_MIN_STEM`` (3) letters, among the classes
inside the one it removed last, so at most one ending per class, in Kazakh order. Endings, in folded spelling
(ы/і -> и, ә -> а, ғ -> г, қ -> к, ң -> н, ұ/ү -> у):

* case: genitive нин дин тин; dative га ге ка ке на не; accusative ни ди ти;
  locative да де та те нда нде; ablative дан ден тан тен нан нен; instrumental мен бен пен
* possessive: им (ым/ім), ин (ың/ің), и (ы/і), си (сы/сі, only after а е о у: after и it
  is usually the stem's own -ыс/-іс), миз (мыз/міз), низ (ңыз/ңіз), имиз, иниз; and the
  adjective ending ли (-лы/-лі "having": ақаулы "defective" meets ақау "defect")
* plural: лар лер дар дер тар тер
* verb forms: present ади еди иди; participles ган ген кан кен атин етин итин; converb ип;
  verbal noun / infinitive у; conditional са се; "without" сиз
* derivational endings (-лық/-лік, -шы/-ші ...) are kept: кепілдік "warranty" stays apart
  from кепіл "pledge", and a long stem leaves room for the one-typo match
* passive: ил

A stem left ending in б or г after an ending was removed gets back its voiceless form п, к
(the consonant voices before a vowel ending: жауап/жауабы, кепілдік/кепілдігі).
Single-vowel endings (dative -а/-е, converb -п) are left alone: stripped once they would
split one word's forms between two stems. Examples: тапсырыстарымызды -> тапсирис,
қайтаруға -> каитар, кепілдігі -> кепилдик, өңдеу -> онде.

Greek stemmer
-------------
A light suffix stripper on the Latin skeleton: the longest of the common noun, adjective and
verb endings (``GREEK_SUFFIXES``) is removed when at least ``EL_MIN_STEM`` letters remain, once.
It conflates the singular, plural and case forms customers type (επιστροφή, επιστροφές,
επιστροφών -> ``epistrof``; παραγγελία, παραγγελίες -> ``paragel``).
"""
from __future__ import annotations

import re
import unicodedata

from . import porter, russian

LANGS = ("en", "kk", "el")

# Split text into words: the same expression is the `separator` of every search index, used by
# Material's tokenizer in the browser and by our Python index.
SEPARATOR = r"[\s\-\u2010-\u2015,.;:!?\u037e\u00b7()\[\]{}\"'\u2018\u2019\u201c\u201d\u00ab\u00bb/\\|<>=+*~^&%#@_]+"
SEPARATOR_RE = re.compile(SEPARATOR)

_MARKS = re.compile("[\u0300-\u036f]")

# ---------------------------------------------------------------------------------------------
# Kazakh

_KK_PRE = {"ş": "ш", "ç": "ч", "ğ": "г", "ı": "и", "ñ": "н", "ý": "у"}
_KK_DIGRAPHS = (("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("gh", "г"), ("ts", "ц"))
_KK_LATIN = dict(zip("abcdefghijklmnopqrstuvwxyz", "абцдефгхижклмнопкрстуувхиз"))
_KK_CYR = {
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
    "ы": "и", "й": "и", "ё": "е", "э": "е", "я": "иа", "ю": "иу", "щ": "ш", "ъ": "", "ь": "",
}
_KK_KEEP = re.compile("[^0-9а-я]")

KK_MIN_STEM = 3
# Ending classes, stripped from the outside in, at most one ending per class, the longest first.
KK_CLASSES = (
    # case: genitive, dative, accusative, locative, ablative, instrumental
    ("нин", "дин", "тин", "га", "ге", "ка", "ке", "на", "не", "ни", "ди", "ти",
     "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен",
     "мен", "бен", "пен"),
    # possessive (-сы/-сі only after a, e, o, u: after ы/і it is the stem's own ending)
    ("имиз", "иниз", "миз", "низ", "им", "ин", "си", "и", "ли"),
    # plural
    ("лар", "лер", "дар", "дер", "тар", "тер"),
    # verb forms: present, participles, converb, verbal noun, conditional, "without"
    ("ади", "еди", "иди", "атин", "етин", "итин", "ган", "ген", "кан", "кен", "ип", "у",
     "са", "се", "сиз"),
    # passive voice
    ("ил",),
)
KK_CLASSES = tuple(tuple(sorted(set(c), key=lambda x: (-len(x), x))) for c in KK_CLASSES)
_KK_VOWELS_BEFORE_SI = "аеоу"
_KK_VOICELESS = {"б": "п", "г": "к"}  # жауабы -> жауап, кепілдігі -> кепілдік

KK_STOP = frozenset(
    "жане мен бен пен да де та те бул ол не немесе ушин ма ме ба бе па пе калаи канша кашан "
    "кандаи кими каиси каида неге болади бола болама бар жок оси сол биз сиз менин сизге "
    "сизди сизин бизге биздин бизди ал бирак егер онда керек".split()
)


def fold_kk(word: str) -> str:
    s = word.lower()
    s = "".join(_KK_PRE.get(c, c) for c in s)
    s = _MARKS.sub("", unicodedata.normalize("NFD", s))
    for latin, cyr in _KK_DIGRAPHS:
        s = s.replace(latin, cyr)
    s = "".join(_KK_LATIN.get(c, c) for c in s)
    s = "".join(_KK_CYR.get(c, c) for c in s)
    s = s.replace("нг", "н")
    return _KK_KEEP.sub("", s)


def stem_kk(folded: str) -> str:
    s, first = folded, 0
    while first < len(KK_CLASSES):
        best = None  # (length, class) of the longest ending allowed here
        for k in range(first, len(KK_CLASSES)):
            for suffix in KK_CLASSES[k]:
                if not s.endswith(suffix) or len(s) - len(suffix) < KK_MIN_STEM:
                    continue
                if suffix == "си" and s[-3] not in _KK_VOWELS_BEFORE_SI:
                    continue
                if best is None or len(suffix) > best[0]:
                    best = (len(suffix), k)
        if best is None:
            break
        s, first = s[: -best[0]], best[1] + 1
        s = s[:-1] + _KK_VOICELESS.get(s[-1], s[-1])
    return s


# ---------------------------------------------------------------------------------------------
# Greek

_EL_GREEK_MULTI = (
    ("ου", "u"), ("ει", "i"), ("οι", "i"), ("υι", "i"), ("αι", "e"), ("αυ", "av"), ("ευ", "ev"),
    ("γγ", "g"), ("γκ", "g"), ("γχ", "gh"), ("μπ", "b"), ("ντ", "d"), ("τσ", "ts"), ("τζ", "tz"),
)
_EL_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "i", "φ": "f", "χ": "h", "ψ": "ps", "ω": "o",
}
_EL_LATIN_MULTI = (
    ("8", "th"), ("ou", "u"), ("ui", "i"), ("ng", "g"), ("ch", "h"), ("kh", "h"), ("ph", "f"), ("ei", "i"), ("oi", "i"),
    ("ai", "e"), ("au", "av"), ("eu", "ev"), ("ay", "av"), ("ey", "ev"), ("af", "av"),
    ("ef", "ev"), ("gk", "g"), ("mp", "b"), ("nt", "d"),
)
_EL_LATIN = {"x": "h", "w": "o", "y": "i", "c": "k", "q": "k", "j": "g", "b": "v"}
_EL_DOUBLE = re.compile(r"([a-z])\1+")
_EL_KEEP = re.compile("[^0-9a-z]")

EL_MIN_STEM = 3
GREEK_SUFFIXES = tuple(sorted({
    "ies", "ion", "ia", "ias", "es", "os", "us", "u", "on", "as", "is", "a", "e", "i", "o",
    "ikos", "iki", "iko", "ika", "ume", "ete", "ate", "usan", "ontas", "ondas", "ike", "ika",
    "ikan", "ithike", "isi", "isis", "isi", "menos", "meni", "meno", "mena", "mata", "ma",
    "eis", "ite", "ete", "ame", "ane", "an", "en", "odos", "oda", "odon",
}, key=lambda s: (-len(s), s)))

EL_STOP = frozenset(
    "o i to ta ton tin tis tu ti tus ke na tha se sto sti stin ston sta stis stus apo me gia "
    "pos pu poso posa pote ena enas mia mu su sas mas ine den an otan ali alla oso osa ii "
    "ego esi emis esis aftos afti afto".split()
)


def fold_el(word: str) -> str:
    s = word.lower()
    s = _MARKS.sub("", unicodedata.normalize("NFD", s))
    for greek, latin in _EL_GREEK_MULTI:
        s = s.replace(greek, latin)
    s = "".join(_EL_GREEK.get(c, c) for c in s)
    for latin, sound in _EL_LATIN_MULTI:
        s = s.replace(latin, sound)
    s = "".join(_EL_LATIN.get(c, c) for c in s)
    s = _EL_KEEP.sub("", s)
    if s.endswith("h") and len(s) > 1 and not s.endswith("th"):
        s = s[:-1] + "i"  # Greeklish writes a final -η as -h (epistrofh)
    return _EL_DOUBLE.sub(r"\1", s)


def stem_el(folded: str) -> str:
    for suffix in GREEK_SUFFIXES:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= EL_MIN_STEM:
            return folded[: -len(suffix)]
    return folded


# ---------------------------------------------------------------------------------------------
# English

_EN_KEEP = re.compile("[^0-9a-z]")


def fold_en(word: str) -> str:
    s = _MARKS.sub("", unicodedata.normalize("NFD", word.lower()))
    return _EN_KEEP.sub("", s)


def stem_en(folded: str) -> str:
    return porter.stem(folded)


# ---------------------------------------------------------------------------------------------

FOLD = {"en": fold_en, "kk": fold_kk, "el": fold_el}
STEM = {"en": stem_en, "kk": stem_kk, "el": stem_el}
STOP = {"en": porter.STOP_WORDS, "kk": KK_STOP, "el": EL_STOP}


def fold(lang: str, word: str) -> str:
    return FOLD[lang](word)


def analyse(lang: str, word: str) -> str:
    """The index term for one word ('' for a stop word or a word with no letters or digits)."""
    folded = FOLD[lang](word)
    if not folded or folded in STOP[lang]:
        return ""
    return STEM[lang](folded)


def words(text: str) -> list[str]:
    return [w for w in SEPARATOR_RE.split(text) if w]


# ---------------------------------------------------------------------------------------------
# Russian on the Kazakh site
#
# Customers in Kazakhstan search the Kazakh site in Russian as often as in Kazakh. A word written
# only in letters of the Russian alphabet (no ә ғ қ ң ө ұ ү һ і, no Latin) may be Russian, so on
# the Kazakh site it also yields its Russian stem (russian.py), folded to the Kazakh skeleton:
# ``возврата`` -> ``возврат``, ``гарантии`` -> ``гарант``. Russian words reach the index through
# the articles' keywords and the synonym file (search/synonyms/kk.yml); Kazakh words give the
# same term twice or a near-identical one. Russian function words (``RU_STOP``) give no Russian
# term at index time, and no term at all in a query (``хочу вернуть товар`` looks for
# ``вернуть товар``): the list leaves out the words that are also common Kazakh words (он "ten").

_RU_WORD = re.compile("^[а-яё]+$")
RU_STOP = frozenset(
    "и в во не что на я с со как а то все она так его но да ты к у же вы за бы по только ее "
    "мне было вот от меня еще нет о из ему ли если или ни быть был до вас уж вам ведь там потом "
    "себя ей может они тут где есть надо ней для мы тебя их чем была сам без чего раз тоже себе "
    "под будет ж тогда кто этот того потому этого какой ним здесь этом мой тем чтобы нее были "
    "куда зачем всех можно при об хоть после над нас про них какая эти эту моя этой перед им "
    "мой мою мои моего моей меня мне нужно хочу хотел хотела".split()
)


def russian_term(word: str) -> str:
    """The Russian term of a word on the Kazakh site ('' if the word cannot be Russian)."""
    lower = word.lower()
    if not _RU_WORD.match(lower) or lower.replace("ё", "е") in RU_STOP:
        return ""
    return fold_kk(russian.stem(lower))


def index_terms(lang: str, word: str) -> list[str]:
    """The index terms of one word of a page: its analysis and, on the Kazakh site, its
    Russian term when different. [] for a stop word."""
    terms = []
    main = analyse(lang, word)
    if main:
        terms.append(main)
    if lang == "kk":
        ru = russian_term(word)
        if ru and ru != main:
            terms.append(ru)
    return terms


def query_terms(lang: str, word: str) -> list[str]:
    """The terms one typed word is looked up by: the first is its analysis, the others are
    alternatives (a match on any of them is a match on the word). The index's terms, except
    that a Russian function word typed on the Kazakh site is not looked up."""
    if lang == "kk" and word.lower().replace("ё", "е") in RU_STOP:
        return []
    return index_terms(lang, word)
