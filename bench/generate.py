"""Generate a synthetic help center for the benchmarks: `python bench/generate.py N OUTDIR [--no-hooks|--stock]`.

Writes OUTDIR/mkdocs.yml (derived from the repository's mkdocs.yml: same theme, features, custom_dir, plugins,
markdown extensions and hooks, with absolute paths; the navigation is a section per topic, as a help center of
hundreds of articles is organised, its titles translated with static-i18n's nav_translations) and
OUTDIR/docs/{en,kk,el}/*.md: N articles per language plus a home page.

Articles are deterministic (article i depends only on i, not on N), 150–600 English words, with question
headings, numbered steps, tips, links between articles and the policy placeholders of CONTENT-CONTRACT.md.
Every article is made of the same sentence *concepts* in the same order in every language, filled with the
same numbers, so the policy guard sees parallel quantities. Translations are stamped with the English
article's hash (helpcenter.translations), so the translation-status hook sees them up to date.

--no-hooks   the same config without `hooks:` (static-i18n and search stay): build time without our hooks.
--stock      also static-i18n's default search handling (one merged search_index.json for every language) and
             Material's own templates and search worker (no custom_dir, no extra stylesheets or scripts).
"""
from __future__ import annotations

import argparse
import datetime
import random
import re
import shutil
import sys
from pathlib import Path

import yaml

from helpcenter import mkdocs_yaml

REPO = Path(__file__).resolve().parent.parent
LANGS = ("en", "kk", "el")

# --- Vocabulary ---------------------------------------------------------------------------------------
# (en, kk, el). Kazakh and Greek sentences quote the product name (« ») and decline the noun next to it
# ("«…» тауарын", "το προϊόν «…»"), so a product name never needs a case ending of its own.
PRODUCTS = [
    ("soft rubber belt", "жұмсақ резеңке белдік", "μαλακός λαστιχένιος ιμάντας"),
    ("industrial belt", "өнеркәсіптік белдік", "βιομηχανικός ιμάντας"),
    ("running shoes", "жүгіру аяқ киімі", "παπούτσια τρεξίματος"),
    ("winter jacket", "қысқы күрте", "χειμωνιάτικο μπουφάν"),
    ("leather bag", "былғары сөмке", "δερμάτινη τσάντα"),
    ("kitchen scale", "ас үй таразысы", "ζυγαριά κουζίνας"),
    ("desk lamp", "үстел шамы", "φωτιστικό γραφείου"),
    ("wool scarf", "жүн шарф", "μάλλινο κασκόλ"),
    ("phone case", "телефон қабы", "θήκη κινητού"),
    ("garden hose", "бақша шлангісі", "λάστιχο κήπου"),
    ("drive belt", "жетек белдігі", "ιμάντας μετάδοσης"),
    ("yoga mat", "йога кілемшесі", "στρώμα γιόγκας"),
    ("water bottle", "су бөтелкесі", "παγούρι νερού"),
    ("office chair", "кеңсе орындығы", "καρέκλα γραφείου"),
    ("children's raincoat", "балалар плащы", "παιδικό αδιάβροχο"),
    ("travel backpack", "саяхат рюкзагы", "σακίδιο ταξιδιού"),
    ("cotton T-shirt", "мақта футболка", "βαμβακερό μπλουζάκι"),
    ("ceramic mug", "керамика саптыаяқ", "κεραμική κούπα"),
    ("bicycle helmet", "велосипед дулығасы", "κράνος ποδηλάτου"),
    ("electric kettle", "электр шәйнек", "ηλεκτρικός βραστήρας"),
    ("timing belt", "тісті белдік", "ιμάντας χρονισμού"),
    ("hiking boots", "жорық бәтеңкесі", "μπότες πεζοπορίας"),
    ("bed linen set", "төсек жаймасы жиынтығы", "σετ κλινοσκεπασμάτων"),
    ("wireless headphones", "сымсыз құлаққап", "ασύρματα ακουστικά"),
]

RW = "{{ policy.return_window }}"
FR = "{{ policy.first_reply }}"
PT = "{{ policy.processing_time }}"

