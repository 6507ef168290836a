/*
 * Help center search: per-language word analysis (folding to a per-language skeleton, stop words,
 * stemmers), the JavaScript twin of helpcenter/search/text.py and porter.py.
 * tests/unit/test_search_parity.py runs both over several hundred words and requires identical
 * output: change both or neither. Plain ES2015, no build step, no dependencies.
 *
 * Used by the search engine (engine.js, in our search worker and in Node for the tests) and by the
 * highlighter on the page a result leads to (highlight.js). indexTerms/queryTerms are the seam
 * through which every language's analysis passes.
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory(require("./russian.js"))
  else root.HcAnalysis = factory(root.HcRussian)
})(typeof self !== "undefined" ? self : this, function (HcRussian) {
  "use strict"

  var MARKS = /[\u0300-\u036f]/g

  function mapChars(s, table) {
    var out = ""
    for (var i = 0; i < s.length; i++) {
      var c = s[i]
      out += Object.prototype.hasOwnProperty.call(table, c) ? table[c] : c
    }
    return out
  }

  function replacePairs(s, pairs) {
    for (var i = 0; i < pairs.length; i++) s = s.split(pairs[i][0]).join(pairs[i][1])
    return s
  }

  function zip(a, b) {
    var t = {}
    for (var i = 0; i < a.length; i++) t[a[i]] = b[i]
    return t
  }

  function bySuffixOrder(list) {
    var uniq = list.filter(function (s, i) { return list.indexOf(s) === i })
    return uniq.sort(function (a, b) {
      if (a.length !== b.length) return b.length - a.length
      return a < b ? -1 : a > b ? 1 : 0
    })
  }

  function setOf(words) {
    var t = Object.create(null)
    words.split(" ").forEach(function (w) { if (w) t[w] = true })
    return t
  }

  /* Kazakh ------------------------------------------------------------------------------ */

  var KK_PRE = { "ş": "ш", "ç": "ч", "ğ": "г", "ı": "и", "ñ": "н", "ý": "у" }
  var KK_DIGRAPHS = [["sh", "ш"], ["ch", "ч"], ["zh", "ж"], ["kh", "х"], ["gh", "г"], ["ts", "ц"]]
  var KK_LATIN = zip("abcdefghijklmnopqrstuvwxyz", "абцдефгхижклмнопкрстуувхиз")
  var KK_CYR = {
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
    "ы": "и", "й": "и", "ё": "е", "э": "е", "я": "иа", "ю": "иу", "щ": "ш", "ъ": "", "ь": ""
  }
  var KK_KEEP = /[^0-9а-я]/g
  var KK_MIN_STEM = 3
  var KK_CLASSES = [
    ["нин", "дин", "тин", "га", "ге", "ка", "ке", "на", "не", "ни", "ди", "ти",
      "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен",
      "мен", "бен", "пен"],
    ["имиз", "иниз", "миз", "низ", "им", "ин", "си", "и", "ли"],
    ["лар", "лер", "дар", "дер", "тар", "тер"],
    ["ади", "еди", "иди", "атин", "етин", "итин", "ган", "ген", "кан", "кен", "ип", "у",
      "са", "се", "сиз"],
    ["ил"]
  ].map(bySuffixOrder)
  var KK_VOWELS_BEFORE_SI = "аеоу"
  var KK_VOICELESS = { "б": "п", "г": "к" }
  var KK_STOP = setOf(
    "жане мен бен пен да де та те бул ол не немесе ушин ма ме ба бе па пе калаи канша кашан " +
    "кандаи кими каиси каида неге болади бола болама бар жок оси сол биз сиз менин сизге " +
    "сизди сизин бизге биздин бизди ал бирак егер онда керек")

  function foldKk(word) {
    var s = mapChars(word.toLowerCase(), KK_PRE)
    s = s.normalize("NFD").replace(MARKS, "")
    s = replacePairs(s, KK_DIGRAPHS)
    s = mapChars(s, KK_LATIN)
    s = mapChars(s, KK_CYR)
    s = s.split("нг").join("н")
    return s.replace(KK_KEEP, "")
  }

  function stemKk(s) {
    var first = 0
    while (first < KK_CLASSES.length) {
      var bestLen = 0, bestClass = -1
      for (var k = first; k < KK_CLASSES.length; k++) {
        var endings = KK_CLASSES[k]
        for (var i = 0; i < endings.length; i++) {
          var suf = endings[i]
          if (s.length - suf.length < KK_MIN_STEM || s.slice(-suf.length) !== suf) continue
          if (suf === "си" && KK_VOWELS_BEFORE_SI.indexOf(s[s.length - 3]) < 0) continue
          if (suf.length > bestLen) { bestLen = suf.length; bestClass = k }
        }
      }
      if (bestClass < 0) break
      s = s.slice(0, -bestLen)
      first = bestClass + 1
      var last = s[s.length - 1]
      if (KK_VOICELESS[last]) s = s.slice(0, -1) + KK_VOICELESS[last]
    }
    return s
  }

  /* Greek ------------------------------------------------------------------------------- */

  var EL_GREEK_MULTI = [
    ["ου", "u"], ["ει", "i"], ["οι", "i"], ["υι", "i"], ["αι", "e"], ["αυ", "av"], ["ευ", "ev"],
    ["γγ", "g"], ["γκ", "g"], ["γχ", "gh"], ["μπ", "b"], ["ντ", "d"], ["τσ", "ts"], ["τζ", "tz"]
  ]
  var EL_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "i", "φ": "f", "χ": "h", "ψ": "ps", "ω": "o"
  }
  var EL_LATIN_MULTI = [
    ["8", "th"], ["ou", "u"], ["ui", "i"], ["ng", "g"], ["ch", "h"], ["kh", "h"], ["ph", "f"], ["ei", "i"], ["oi", "i"],
    ["ai", "e"], ["au", "av"], ["eu", "ev"], ["ay", "av"], ["ey", "ev"], ["af", "av"],
    ["ef", "ev"], ["gk", "g"], ["mp", "b"], ["nt", "d"]
  ]
  var EL_LATIN = { "x": "h", "w": "o", "y": "i", "c": "k", "q": "k", "j": "g", "b": "v" }
  var EL_DOUBLE = /([a-z])\1+/g
  var EL_KEEP = /[^0-9a-z]/g
  var EL_MIN_STEM = 3
  var GREEK_SUFFIXES = bySuffixOrder([
    "ies", "ion", "ia", "ias", "es", "os", "us", "u", "on", "as", "is", "a", "e", "i", "o",
    "ikos", "iki", "iko", "ika", "ume", "ete", "ate", "usan", "ontas", "ondas", "ike", "ika",
    "ikan", "ithike", "isi", "isis", "isi", "menos", "meni", "meno", "mena", "mata", "ma",
    "eis", "ite", "ete", "ame", "ane", "an", "en", "odos", "oda", "odon"
  ])
  var EL_STOP = setOf(
    "o i to ta ton tin tis tu ti tus ke na tha se sto sti stin ston sta stis stus apo me gia " +
    "pos pu poso posa pote ena enas mia mu su sas mas ine den an otan ali alla oso osa ii " +
    "ego esi emis esis aftos afti afto")

  function foldEl(word) {
    var s = word.toLowerCase().normalize("NFD").replace(MARKS, "")
    s = replacePairs(s, EL_GREEK_MULTI)
    s = mapChars(s, EL_GREEK)
    s = replacePairs(s, EL_LATIN_MULTI)
    s = mapChars(s, EL_LATIN)
    s = s.replace(EL_KEEP, "")
    if (s.length > 1 && s.slice(-1) === "h" && s.slice(-2) !== "th") s = s.slice(0, -1) + "i"
    return s.replace(EL_DOUBLE, "$1")
  }

  function stemEl(s) {
    for (var i = 0; i < GREEK_SUFFIXES.length; i++) {
      var suf = GREEK_SUFFIXES[i]
      if (s.length - suf.length >= EL_MIN_STEM && s.slice(-suf.length) === suf)
        return s.slice(0, -suf.length)
    }
    return s
  }

  /* English: Porter (1980) as in the paper, and lunr's stop words ---------------------- */

  var EN_KEEP = /[^0-9a-z]/g
  var EN_STOP = setOf(
    "a able about across after all almost also am among an and any are as at be because been " +
    "but by can cannot could dear did do does either else ever every for from get got had has " +
    "have he her hers him his how however i if in into is it its just least let like likely " +
    "may me might most must my neither no nor not of off often on only or other our own " +
    "rather said say says she should since so some than that the their them then there these " +
    "they this tis to too twas us wants was we were what when where which while who whom why " +
    "will with would yet you your")

  function cons(w, i) {
    var c = w[i]
    if ("aeiou".indexOf(c) >= 0) return false
    if (c === "y") return i === 0 || !cons(w, i - 1)
    return true
  }
  function measure(stem) {
    var m = 0, prevVowel = false
    for (var i = 0; i < stem.length; i++) {
      var vowel = !cons(stem, i)
      if (prevVowel && !vowel) m++
      prevVowel = vowel
    }
    return m
  }
  function hasVowel(stem) {
    for (var i = 0; i < stem.length; i++) if (!cons(stem, i)) return true
    return false
  }
  function doubleCons(w) {
    return w.length >= 2 && w[w.length - 1] === w[w.length - 2] && cons(w, w.length - 1)
  }
  function cvc(w) {
    var n = w.length
    return n >= 3 && cons(w, n - 3) && !cons(w, n - 2) && cons(w, n - 1) &&
      "wxy".indexOf(w[n - 1]) < 0
  }
  function ends(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s }

  var STEP2 = [
    ["ational", "ate"], ["tional", "tion"], ["enci", "ence"], ["anci", "ance"], ["izer", "ize"],
    ["abli", "able"], ["alli", "al"], ["entli", "ent"], ["eli", "e"], ["ousli", "ous"],
    ["ization", "ize"], ["ation", "ate"], ["ator", "ate"], ["alism", "al"], ["iveness", "ive"],
    ["fulness", "ful"], ["ousness", "ous"], ["aliti", "al"], ["iviti", "ive"], ["biliti", "ble"]
  ]
  var STEP3 = [
    ["icate", "ic"], ["ative", ""], ["alize", "al"], ["iciti", "ic"], ["ical", "ic"], ["ful", ""],
    ["ness", ""]
  ]
  var STEP4 = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
    "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"]

  function longest(w, table) {
    var best = null
    for (var i = 0; i < table.length; i++) {
      var s = Array.isArray(table[i]) ? table[i][0] : table[i]
      var b = best === null ? null : Array.isArray(best) ? best[0] : best
      if (ends(w, s) && (best === null || s.length > b.length)) best = table[i]
    }
    return best
  }

  function stemEn(w) {
    if (w.length <= 2) return w
    if (ends(w, "sses")) w = w.slice(0, -2)
    else if (ends(w, "ies")) w = w.slice(0, -2)
    else if (ends(w, "ss")) { /* keep */ }
    else if (ends(w, "s")) w = w.slice(0, -1)
    var again = false
    if (ends(w, "eed")) {
      if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1)
    } else if (ends(w, "ed") && hasVowel(w.slice(0, -2))) {
      w = w.slice(0, -2); again = true
    } else if (ends(w, "ing") && hasVowel(w.slice(0, -3))) {
      w = w.slice(0, -3); again = true
    }
    if (again) {
      if (ends(w, "at") || ends(w, "bl") || ends(w, "iz")) w += "e"
      else if (doubleCons(w) && "lsz".indexOf(w[w.length - 1]) < 0) w = w.slice(0, -1)
      else if (measure(w) === 1 && cvc(w)) w += "e"
    }
    if (ends(w, "y") && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + "i"
    var tables = [STEP2, STEP3]
    for (var t = 0; t < tables.length; t++) {
      var hit = longest(w, tables[t])
      if (hit && measure(w.slice(0, w.length - hit[0].length)) > 0)
        w = w.slice(0, w.length - hit[0].length) + hit[1]
    }
    var h4 = longest(w, STEP4)
    if (h4) {
      var base = w.slice(0, w.length - h4.length)
      if (measure(base) > 1 && (h4 !== "ion" || ends(base, "s") || ends(base, "t"))) w = base
    }
    if (ends(w, "e")) {
      var b5 = w.slice(0, -1), m = measure(b5)
      if (m > 1 || (m === 1 && !cvc(b5))) w = b5
    }
    if (measure(w) > 1 && doubleCons(w) && ends(w, "l")) w = w.slice(0, -1)
    return w
  }

  function foldEn(word) {
    return word.toLowerCase().normalize("NFD").replace(MARKS, "").replace(EN_KEEP, "")
  }

  /* Shared ------------------------------------------------------------------------------ */

  var FOLD = { en: foldEn, kk: foldKk, el: foldEl }
  var STEM = { en: stemEn, kk: stemKk, el: stemEl }
  var STOP = { en: EN_STOP, kk: KK_STOP, el: EL_STOP }

  function fold(lang, word) { return FOLD[lang](word) }

  /* The index term of one word ("" for a stop word or a word with no letters or digits) */
  function analyse(lang, word) {
    var folded = FOLD[lang](word)
    if (!folded || STOP[lang][folded]) return ""
    return STEM[lang](folded)
  }

  /* Russian on the Kazakh site: the twin of russian_term / index_terms / query_terms in text.py. */
  var RU_WORD = /^[а-яё]+$/
  var RU_STOP = setOf(
    "и в во не что на я с со как а то все она так его но да ты к у же вы за бы по только ее " +
    "мне было вот от меня еще нет о из ему ли если или ни быть был до вас уж вам ведь там потом " +
    "себя ей может они тут где есть надо ней для мы тебя их чем была сам без чего раз тоже себе " +
    "под будет ж тогда кто этот того потому этого какой ним здесь этом мой тем чтобы нее были " +
    "куда зачем всех можно при об хоть после над нас про них какая эти эту моя этой перед им " +
    "мой мою мои моего моей меня мне нужно хочу хотел хотела")

  function russianTerm(word) {
    var lower = word.toLowerCase()
    if (!RU_WORD.test(lower) || RU_STOP[lower.split("ё").join("е")] || !HcRussian) return ""
    return foldKk(HcRussian.stem(lower))
  }

  function indexTerms(lang, word) {
    var terms = []
    var main = analyse(lang, word)
    if (main) terms.push(main)
    if (lang === "kk") {
      var ru = russianTerm(word)
      if (ru && ru !== main) terms.push(ru)
    }
    return terms
  }

  /* The query side: the terms one typed word looks for (the first is its analysis, the others
     alternatives: a match on any is a match on the word). */
  function queryTerms(lang, word) {
    if (lang === "kk" && RU_STOP[word.toLowerCase().split("ё").join("е")]) return []
    return indexTerms(lang, word)
  }


  /* Split text into words: the separator of every index (helpcenter/search/text.py SEPARATOR) */
  var SEPARATOR = /[\s\-\u2010-\u2015,.;:!?\u037e\u00b7()\[\]{}"'\u2018\u2019\u201c\u201d\u00ab\u00bb\/\\|<>=+*~^&%#@_]+/

  return {
    fold: fold, analyse: analyse, indexTerms: indexTerms, queryTerms: queryTerms,
    stemEn: stemEn, stemKk: stemKk, stemEl: stemEl, SEPARATOR: SEPARATOR, LANGS: ["en", "kk", "el"]
  }
})
