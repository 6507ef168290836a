/*
 * Russian stemmer: Snowball's Russian algorithm, for the Russian words customers type on the
 * Kazakh site. The JavaScript twin of helpcenter/search/russian.py (read its docstring for the
 * algorithm); tests/unit/test_search_russian.py requires both to agree, word for word, with
 * each other and with the snowballstemmer package. Change both or neither.
 * Plain ES2015, no dependencies: `module.exports` under Node, the global `HcRussian` in a worker.
 */
(function (root, factory) {
  var api = factory()
  if (typeof module === "object" && module.exports) module.exports = api
  else root.HcRussian = api
})(typeof self !== "undefined" ? self : this, function () {
  "use strict"

  var VOWELS = "аеиоуыэюя"

  /* A class of endings, longest first: [ending, removed only after а or я]. */
  function endingClass(afterA, anywhere) {
    var marked = {}
    anywhere.split(" ").forEach(function (e) { if (e) marked[e] = false })
    afterA.split(" ").forEach(function (e) { if (e) marked[e] = true })
    return Object.keys(marked).sort(function (a, b) {
      if (a.length !== b.length) return b.length - a.length
      return a < b ? -1 : a > b ? 1 : 0
    }).map(function (e) { return [e, marked[e]] })
  }

  var PERFECTIVE_GERUND = endingClass("в вши вшись", "ив ивши ившись ыв ывши ывшись")
  var ADJECTIVE = endingClass("", "ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых " +
    "ую юю ая яя ою ею")
  var PARTICIPLE = endingClass("ем нн вш ющ щ", "ивш ывш ующ")
  var REFLEXIVE = endingClass("", "ся сь")
  var VERB = endingClass("ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно",
    "ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит " +
    "ыт ены ить ыть ишь ую ю")
  var NOUN = endingClass("", "а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам " +
    "ом о у ах иях ях ы ь ию ью ю ия ья я")
  var DERIVATIONAL = ["ость", "ост"]
  var SUPERLATIVE = ["ейше", "ейш"]

  function endsWith(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s }

  function regions(word) {
    var n = word.length
    function past(i, vowel) {
      while (i < n && (VOWELS.indexOf(word[i]) >= 0) !== vowel) i++
      return i + 1
    }
    var rv = past(0, true)
    if (rv > n) return [n, n]
    var r1 = past(rv, false)
    var r2 = r1 <= n ? past(past(r1, true), false) : n + 1
    return [rv, Math.min(r2, n)]
  }

  /* The word without the longest ending of the class found in RV, or null. */
  function remove(word, rv, endings) {
    for (var i = 0; i < endings.length; i++) {
      var ending = endings[i][0]
      var start = word.length - ending.length
      if (start < rv || !endsWith(word, ending)) continue
      if (endings[i][1] && (start - 1 < rv || "ая".indexOf(word[start - 1]) < 0)) return null
      return word.slice(0, start)
    }
    return null
  }

  function stem(word) {
    word = word.split("ё").join("е")
    var reg = regions(word), rv = reg[0], r2 = reg[1]
    var out = remove(word, rv, PERFECTIVE_GERUND)
    if (out === null) {
      out = remove(word, rv, REFLEXIVE)
      if (out !== null) word = out
      out = remove(word, rv, ADJECTIVE)
      if (out !== null) {
        var participle = remove(out, rv, PARTICIPLE)
        if (participle !== null) out = participle
      } else {
        out = remove(word, rv, VERB)
        if (out === null) out = remove(word, rv, NOUN)
      }
    }
    if (out !== null) word = out
    if (endsWith(word, "и") && word.length - 1 >= rv) word = word.slice(0, -1)
    for (var i = 0; i < DERIVATIONAL.length; i++) {
      var d = DERIVATIONAL[i]
      if (endsWith(word, d) && word.length - d.length >= Math.max(rv, r2)) {
        word = word.slice(0, -d.length)
        break
      }
    }
    for (var j = 0; j < SUPERLATIVE.length; j++) {
      var s = SUPERLATIVE[j]
      if (endsWith(word, s) && word.length - s.length >= rv) {
        word = word.slice(0, -s.length)
        if (endsWith(word, "нн") && word.length - 2 >= rv) word = word.slice(0, -1)
        return word
      }
    }
    if (endsWith(word, "нн") && word.length - 2 >= rv) return word.slice(0, -1)
    if (endsWith(word, "ь") && word.length - 1 >= rv) return word.slice(0, -1)
    return word
  }

  return { stem: stem }
})
