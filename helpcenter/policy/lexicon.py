"""Per-language lexicons for reading quantities: number words, unit words, range connectors, months.

Everything here is data. To teach the guard a new word form, add it to the right list; the regexes in
`quantities.py` are built from these tables once, at import time. Words are written naturally (with accents
and capitals as you like); they are normalised the same way the text is (lower case, Greek accents and
final sigma folded) before matching.
"""
from __future__ import annotations

LANGS = ("en", "kk", "el")

# --- Numbers -------------------------------------------------------------------------------------------
# SMALL: every form of 0..19 (English/Greek have their own words for the teens; Kazakh composes them).
# TENS: 20, 30, ... 90 (and 10 for Kazakh, which composes 11..19 as "он бір").  HUNDRED: 100.
# A compound is TENS + a SMALL word 1..9 ("twenty-four", "жиырма төрт", "είκοσι τέσσερις").

SMALL: dict[str, dict[int, list[str]]] = {
    "en": {
        0: ["zero"], 1: ["one", "a", "an"], 2: ["two"], 3: ["three"], 4: ["four"], 5: ["five"],
        6: ["six"], 7: ["seven"], 8: ["eight"], 9: ["nine"], 10: ["ten"], 11: ["eleven"], 12: ["twelve"],
        13: ["thirteen"], 14: ["fourteen"], 15: ["fifteen"], 16: ["sixteen"], 17: ["seventeen"],
        18: ["eighteen"], 19: ["nineteen"],
    },
    "kk": {
        0: ["нөл"], 1: ["бір"], 2: ["екі"], 3: ["үш"], 4: ["төрт"], 5: ["бес"], 6: ["алты"], 7: ["жеті"],
        8: ["сегіз"], 9: ["тоғыз"],
    },
    "el": {
        0: ["μηδέν"],
        1: ["ένα", "ένας", "έναν", "ενός", "μία", "μια", "μιας", "μίας"],
        2: ["δύο", "δυο"],
        3: ["τρία", "τρεις", "τριών"],
        4: ["τέσσερα", "τέσσερις", "τεσσάρων"],
        5: ["πέντε"], 6: ["έξι"], 7: ["επτά", "εφτά"], 8: ["οκτώ", "οχτώ"], 9: ["εννέα", "εννιά"],
        10: ["δέκα"], 11: ["έντεκα", "ένδεκα"], 12: ["δώδεκα"],
        13: ["δεκατρία", "δεκατρείς", "δεκατριών"],
        14: ["δεκατέσσερα", "δεκατέσσερις", "δεκατεσσάρων"],
        15: ["δεκαπέντε"], 16: ["δεκαέξι", "δεκάξι"], 17: ["δεκαεπτά", "δεκαεφτά"],
        18: ["δεκαοκτώ", "δεκαοχτώ"], 19: ["δεκαεννέα", "δεκαεννιά"],
    },
}

TENS: dict[str, dict[int, list[str]]] = {
    "en": {20: ["twenty"], 30: ["thirty"], 40: ["forty"], 50: ["fifty"], 60: ["sixty"], 70: ["seventy"],
           80: ["eighty"], 90: ["ninety"]},
    "kk": {10: ["он"], 20: ["жиырма"], 30: ["отыз"], 40: ["қырық"], 50: ["елу"], 60: ["алпыс"],
           70: ["жетпіс"], 80: ["сексен"], 90: ["тоқсан"]},
    "el": {20: ["είκοσι"], 30: ["τριάντα"], 40: ["σαράντα"], 50: ["πενήντα"], 60: ["εξήντα"],
           70: ["εβδομήντα"], 80: ["ογδόντα"], 90: ["ενενήντα"]},
}

HUNDRED: dict[str, list[str]] = {
    "en": ["one hundred", "a hundred", "hundred"],
    "kk": ["жүз"],
    "el": ["εκατό", "εκατόν"],
}

# Words that also mean "a"/"an"/"no": they count as a number only right before a unit word.
ARTICLE_LIKE: dict[str, set[str]] = {
    "en": {"a", "an", "one"},
    "kk": {"бір"},
    "el": {"ένα", "ένας", "έναν", "ενός", "μία", "μια", "μιας", "μίας"},
}