# Sentence concepts: id -> (topic, {lang: template}). Slots: {p} product, {k} a count 2–5, {cm} a length,
# {rw}/{fr}/{pt} policy placeholders, {store}, {email}, {phone}. Facts used are found from the slots.
S = {
    # returns
    "R1": ("returns", {
        "en": "You can ask for a return within {rw} days of receiving your {p}.",
        "kk": "«{p}» тауарын алған күннен бастап {rw} күн ішінде қайтаруға өтінім бере аласыз.",
        "el": "Μπορείτε να ζητήσετε επιστροφή για το προϊόν «{p}» μέσα σε {rw} ημέρες από την παραλαβή."}),
    "R2": ("returns", {
        "en": "The return window is {rw} days and starts on the day you receive the parcel.",
        "kk": "Қайтару мерзімі {rw} күн, ол сәлемдемені алған күннен басталады.",
        "el": "Η προθεσμία επιστροφής είναι {rw} ημέρες και ξεκινά από την ημέρα που παραλαμβάνετε το δέμα."}),
    "R3": ("returns", {
        "en": "Keep the original packaging until you are sure you want to keep the item.",
        "kk": "Тауарды қалдыратыныңызға сенімді болғанша түпнұсқа қаптамасын сақтаңыз.",
        "el": "Κρατήστε την αρχική συσκευασία μέχρι να είστε σίγουροι ότι θα κρατήσετε το προϊόν."}),
    "R4": ("returns", {
        "en": "To start a return, open the contact form and choose \"Return or exchange\".",
        "kk": "Қайтаруды бастау үшін байланыс формасын ашып, «Қайтару немесе айырбастау» тармағын таңдаңыз.",
        "el": "Για να ξεκινήσετε μια επιστροφή, ανοίξτε τη φόρμα επικοινωνίας και επιλέξτε «Επιστροφή ή ανταλλαγή»."}),
    "R5": ("returns", {
        "en": "Exchanges follow the same rules as returns: ask within {rw} days and include your order number.",
        "kk": "Айырбастау қайтарумен бірдей ережелер бойынша жүреді: {rw} күн ішінде өтінім беріп, тапсырыс нөмірін көрсетіңіз.",
        "el": "Οι ανταλλαγές ακολουθούν τους ίδιους κανόνες με τις επιστροφές: ζητήστε τις μέσα σε {rw} ημέρες και αναφέρετε τον αριθμό παραγγελίας."}),
    "R6": ("returns", {
        "en": "Attach {k} photos that show the item and its label, together with the invoice.",
        "kk": "Тауар мен оның жапсырмасы көрінетін {k} фотосуретті шот-фактурамен бірге тіркеңіз.",
        "el": "Επισυνάψτε {k} φωτογραφίες που δείχνουν το προϊόν και την ετικέτα του, μαζί με το τιμολόγιο."}),
    "R7": ("returns", {
        "en": "Once we approve the request, we send you a return label by e-mail.",
        "kk": "Өтінімді мақұлдағаннан кейін біз сізге қайтару жапсырмасын электрондық пошта арқылы жібереміз.",
        "el": "Μόλις εγκρίνουμε το αίτημα, σας στέλνουμε ετικέτα επιστροφής μέσω e-mail."}),
    "R8": ("returns", {
        "en": "Items returned after {rw} days cannot be accepted, so send your request in good time.",
        "kk": "{rw} күннен кейін қайтарылған тауарлар қабылданбайды, сондықтан өтінімді уақытында жіберіңіз.",
        "el": "Προϊόντα που επιστρέφονται μετά από {rw} ημέρες δεν γίνονται δεκτά, γι' αυτό στείλτε το αίτημά σας εγκαίρως."}),
    # defects
    "D1": ("defects", {
        "en": "If your {p} arrives damaged or stops working, contact support at once.",
        "kk": "«{p}» тауары зақымдалып келсе немесе істемей қалса, дереу қолдау қызметіне хабарласыңыз.",
        "el": "Αν το προϊόν «{p}» φτάσει χαλασμένο ή σταματήσει να λειτουργεί, επικοινωνήστε αμέσως με την υποστήριξη."}),
    "D2": ("defects", {
        "en": "Describe the defect in a few words and say when you first noticed it.",
        "kk": "Ақауды бірнеше сөзбен сипаттап, оны алғаш қашан байқағаныңызды жазыңыз.",
        "el": "Περιγράψτε το ελάττωμα με λίγα λόγια και πείτε πότε το προσέξατε για πρώτη φορά."}),
    "D3": ("defects", {
        "en": "Photos of the defect and of the label help us decide quickly.",
        "kk": "Ақаудың және жапсырманың фотосуреттері шешімді тез қабылдауға көмектеседі.",
        "el": "Οι φωτογραφίες του ελαττώματος και της ετικέτας μας βοηθούν να αποφασίσουμε γρήγορα."}),
    "D4": ("defects", {
        "en": "A defective item can be returned or exchanged within {rw} days of receipt.",
        "kk": "Ақаулы тауарды алған күннен бастап {rw} күн ішінде қайтаруға немесе айырбастауға болады.",
        "el": "Για ένα ελαττωματικό προϊόν μπορείτε να ζητήσετε επιστροφή ή ανταλλαγή μέσα σε {rw} ημέρες από την παραλαβή."}),
    "D5": ("defects", {
        "en": "We check every report and reply within {fr} hours.",
        "kk": "Біз әр хабарламаны тексеріп, {fr} сағат ішінде жауап береміз.",
        "el": "Ελέγχουμε κάθε αναφορά και απαντάμε μέσα σε {fr} ώρες."}),
    "D6": ("defects", {
        "en": "Do not try to repair the item yourself, as this can make the warranty invalid.",
        "kk": "Тауарды өзіңіз жөндеуге тырыспаңыз, бұл кепілдікті жарамсыз етуі мүмкін.",
        "el": "Μην προσπαθήσετε να επισκευάσετε μόνοι σας το προϊόν, γιατί αυτό μπορεί να ακυρώσει την εγγύηση."}),
    # sizes
    "S1": ("sizes", {
        "en": "Before you buy, measure the length you need and compare it with the size in the description.",
        "kk": "Сатып алмас бұрын қажетті ұзындықты өлшеп, оны сипаттамадағы өлшеммен салыстырыңыз.",
        "el": "Πριν αγοράσετε, μετρήστε το μήκος που χρειάζεστε και συγκρίνετέ το με το μέγεθος της περιγραφής."}),
    "S2": ("sizes", {
        "en": "For example, a belt of {cm} cm fits a pulley system of the same size, not a larger one.",
        "kk": "Мысалы, ұзындығы {cm} см белдік үлкенірек емес, дәл сондай өлшемдегі шкив жүйесіне сәйкес келеді.",
        "el": "Για παράδειγμα, ένας ιμάντας {cm} εκ. ταιριάζει σε σύστημα τροχαλιών ίδιου μεγέθους, όχι σε μεγαλύτερο."}),
    "S3": ("sizes", {
        "en": "The size chart on each product page lists the measurements in centimetres.",
        "kk": "Әр тауар бетіндегі өлшемдер кестесі өлшемдерді сантиметрмен көрсетеді.",
        "el": "Ο πίνακας μεγεθών σε κάθε σελίδα προϊόντος δείχνει τις διαστάσεις σε εκατοστά."}),
    "S4": ("sizes", {
        "en": "If the {p} is not as described, take {k} photos of the item and of its label.",
        "kk": "Егер «{p}» тауары сипаттамаға сәйкес келмесе, тауар мен оның жапсырмасының {k} фотосуретін түсіріңіз.",
        "el": "Αν το προϊόν «{p}» δεν είναι όπως περιγράφεται, τραβήξτε {k} φωτογραφίες του προϊόντος και της ετικέτας του."}),
    "S5": ("sizes", {
        "en": "A wrong size can be exchanged within {rw} days if the item is unused.",
        "kk": "Өлшемі сәйкес келмеген тауарды, егер ол пайдаланылмаса, {rw} күн ішінде айырбастауға болады.",
        "el": "Για λάθος μέγεθος μπορείτε να ζητήσετε ανταλλαγή μέσα σε {rw} ημέρες, αν το προϊόν δεν έχει χρησιμοποιηθεί."}),
    "S6": ("sizes", {
        "en": "Soft rubber belts stretch slightly, while industrial belts keep their length.",
        "kk": "Жұмсақ резеңке белдіктер сәл созылады, ал өнеркәсіптік белдіктер ұзындығын сақтайды.",
        "el": "Οι μαλακοί λαστιχένιοι ιμάντες τεντώνουν λίγο, ενώ οι βιομηχανικοί ιμάντες διατηρούν το μήκος τους."}),
    # orders
    "O1": ("orders", {
        "en": "We process most orders within {pt} business days.",
        "kk": "Біз көптеген тапсырыстарды әдетте {pt} жұмыс күні ішінде өңдейміз.",
        "el": "Η επεξεργασία των περισσότερων παραγγελιών διαρκεί {pt} εργάσιμες ημέρες."}),
    "O2": ("orders", {
        "en": "Processing takes longer during sales and holidays, when many orders arrive at once.",
        "kk": "Жеңілдіктер мен мерекелер кезінде тапсырыстар көп түсетіндіктен, өңдеу ұзағырақ созылады.",
        "el": "Η επεξεργασία διαρκεί περισσότερο σε περιόδους εκπτώσεων και εορτών, όταν φτάνουν πολλές παραγγελίες μαζί."}),
    "O3": ("orders", {
        "en": "Made-to-measure items, such as cut belts, need more time than items from stock.",
        "kk": "Тапсырыс бойынша жасалатын тауарлар, мысалы, кесілген белдіктер, қоймадағы тауарларға қарағанда көбірек уақыт алады.",
        "el": "Τα προϊόντα κατά παραγγελία, όπως οι κομμένοι ιμάντες, χρειάζονται περισσότερο χρόνο από τα προϊόντα της αποθήκης."}),
    "O4": ("orders", {
        "en": "You receive an e-mail as soon as your order leaves our warehouse.",
        "kk": "Тапсырысыңыз қоймадан шыққан бойда сізге электрондық хат келеді.",
        "el": "Λαμβάνετε ένα e-mail μόλις η παραγγελία σας φύγει από την αποθήκη μας."}),
    "O5": ("orders", {
        "en": "An order with {k} items is processed as one parcel whenever possible.",
        "kk": "{k} тауардан тұратын тапсырыс мүмкіндігінше бір сәлемдеме ретінде өңделеді.",
        "el": "Μια παραγγελία με {k} προϊόντα επεξεργάζεται ως ένα δέμα όποτε είναι δυνατό."}),
    "O6": ("orders", {
        "en": "You can change the delivery address until the order is processed.",
        "kk": "Тапсырыс өңделгенге дейін жеткізу мекенжайын өзгерте аласыз.",
        "el": "Μπορείτε να αλλάξετε τη διεύθυνση παράδοσης μέχρι να γίνει η επεξεργασία της παραγγελίας."}),
    # support
    "C1": ("support", {
        "en": "Our support team replies to every request within {fr} hours.",
        "kk": "Біздің қолдау қызметі әр өтінімге {fr} сағат ішінде жауап береді.",
        "el": "Η ομάδα υποστήριξης απαντά σε κάθε αίτημα μέσα σε {fr} ώρες."}),
    "C2": ("support", {
        "en": "At peak times, such as sales and holidays, replies can be slower.",
        "kk": "Жеңілдіктер мен мерекелер сияқты қарбалас кезеңдерде жауап баяуырақ келуі мүмкін.",
        "el": "Σε περιόδους αιχμής, όπως οι εκπτώσεις και οι γιορτές, οι απαντήσεις μπορεί να αργήσουν."}),
    "C3": ("support", {
        "en": "Phone and live chat are the fastest ways to reach us.",
        "kk": "Бізбен байланысудың ең жылдам жолы телефон мен онлайн-чат.",
        "el": "Το τηλέφωνο και η ζωντανή συνομιλία είναι οι πιο γρήγοροι τρόποι να μας βρείτε."}),
    "C4": ("support", {
        "en": "Write to {email} or use the contact form, and have your order number ready.",
        "kk": "{email} мекенжайына жазыңыз немесе байланыс формасын пайдаланыңыз, тапсырыс нөміріңізді дайындап қойыңыз.",
        "el": "Γράψτε στο {email} ή χρησιμοποιήστε τη φόρμα επικοινωνίας και έχετε έτοιμο τον αριθμό της παραγγελίας σας."}),
    "C5": ("support", {
        "en": "Have the order number, photos and the invoice ready before you contact us.",
        "kk": "Бізге хабарласпас бұрын тапсырыс нөмірін, фотосуреттерді және шот-фактураны дайындап қойыңыз.",
        "el": "Πριν επικοινωνήσετε μαζί μας, έχετε έτοιμα τον αριθμό παραγγελίας, τις φωτογραφίες και το τιμολόγιο."}),
    "C6": ("support", {
        "en": "Every request gets a reply, and your feedback helps {store} improve the service.",
        "kk": "Әр өтінімге жауап беріледі, ал сіздің пікіріңіз {store} дүкеніне қызметті жақсартуға көмектеседі.",
        "el": "Κάθε αίτημα παίρνει απάντηση και τα σχόλιά σας βοηθούν το {store} να βελτιώσει την εξυπηρέτηση."}),
    "C7": ("support", {
        "en": "Support is available in English, Kazakh and Greek.",
        "kk": "Қолдау қызметі ағылшын, қазақ және грек тілдерінде жұмыс істейді.",
        "el": "Η υποστήριξη είναι διαθέσιμη στα αγγλικά, στα καζακικά και στα ελληνικά."}),
    # warranty
    "W1": ("warranty", {
        "en": "The warranty covers manufacturing defects, not wear from normal use.",
        "kk": "Кепілдік әдеттегі пайдаланудан болған тозуды емес, өндірістік ақауларды қамтиды.",
        "el": "Η εγγύηση καλύπτει τα κατασκευαστικά ελαττώματα, όχι τη φθορά από την κανονική χρήση."}),
    "W2": ("warranty", {
        "en": "Keep the invoice: it is your proof of purchase for any warranty claim.",
        "kk": "Шот-фактураны сақтаңыз: ол кепілдік талабы үшін сатып алуды растайтын құжат.",
        "el": "Κρατήστε το τιμολόγιο: είναι η απόδειξη αγοράς για κάθε αίτημα εγγύησης."}),
    "W3": ("warranty", {
        "en": "To claim, send us {k} photos of the problem together with the invoice.",
        "kk": "Талап қою үшін ақаудың {k} фотосуретін шот-фактурамен бірге жіберіңіз.",
        "el": "Για να κάνετε αίτημα, στείλτε μας {k} φωτογραφίες του προβλήματος μαζί με το τιμολόγιο."}),
    "W4": ("warranty", {
        "en": "We repair, replace or refund the item, depending on the defect.",
        "kk": "Ақауға байланысты тауарды жөндейміз, ауыстырамыз немесе ақшасын қайтарамыз.",
        "el": "Ανάλογα με το ελάττωμα, επισκευάζουμε, αντικαθιστούμε ή επιστρέφουμε τα χρήματα για το προϊόν."}),
    # general
    "G1": ("general", {
        "en": "This article explains what to do with your {p}.",
        "kk": "Бұл мақалада «{p}» тауарына қатысты не істеу керектігі түсіндіріледі.",
        "el": "Αυτό το άρθρο εξηγεί τι να κάνετε με το προϊόν «{p}»."}),
    "G2": ("general", {
        "en": "{store} wants every customer to be happy with their purchase.",
        "kk": "{store} әр сатып алушының сатып алғанына риза болғанын қалайды.",
        "el": "Το {store} θέλει κάθε πελάτης να είναι ικανοποιημένος με την αγορά του."}),
    "G3": ("general", {
        "en": "Rules can differ slightly by region because of language, culture and logistics.",
        "kk": "Тіл, мәдениет және логистика ерекшеліктеріне байланысты ережелер өңірге қарай сәл өзгеше болуы мүмкін.",
        "el": "Οι κανόνες μπορεί να διαφέρουν λίγο ανά περιοχή λόγω γλώσσας, κουλτούρας και εφοδιαστικής αλυσίδας."}),
    "G4": ("general", {
        "en": "Read the return and exchange policy before you place an order.",
        "kk": "Тапсырыс бермес бұрын қайтару және айырбастау саясатымен танысыңыз.",
        "el": "Διαβάστε την πολιτική επιστροφών και ανταλλαγών πριν κάνετε μια παραγγελία."}),
}

