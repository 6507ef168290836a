"""Interface strings of our own components (Material's own strings live in its language partials).

Every language has every key; a test checks that, so a new component cannot ship half-translated.
"""
from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "site_name": "{store} Help Center",
        "site_description": "Answers from {store} about returns, exchanges, defective items, sizes, orders and support.",
        "not_translated": "This article has not been translated into English yet. Here is the original.",
        "not_translated_link": "Read it in another language",
        "updated": "Last updated",
        "suggest.text": "This help center is also available in English.",
        "suggest.go": "Read in English",
        "suggest.stay": "No, thanks",
        "suggest.label": "Language suggestion",
        "404.title": "Page not found",
        "404.text": "We could not find this page. It may have moved. Search the help center or start with one of these articles:",
        "404.search": "Search the help center",
        "404.search.button": "Search",
        "404.home": "Go to the help center home page",
        "languages": "Languages",
        # The search's answer when nothing matches: {query} is what the reader typed, {word}
        # the closest word the index knows.
        "search.empty.title": "No article matches “{query}”.",
        "search.empty.hint": "Try other or fewer words, or ask us: a member of our team will help.",
        "search.empty.popular": "Popular articles",
        "search.empty.contact": "Contact us",
        "search.empty.suggest": "Did you mean {word}?",
        "contact.box.title": "Describe your problem",
        "contact.box.hint": "Type a few words. The answers that match best appear below as you type.",
        "contact.box.results": "Answers that may help",
        "contact.status.none": "No matching answer yet. Try other words, or contact us below.",
        "contact.status.one": "1 answer found.",
        "contact.status.other": "{n} answers found.",
        "contact.read_more": "Read the full article",
        "contact.open_question": "Open this question in the FAQ",
        "contact.faq_link": "Browse all frequently asked questions",
        "contact.channels.title": "Contact support",
        "contact.channel.form": "Contact form",
        "contact.channel.form.action": "Open the contact form",
        "contact.channel.email": "E-mail",
        "contact.channel.phone": "Phone",
        "contact.channel.chat": "Live chat",
        "contact.channel.chat.action": "Start a chat",
        "contact.faster": "faster",
        "contact.expect.title": "What to expect",
        "contact.expect.first_reply.one": "We usually send a first reply within {first_reply} hour.",
        "contact.expect.first_reply.other": "We usually send a first reply within {first_reply} hours.",
        "contact.expect.peak": "At peak times (sales, holidays) replies can take longer.",
        "contact.expect.faster": "Phone and live chat are faster.",
        "contact.ready.title": "Have this ready",
        "contact.ready.order": "Your order number",
        "contact.ready.photos": "Photos of the item and its label",
        "contact.ready.invoice": "Your proof of purchase",
    },
    "kk": {
        "site_name": "{store} анықтама орталығы",
        "site_description": "{store}: тауарды қайтару мен ауыстыру, ақаулы тауар, өлшем, тапсырыс және қолдау қызметі туралы жауаптар.",
        "not_translated": "Бұл мақала әлі қазақ тіліне аударылмаған. Төменде оның ағылшынша нұсқасы берілген.",
        "not_translated_link": "Басқа тілде оқу",
        "updated": "Соңғы жаңартылған күні",
        "suggest.text": "Бұл анықтама орталығы қазақ тілінде де бар.",
        "suggest.go": "Қазақша оқу",
        "suggest.stay": "Жоқ, рақмет",
        "suggest.label": "Тіл таңдау ұсынысы",
        "404.title": "Бет табылмады",
        "404.text": "Бұл бетті таба алмадық, ол басқа жерге көшірілген болуы мүмкін. Анықтама орталығынан іздеп көріңіз немесе мына мақалалардан бастаңыз:",
        "404.search": "Анықтама орталығынан іздеу",
        "404.search.button": "Іздеу",
        "404.home": "Анықтама орталығының басты бетіне өту",
        "languages": "Тілдер",
        "search.empty.title": "«{query}» бойынша мақала табылмады.",
        "search.empty.hint": "Басқа немесе азырақ сөзбен іздеп көріңіз, не бізге жазыңыз: маманымыз көмектеседі.",
        "search.empty.popular": "Көп оқылатын мақалалар",
        "search.empty.contact": "Бізге хабарласыңыз",
        "search.empty.suggest": "Мүмкін, «{word}» деп іздегіңіз келді ме?",
        "contact.box.title": "Мәселеңізді сипаттаңыз",
        "contact.box.hint": "Бірнеше сөз жазыңыз. Ең сәйкес жауаптар жазып отырғанда төменде шығады.",
        "contact.box.results": "Көмектесуі мүмкін жауаптар",
        "contact.status.none": "Сәйкес жауап әзірге табылмады. Басқа сөздермен жазып көріңіз немесе төмендегі арналар арқылы хабарласыңыз.",
        "contact.status.one": "1 жауап табылды.",
        "contact.status.other": "{n} жауап табылды.",
        "contact.read_more": "Толық мақаланы оқу",
        "contact.open_question": "Бұл сұрақты жиі қойылатын сұрақтар бетінде ашу",
        "contact.faq_link": "Жиі қойылатын сұрақтардың бәрін қарау",
        "contact.channels.title": "Қолдау қызметіне хабарласу",
        "contact.channel.form": "Байланыс формасы",
        "contact.channel.form.action": "Байланыс формасын ашу",
        "contact.channel.email": "Электрондық пошта",
        "contact.channel.phone": "Телефон",
        "contact.channel.chat": "Онлайн-чат",
        "contact.channel.chat.action": "Чатты бастау",
        "contact.faster": "жылдамырақ",
        "contact.expect.title": "Не күтуге болады",
        "contact.expect.first_reply.one": "Әдетте алғашқы жауапты {first_reply} сағат ішінде жібереміз.",
        "contact.expect.first_reply.other": "Әдетте алғашқы жауапты {first_reply} сағат ішінде жібереміз.",
        "contact.expect.peak": "Қарбалас кезеңдерде (жеңілдіктер, мерекелер) жауап ұзағырақ келуі мүмкін.",
        "contact.expect.faster": "Телефон мен онлайн-чат арқылы жауап жылдамырақ.",
        "contact.ready.title": "Мыналарды дайындап қойыңыз",
        "contact.ready.order": "Тапсырыс нөмірі",
        "contact.ready.photos": "Тауардың және оның затбелгісінің фотосуреттері",
        "contact.ready.invoice": "Чек",
    },
    "el": {
        "site_name": "Κέντρο βοήθειας {store}",
        "site_description": "Απαντήσεις από το {store} για επιστροφές, ανταλλαγές, ελαττωματικά προϊόντα, μεγέθη, παραγγελίες και υποστήριξη.",
        "not_translated": "Αυτό το άρθρο δεν έχει μεταφραστεί ακόμη στα ελληνικά. Ακολουθεί η αγγλική του έκδοση.",
        "not_translated_link": "Διαβάστε το σε άλλη γλώσσα",
        "updated": "Τελευταία ενημέρωση",
        "suggest.text": "Το κέντρο βοήθειας είναι διαθέσιμο και στα ελληνικά.",
        "suggest.go": "Ανάγνωση στα ελληνικά",
        "suggest.stay": "Όχι, ευχαριστώ",
        "suggest.label": "Πρόταση γλώσσας",
        "404.title": "Η σελίδα δεν βρέθηκε",
        "404.text": "Δεν βρήκαμε αυτή τη σελίδα· ίσως έχει μετακινηθεί. Αναζητήστε στο κέντρο βοήθειας ή ξεκινήστε από ένα από αυτά τα άρθρα:",
        "404.search": "Αναζήτηση στο κέντρο βοήθειας",
        "404.search.button": "Αναζήτηση",
        "404.home": "Μετάβαση στην αρχική σελίδα του κέντρου βοήθειας",
        "languages": "Γλώσσες",
        "search.empty.title": "Κανένα άρθρο δεν ταιριάζει με «{query}».",
        "search.empty.hint": "Δοκιμάστε άλλες ή λιγότερες λέξεις ή γράψτε μας: κάποιος από την ομάδα μας θα σας βοηθήσει.",
        "search.empty.popular": "Δημοφιλή άρθρα",
        "search.empty.contact": "Επικοινωνήστε μαζί μας",
        "search.empty.suggest": "Μήπως εννοείτε «{word}»;",
        "contact.box.title": "Περιγράψτε το πρόβλημά σας",
        "contact.box.hint": "Γράψτε λίγες λέξεις. Οι πιο σχετικές απαντήσεις εμφανίζονται από κάτω καθώς γράφετε.",
        "contact.box.results": "Απαντήσεις που μπορεί να βοηθήσουν",
        "contact.status.none": "Δεν βρέθηκε ακόμη σχετική απάντηση. Δοκιμάστε άλλες λέξεις ή επικοινωνήστε μαζί μας παρακάτω.",
        "contact.status.one": "Βρέθηκε 1 απάντηση.",
        "contact.status.other": "Βρέθηκαν {n} απαντήσεις.",
        "contact.read_more": "Διαβάστε ολόκληρο το άρθρο",
        "contact.open_question": "Άνοιγμα της ερώτησης στις συχνές ερωτήσεις",
        "contact.faq_link": "Δείτε όλες τις συχνές ερωτήσεις",
        "contact.channels.title": "Επικοινωνία με την υποστήριξη",
        "contact.channel.form": "Φόρμα επικοινωνίας",
        "contact.channel.form.action": "Ανοίξτε τη φόρμα επικοινωνίας",
        "contact.channel.email": "Ηλεκτρονικό ταχυδρομείο",
        "contact.channel.phone": "Τηλέφωνο",
        "contact.channel.chat": "Ζωντανή συνομιλία",
        "contact.channel.chat.action": "Ξεκινήστε συνομιλία",
        "contact.faster": "ταχύτερα",
        "contact.expect.title": "Τι να περιμένετε",
        "contact.expect.first_reply.one": "Συνήθως στέλνουμε την πρώτη απάντηση μέσα σε {first_reply} ώρα.",
        "contact.expect.first_reply.other": "Συνήθως στέλνουμε την πρώτη απάντηση μέσα σε {first_reply} ώρες.",
        "contact.expect.peak": "Σε περιόδους αιχμής (εκπτώσεις, γιορτές) η απάντηση μπορεί να αργήσει περισσότερο.",
        "contact.expect.faster": "Το τηλέφωνο και η ζωντανή συνομιλία είναι ταχύτερα.",
        "contact.ready.title": "Έχετε έτοιμα",
        "contact.ready.order": "Τον αριθμό της παραγγελίας",
        "contact.ready.photos": "Φωτογραφίες του προϊόντος και της ετικέτας του",
        "contact.ready.invoice": "Την απόδειξη αγοράς",
    },
}


