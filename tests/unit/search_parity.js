// Reads "lang<TAB>word" lines on stdin and prints, for each, the JavaScript search analysis as
// JSON lines: [lang, word, fold(lang, word), analyse(lang, word), indexTerms(lang, word), the word split by
// the index separator, queryTerms(lang, word)]. Used by test_search_parity.py and test_search_vocabulary.py.
"use strict"
const path = require("path")
const HcSearch = require(path.resolve(process.argv[2]))
let input = ""
process.stdin.setEncoding("utf8")
process.stdin.on("data", chunk => { input += chunk })
process.stdin.on("end", () => {
  const out = []
  for (const line of input.split("\n")) {
    if (!line) continue
    const [lang, word] = line.split("\t")
    out.push(JSON.stringify([lang, word, HcSearch.fold(lang, word), HcSearch.analyse(lang, word),
      HcSearch.indexTerms(lang, word), word.split(HcSearch.SEPARATOR).filter(Boolean),
      HcSearch.queryTerms(lang, word)]))
  }
  process.stdout.write(out.join("\n") + "\n")
})