STEPS = [
    {"en": "Open the contact form.", "kk": "Байланыс формасын ашыңыз.", "el": "Ανοίξτε τη φόρμα επικοινωνίας."},
    {"en": "Enter your order number.", "kk": "Тапсырыс нөміріңізді енгізіңіз.",
     "el": "Συμπληρώστε τον αριθμό παραγγελίας σας."},
    {"en": "Attach photos of the {p} and its label.", "kk": "«{p}» тауары мен жапсырманың фотосуреттерін тіркеңіз.",
     "el": "Επισυνάψτε φωτογραφίες του προϊόντος «{p}» και της ετικέτας."},
    {"en": "Pack the {p} in its original packaging.", "kk": "«{p}» тауарын түпнұсқа қаптамасына салыңыз.",
     "el": "Συσκευάστε το προϊόν «{p}» στην αρχική του συσκευασία."},
    {"en": "Print the return label and stick it on the parcel.",
     "kk": "Қайтару жапсырмасын басып шығарып, сәлемдемеге жапсырыңыз.",
     "el": "Εκτυπώστε την ετικέτα επιστροφής και κολλήστε την στο δέμα."},
    {"en": "Wait for our confirmation e-mail.", "kk": "Біздің растау хатымызды күтіңіз.",
     "el": "Περιμένετε το e-mail επιβεβαίωσης."},
]