def strings(lang: str) -> dict[str, str]:
    """The strings of a language, falling back key by key to English."""
    merged = dict(STRINGS["en"])
    merged.update(STRINGS.get(lang, {}))
    return merged


def suggestion_for(navigator_languages: list[str], available: list[str], default: str) -> str | None:
    """Which language to suggest on a first visit, from navigator.languages (mirrors suggest.js).

    Kazakh for 'kk' and for Russian as used in Kazakhstan ('ru-KZ'); otherwise the first
    preferred language the site has. None when that is the default language.
    """
    for tag in navigator_languages:
        tag = tag.strip()
        low = tag.lower()
        primary = low.split("-")[0]
        if low == "ru-kz":
            primary = "kk"
        if primary in available:
            return None if primary == default else primary
    return None


_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    # Kazakh month names, used after the day in "2025 жылғы 3 шілде".
    "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
           "қазан", "қараша", "желтоқсан"],
    # Greek months in the genitive, as dates are written: "3 Ιουλίου 2025".
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
           "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
}


def format_date(lang: str, value) -> str:
    """A front-matter date as readers of the language write it; unparseable values unchanged."""
    import datetime as _dt

    if isinstance(value, _dt.date):
        day = value
    else:
        try:
            day = _dt.date.fromisoformat(str(value))
        except ValueError:
            return str(value)
    months = _MONTHS.get(lang, _MONTHS["en"])
    month = months[day.month - 1]
    if lang == "kk":
        return f"{day.year} жылғы {day.day} {month}"
    if lang == "el":
        return f"{day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year}"