# How the last word of a Kazakh numeral is inflected ("бірден", "үшке", "отызға", "жиырма төртке").
# Ordinals (-ншы/-нші/-ыншы/-інші) are deliberately absent: "екінші" (second) is not a quantity.
KK_CASE_SUFFIX = r"""(?: дан|ден|тан|тен|нан|нен
                      | ға|ге|қа|ке|на|не|а|е
                      | ның|нің|дың|дің|тың|тің
                      | да|де|та|те|нда|нде
                      | ды|ді|ты|ті|ны|ні
                      | мен|бен|пен
                      | еу|ау )"""

# --- Units ---------------------------------------------------------------------------------------------
# canonical unit -> word forms. English and Greek list every form; Kazakh lists stems and the regex adds
# the plural, possessive and case endings (KK_NOUN_ENDING), so "күн", "күні", "күннің", "күндер" all match.
UNITS: dict[str, dict[str, list[str]]] = {
    "en": {
        "business_day": ["business day", "business days", "working day", "working days", "workday",
                         "workdays", "business-day", "working-day"],
        "minute": ["minute", "minutes", "min", "mins"],
        "hour": ["hour", "hours", "hr", "hrs", "h"],
        "day": ["day", "days", "calendar day", "calendar days"],
        "week": ["week", "weeks"],
        "month": ["month", "months"],
        "year": ["year", "years"],
        "percent": ["%", "percent", "per cent"],
        "usd": ["$", "usd", "dollar", "dollars"],
        "eur": ["€", "eur", "euro", "euros"],
        "kzt": ["₸", "kzt", "tenge"],
    },
    "kk": {
        "business_day": ["жұмыс күн"],
        "minute": ["минут"],
        "hour": ["сағат"],
        "day": ["күн", "күнтізбелік күн", "тәулік"],
        "week": ["апта"],
        "month": ["ай"],
        "year": ["жыл"],
        "percent": ["%", "пайыз"],
        "usd": ["$", "доллар", "usd"],
        "eur": ["€", "еуро", "eur"],
        "kzt": ["₸", "теңге", "kzt"],
    },
    "el": {
        "business_day": ["εργάσιμη ημέρα", "εργάσιμης ημέρας", "εργάσιμες ημέρες", "εργάσιμων ημερών",
                         "εργάσιμη μέρα", "εργάσιμης μέρας", "εργάσιμες μέρες", "εργάσιμων μερών",
                         "εργάσιμες", "εργάσιμων"],
        "minute": ["λεπτό", "λεπτά", "λεπτού", "λεπτών"],
        "hour": ["ώρα", "ώρας", "ώρες", "ωρών", "ω.", "ωρο", "ωρου", "ωρη", "ωρης", "ωρα"],   # "24ωρη"
        "day": ["ημέρα", "ημέρας", "ημέρες", "ημερών", "μέρα", "μέρας", "μέρες", "μερών",
                "ημερολογιακή ημέρα", "ημερολογιακές ημέρες", "ημερολογιακών ημερών",
                "ημερολογιακές μέρες", "ημερολογιακών μερών", "εικοσιτετράωρο", "εικοσιτετράωρα"],
        "week": ["εβδομάδα", "εβδομάδας", "εβδομάδες", "εβδομάδων"],
        "month": ["μήνας", "μήνα", "μήνες", "μηνών"],
        "year": ["έτος", "έτη", "ετών", "έτους", "χρόνος", "χρόνο", "χρόνου", "χρόνια", "χρόνων"],
        "percent": ["%", "τοις εκατό", "τοις εκατόν"],
        "usd": ["$", "δολάριο", "δολάρια", "δολαρίων", "usd"],
        "eur": ["€", "ευρώ", "eur"],
        "kzt": ["₸", "τένγκε", "kzt"],
    },
}

# Endings a Kazakh unit stem can take: plural, possessive, case, adjective (-лық, -гі), in any of the
# usual combinations ("күннің", "күндері", "сағаттық", "аптадан", "айлық", "жылдың").
KK_NOUN_ENDING = r"""(?: (?:лар|лер|дар|дер|тар|тер)?
                        (?:ы|і|сы|сі|ың|ің|ыңыз|іңіз|ымыз|іміз|н)?
                        (?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|а|е|да|де|та|те|нда|нде
                          |дан|ден|тан|тен|нан|нен|ды|ді|ты|ті|ны|ні|н|мен|бен|пен
                          |ғы|гі|қы|кі|лық|лік|дық|дік|тық|тік)? )"""