HEADINGS = {
    "returns": [
        {"en": "How long do I have to return an item?", "kk": "Тауарды қайтаруға қанша уақыт бар?",
         "el": "Πόσο χρόνο έχω για να επιστρέψω ένα προϊόν;"},
        {"en": "How do I start a return?", "kk": "Қайтаруды қалай бастаймын?", "el": "Πώς ξεκινάω μια επιστροφή;"},
        {"en": "Can I exchange an item instead?", "kk": "Тауарды айырбастауға бола ма?",
         "el": "Μπορώ να κάνω ανταλλαγή αντί για επιστροφή;"},
    ],
    "defects": [
        {"en": "What if my item arrives damaged?", "kk": "Тауар зақымдалып келсе, не істеймін?",
         "el": "Τι κάνω αν το προϊόν φτάσει χαλασμένο;"},
        {"en": "What evidence do you need?", "kk": "Қандай дәлел қажет?", "el": "Τι αποδεικτικά χρειάζεστε;"},
    ],
    "sizes": [
        {"en": "How do I choose the right size?", "kk": "Дұрыс өлшемді қалай таңдаймын?",
         "el": "Πώς επιλέγω το σωστό μέγεθος;"},
        {"en": "What if the item is not as described?", "kk": "Тауар сипаттамаға сәйкес келмесе ше?",
         "el": "Τι γίνεται αν το προϊόν δεν είναι όπως περιγράφεται;"},
        {"en": "Can I exchange the wrong size?", "kk": "Қате өлшемді айырбастауға бола ма?",
         "el": "Μπορώ να ανταλλάξω λάθος μέγεθος;"},
    ],
    "orders": [
        {"en": "How long does order processing take?", "kk": "Тапсырысты өңдеу қанша уақыт алады?",
         "el": "Πόσο διαρκεί η επεξεργασία της παραγγελίας;"},
        {"en": "Why is my order taking longer?", "kk": "Неліктен тапсырысым ұзаққа созылып жатыр?",
         "el": "Γιατί η παραγγελία μου καθυστερεί;"},
        {"en": "Can I change my order?", "kk": "Тапсырысымды өзгерте аламын ба?",
         "el": "Μπορώ να αλλάξω την παραγγελία μου;"},
    ],
    "support": [
        {"en": "How fast will support reply?", "kk": "Қолдау қызметі қаншалықты тез жауап береді?",
         "el": "Πόσο γρήγορα απαντά η υποστήριξη;"},
        {"en": "What is the fastest way to contact you?", "kk": "Сізбен қалай тез байланысуға болады?",
         "el": "Ποιος είναι ο πιο γρήγορος τρόπος επικοινωνίας;"},
        {"en": "What should I have ready?", "kk": "Нені дайындап қоюым керек?", "el": "Τι πρέπει να έχω έτοιμο;"},
    ],
    "warranty": [
        {"en": "What does the warranty cover?", "kk": "Кепілдік нені қамтиды?", "el": "Τι καλύπτει η εγγύηση;"},
        {"en": "How do I make a warranty claim?", "kk": "Кепілдік бойынша қалай талап қоямын?",
         "el": "Πώς κάνω αίτημα εγγύησης;"},
    ],
}
TOPICS = list(HEADINGS)

TITLES = {
    "returns": [{"en": "{P}: returns and exchanges", "kk": "«{p}»: қайтару және айырбастау",
                 "el": "«{p}»: επιστροφές και ανταλλαγές"},
                {"en": "Sending back your {p}", "kk": "«{p}» тауарын кері жіберу", "el": "Επιστροφή του προϊόντος «{p}»"}],
    "defects": [{"en": "{P}: defects and quality problems", "kk": "«{p}»: ақаулар және сапа мәселелері",
                 "el": "«{p}»: ελαττώματα και προβλήματα ποιότητας"},
                {"en": "Damaged {p} on arrival", "kk": "«{p}» тауары зақымдалып келді",
                 "el": "Το προϊόν «{p}» έφτασε χαλασμένο"}],
    "sizes": [{"en": "{P}: size and description", "kk": "«{p}»: өлшем және сипаттама",
               "el": "«{p}»: μέγεθος και περιγραφή"},
              {"en": "Choosing the right size of {p}", "kk": "«{p}» өлшемін дұрыс таңдау",
               "el": "Σωστό μέγεθος για το προϊόν «{p}»"}],
    "orders": [{"en": "{P}: order processing", "kk": "«{p}»: тапсырысты өңдеу", "el": "«{p}»: επεξεργασία παραγγελίας"},
               {"en": "When will my {p} be sent?", "kk": "«{p}» тауары қашан жіберіледі?",
                "el": "Πότε θα σταλεί το προϊόν «{p}»;"}],
    "support": [{"en": "{P}: contacting support", "kk": "«{p}»: қолдау қызметімен байланыс",
                 "el": "«{p}»: επικοινωνία με την υποστήριξη"},
                {"en": "Questions about your {p}", "kk": "«{p}» туралы сұрақтар", "el": "Ερωτήσεις για το προϊόν «{p}»"}],
    "warranty": [{"en": "{P}: warranty and after-sales", "kk": "«{p}»: кепілдік және сатудан кейінгі қызмет",
                  "el": "«{p}»: εγγύηση και εξυπηρέτηση μετά την πώληση"},
                 {"en": "Warranty claims for your {p}", "kk": "«{p}» бойынша кепілдік талаптары",
                  "el": "Αιτήματα εγγύησης για το προϊόν «{p}»"}],
}