# Symbols written before the number ("$10", "€ 5").
PREFIX_UNITS = {"$": "usd", "€": "eur", "₸": "kzt"}

# Every canonical unit name (what a fact's `unit:` in mkdocs.yml may say).
UNIT_NAMES = sorted({u for by_unit in UNITS.values() for u in by_unit})

# --- Ranges --------------------------------------------------------------------------------------------
# Between two numbers: dashes in every language, plus words. `from` words may come before the first number.
RANGE_DASH = r"\s?[-–—]\s?"
RANGE_WORDS: dict[str, list[str]] = {
    "en": ["to", "and", "or"],      # "1 to 3", "between 1 and 3"; "1 or 2" is read as a range 1–2
    "kk": ["мен", "пен", "бен", "не", "немесе"],
    "el": ["έως", "ως", "μέχρι", "και", "με", "ή"],
}
RANGE_FROM: dict[str, list[str]] = {
    "en": ["from", "between"],
    "kk": [],
    "el": ["από", "μεταξύ"],
}
# Kazakh "1-ден 3-ке дейін" / "бірден үшке дейін": ablative, then dative followed by "дейін".
KK_FROM_SUFFIX = r"(?:дан|ден|тан|тен|нан|нен)"
KK_TO_SUFFIX = r"(?:ға|ге|қа|ке|на|не|а|е)"
KK_UNTIL = ["дейін", "шейін"]

# --- Not quantities ------------------------------------------------------------------------------------
MONTHS: dict[str, list[str]] = {
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec"],
    "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
           "қазан", "қараша", "желтоқсан"],
    "el": ["ιανουάριος", "ιανουαρίου", "φεβρουάριος", "φεβρουαρίου", "μάρτιος", "μαρτίου", "απρίλιος",
           "απριλίου", "μάιος", "μαΐου", "μαΐου", "ιούνιος", "ιουνίου", "ιούλιος", "ιουλίου", "αύγουστος",
           "αυγούστου", "σεπτέμβριος", "σεπτεμβρίου", "οκτώβριος", "οκτωβρίου", "νοέμβριος", "νοεμβρίου",
           "δεκέμβριος", "δεκεμβρίου"],
}

# A number right after one of these words is an identifier, not a quantity ("order 1123", "model 16888").
ID_WORDS: dict[str, list[str]] = {
    "en": ["order", "order number", "order no.", "no.", "model", "product", "sku", "article", "invoice",
           "ticket", "code", "ref", "reference", "version"],
    "kk": ["тапсырыс", "тапсырыс нөмірі", "нөмір", "нөмірі", "модель", "модельдің", "артикул", "тауар",
           "шот", "шот-фактура", "код", "коды", "№"],
    "el": ["παραγγελία", "παραγγελίας", "αριθμός", "αριθμό", "αρ.", "μοντέλο", "μοντέλου", "κωδικός",
           "κωδικό", "κωδικού", "προϊόν", "προϊόντος", "τιμολόγιο", "τιμολογίου"],
}

# Ordinal endings written after digits: "1st", "2-ші", "3ος" (read as the number itself).
ORDINAL_SUFFIX: dict[str, str] = {
    "en": r"(?:st|nd|rd|th)",
    "kk": r"(?:-?(?:ші|шы|інші|ыншы|нші|ншы))",
    "el": r"(?:ος|η|ο|ης|ου|ων|ες|α|οι)",
}

# Sentences whose topic decides whether a number is a policy fact: words that point AWAY from every fact
# ("refund within 14 days of receiving your return" speaks about the refund, not the return window).
OTHER_TOPICS: dict[str, list[str]] = {
    "en": ["refund", "warranty", "guarantee", "deliver", "shipping", "transit", "courier"],
    "kk": ["ақша", "кепілдік", "жеткіз", "курьер"],
    "el": ["επιστροφή χρημάτων", "επιστροφή των χρημάτων", "εγγύηση", "εγγύησης", "παράδοση", "αποστολ",
           "courier", "ταχυμεταφορ"],
}