DESCRIPTIONS = {
    "en": "What to do about your {p}: the rules, the evidence we need and the steps, answered by our support team.",
    "kk": "«{p}» тауары бойынша не істеу керек: ережелер, қажетті дәлелдер және қадамдар, қолдау қызметінің жауабы.",
    "el": "Τι να κάνετε για το προϊόν «{p}»: οι κανόνες, τα αποδεικτικά που χρειαζόμαστε και τα βήματα.",
}
SEE_ALSO = {"en": "See also", "kk": "Тағы қараңыз", "el": "Δείτε επίσης"}
TIP = {
    "en": ('!!! tip "Tip"', "Keep the invoice for your {p} until the return window of {rw} days has passed."),
    "kk": ('!!! tip "Кеңес"', "{rw} күндік қайтару мерзімі өткенше «{p}» тауарының шот-фактурасын сақтаңыз."),
    "el": ('!!! tip "Συμβουλή"', "Κρατήστε το τιμολόγιο για το προϊόν «{p}» μέχρι να λήξει η προθεσμία επιστροφής "
                              "των {rw} ημερών."),
}
HOME = {
    "en": ("Help center", "Answers about returns, defects, sizes, orders, support and the warranty, in one place.",
           "Welcome! Pick a topic or search for your question."),
    "kk": ("Анықтама орталығы", "Қайтару, ақаулар, өлшемдер, тапсырыстар, қолдау және кепілдік туралы жауаптар бір жерде.",
           "Қош келдіңіз! Тақырыпты таңдаңыз немесе сұрағыңызды іздеңіз."),
    "el": ("Κέντρο βοήθειας", "Απαντήσεις για επιστροφές, ελαττώματα, μεγέθη, παραγγελίες, υποστήριξη και εγγύηση.",
           "Καλώς ήρθατε! Επιλέξτε ένα θέμα ή αναζητήστε την ερώτησή σας."),
}
TOPIC_NAMES = {
    "returns": {"en": "Returns and exchanges", "kk": "Қайтару және айырбастау", "el": "Επιστροφές και ανταλλαγές"},
    "defects": {"en": "Defective items", "kk": "Ақаулы тауарлар", "el": "Ελαττωματικά προϊόντα"},
    "sizes": {"en": "Sizes and descriptions", "kk": "Өлшемдер және сипаттамалар", "el": "Μεγέθη και περιγραφές"},
    "orders": {"en": "Orders", "kk": "Тапсырыстар", "el": "Παραγγελίες"},
    "support": {"en": "Contacting support", "kk": "Қолдау қызметі", "el": "Επικοινωνία"},
    "warranty": {"en": "Warranty", "kk": "Кепілдік", "el": "Εγγύηση"},
}
FACT_SLOTS = {"rw": "return_window", "fr": "first_reply", "pt": "processing_time"}


# --- Articles -----------------------------------------------------------------------------------------

def slug(i: int, topic: str) -> str:
    return f"{topic}-{i:04d}.md"


def topic_of(i: int) -> str:
    return TOPICS[random.Random(f"topic-{i}").randrange(len(TOPICS))]


def _fill(template: str, lang: str, slots: dict) -> str:
    return template.format(**slots[lang])


def article(i: int, n: int) -> dict[str, str]:
    """Article i (of n) in every language: {lang: markdown}. Depends only on i and n (for links)."""
    rng, topic, prod, target_words, title_t = _head(i)
    slots = {}
    for li, lang in enumerate(LANGS):
        slots[lang] = {"p": prod[li], "P": prod[li][:1].upper() + prod[li][1:],
                       "rw": RW, "fr": FR, "pt": PT, "store": "{{ store }}", "email": "{{ contact.email }}"}

    own = [sid for sid, (t, _) in S.items() if t == topic]
    other = [sid for sid, (t, _) in S.items() if t != topic]
    used_slots: set[str] = set()
    blocks: list[list] = []   # each block: ("h", heading) | ("p", [sentence ids+numbers]) | ("steps", [...]) | ("tip",)

    decks: dict[int, list[str]] = {}

    def sentence(pool):
        """Draw without replacement (a reshuffled deck when it runs out), so sentences rarely repeat."""
        deck = decks.setdefault(id(pool), [])
        if not deck:
            deck.extend(rng.sample(pool, len(pool)))
        sid = deck.pop()
        return (sid, rng.randint(2, 5), rng.choice((50, 75, 90, 120, 150, 180)))

    words = 0
    first = [("G1", 0, 0)] + [sentence(own) for _ in range(rng.randint(1, 2))]
    blocks.append(("p", first))
    headings = [h for t in TOPICS if t != topic for h in HEADINGS[t]]
    headings = rng.sample(headings, len(headings))
    used_headings = 0
    en_words = lambda text: len(re.findall(r"\w+", text))  # noqa: E731
    words += sum(en_words(S[s][1]["en"]) for s, _, _ in first)
    while words < target_words:
        if used_headings < len(HEADINGS[topic]):
            h = HEADINGS[topic][used_headings]
        else:
            h = headings[(used_headings - len(HEADINGS[topic])) % len(headings)]
        used_headings += 1
        blocks.append(("h", h))
        pool = own if rng.random() < 0.7 else other
        para = [sentence(pool) for _ in range(rng.randint(2, 5))]
        para = list({s[0]: s for s in para}.values())  # a reshuffle may repeat one inside a paragraph
        blocks.append(("p", para))
        words += en_words(h["en"]) + sum(en_words(S[s][1]["en"]) for s, _, _ in para)
        roll = rng.random()
        if roll < 0.2:
            steps = STEPS[: rng.randint(3, len(STEPS))]
            blocks.append(("steps", steps))
            words += sum(en_words(s["en"]) for s in steps)
        elif roll < 0.3:
            blocks.append(("tip",))
            words += 12
    links = sorted({rng.randrange(n) for _ in range(rng.randint(1, 3))} - {i})

    out = {}
    for lang in LANGS:
        title = title_t[lang].format(**slots[lang])
        body: list[str] = [f"# {title}", ""]
        facts: set[str] = set()
        for block in blocks:
            if block[0] == "h":
                body += [f"## {block[1][lang]}", ""]
            elif block[0] == "p":
                text = []
                for sid, k, cm in block[1]:
                    tmpl = S[sid][1][lang]
                    facts.update(FACT_SLOTS[s] for s in FACT_SLOTS if "{" + s + "}" in tmpl)
                    text.append(tmpl.format(**slots[lang], k=k, cm=cm))
                body += [" ".join(text), ""]
            elif block[0] == "steps":
                body += [f"{j}. {step[lang].format(**slots[lang])}" for j, step in enumerate(block[1], 1)] + [""]
            else:
                head, line = TIP[lang]
                facts.add("return_window")
                body += [head, "    " + line.format(**slots[lang]), ""]
        if links:
            refs = ", ".join(f"[{link_title(j, lang)}]({slug(j, topic_of(j))})" for j in links)
            body += [f"{SEE_ALSO[lang]}: {refs}.", ""]
        out[lang] = {"title": title, "description": DESCRIPTIONS[lang].format(**slots[lang]),
                     "updated": datetime.date(2025, rng.randint(1, 12), rng.randint(1, 28)) if lang == "en" else None,
                     "policy": sorted(facts), "body": "\n".join(body)}
    for lang in LANGS[1:]:
        out[lang]["updated"] = out["en"]["updated"]
    return out


def _head(i: int):
    """The random stream of article i, and what is drawn first: topic, product, length, title template."""
    rng = random.Random(f"article-{i}")
    topic = topic_of(i)
    prod = PRODUCTS[rng.randrange(len(PRODUCTS))]
    target_words = rng.randint(150, 530)  # a section may overshoot by ~70 words: 150–600 in all
    title_t = rng.choice(TITLES[topic])
    return rng, topic, prod, target_words, title_t


def link_title(j: int, lang: str) -> str:
    _, _, prod, _, title_t = _head(j)
    p = prod[LANGS.index(lang)]
    return title_t[lang].format(p=p, P=p[:1].upper() + p[1:])


def render_md(page: dict, extra: dict | None = None) -> str:
    front = {"title": page["title"], "description": page["description"], "updated": page["updated"],
             "policy": page["policy"]}
    front.update(extra or {})
    fm = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)
    return f"---\n{fm}---\n\n{page['body']}"


def home(lang: str, n: int) -> str:
    title, desc, welcome = HOME[lang]
    lines = [f"# {title}", "", welcome, ""]
    by_topic: dict[str, list[int]] = {}
    for i in range(n):
        by_topic.setdefault(topic_of(i), []).append(i)
    for topic in TOPICS:
        if topic not in by_topic:
            continue
        lines += [f"## {TOPIC_NAMES[topic][lang]}", ""]
        lines += [f"- [{link_title(i, lang)}]({slug(i, topic)})" for i in by_topic[topic][:8]] + [""]
    return render_md({"title": title, "description": desc, "updated": datetime.date(2025, 7, 3), "policy": [],
                      "body": "\n".join(lines)})


# --- mkdocs.yml -----------------------------------------------------------------------------------------

def nav_by_topic(n: int) -> list:
    """The home page, then one section per topic with its articles (English titles; see nav_translations)."""
    by_topic: dict[str, list[str]] = {}
    for i in range(n):
        by_topic.setdefault(topic_of(i), []).append(slug(i, topic_of(i)))
    return ["index.md"] + [{TOPIC_NAMES[t]["en"]: by_topic[t]} for t in TOPICS if t in by_topic]


def derive_config(source: Path, out: Path, docs: Path, n_articles: int, *, hooks: bool = True,
                  stock: bool = False) -> dict:
    data = mkdocs_yaml.load(source.read_text(encoding="utf-8"))
    root = source.resolve().parent
    data["docs_dir"] = str(docs.resolve())
    data["site_dir"] = str((out.parent / "site").resolve())
    data["site_url"] = "https://help.example.com/"
    data["nav"] = nav_by_topic(n_articles)
    for plugin in data.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            for language in plugin["i18n"].get("languages", []):
                if language.get("locale") != "en":
                    language["nav_translations"] = {names["en"]: names[language["locale"]]
                                                    for names in TOPIC_NAMES.values()}
    data.pop("watch", None)      # folders make serve watches, relative to the repository; not built from here
    theme = data.get("theme") or {}
    if theme.get("custom_dir"):
        custom = (root / theme["custom_dir"]).resolve()
        if not hooks:
            # overrides/404.html renders what hooks/i18n.py provides (`hc`); without hooks, Material's own
            # 404 page stands in for it. Every other template is the same.
            copy = out.parent / "overrides-nohooks"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(custom, copy, ignore=lambda d, names: ["404.html"] if Path(d) == custom else [])
            custom = copy
        theme["custom_dir"] = str(custom)
    extra = data.setdefault("extra", {})
    if "top_articles" in extra:
        extra["top_articles"] = [slug(i, topic_of(i)) for i in range(min(5, n_articles))]
    if hooks and data.get("hooks"):
        data["hooks"] = [str((root / h).resolve()) for h in data["hooks"]]
    else:
        data.pop("hooks", None)
    if stock:
        # stock: Material's own templates (its search worker, not ours) without our stylesheets and scripts; only
        # the Kazakh UI strings are ours (Material ships none: without them the stock build stops on kk)
        stock_dir = out.parent / "overrides-stock"
        shutil.rmtree(stock_dir, ignore_errors=True)
        shutil.copytree(root / theme["custom_dir"] / "partials" / "languages", stock_dir / "partials" / "languages")
        theme["custom_dir"] = str(stock_dir.resolve())
        data.pop("extra_css", None)
        data.pop("extra_javascript", None)
        for plugin in data.get("plugins", []):
            if isinstance(plugin, dict) and "i18n" in plugin:
                plugin["i18n"].pop("reconfigure_search", None)
                plugin["i18n"].pop("reconfigure_material", None)
    out.write_text(mkdocs_yaml.dump(data), encoding="utf-8")
    return data


def generate(n: int, outdir: Path, *, source: Path = REPO / "mkdocs.yml") -> Path:
    """Write OUTDIR/docs/** and OUTDIR/mkdocs.yml (+ mkdocs-nohooks.yml, mkdocs-stock.yml). Returns the docs dir."""
    sys.path.insert(0, str(REPO))
    from helpcenter.translations import source_hash  # plain Python, no MkDocs

    outdir = Path(outdir)
    docs = outdir / "docs"
    for lang in LANGS:
        d = docs / lang
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("*.md"):
            old.unlink()
    en_home = home("en", n)
    (docs / "en" / "index.md").write_text(en_home, encoding="utf-8")
    for lang in LANGS[1:]:
        text = home(lang, n)
        text = text.replace("\n---\n", f"\nsource_hash: {source_hash(en_home)}\n---\n", 1)
        (docs / lang / "index.md").write_text(text, encoding="utf-8")
    for i in range(n):
        pages = article(i, n)
        name = slug(i, topic_of(i))
        en = render_md(pages["en"])
        (docs / "en" / name).write_text(en, encoding="utf-8")
        stamp = {"source_hash": source_hash(en)}
        for lang in LANGS[1:]:
            (docs / lang / name).write_text(render_md(pages[lang], stamp), encoding="utf-8")
    derive_config(source, outdir / "mkdocs.yml", docs, n)
    derive_config(source, outdir / "mkdocs-nohooks.yml", docs, n, hooks=False)
    derive_config(source, outdir / "mkdocs-stock.yml", docs, n, hooks=False, stock=True)
    return docs


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="articles per language")
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    generate(args.n, args.outdir)
    print(f"{args.outdir}: {args.n} articles in each of {', '.join(LANGS)} (+ home pages); "
          f"mkdocs.yml, mkdocs-nohooks.yml, mkdocs-stock.yml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
