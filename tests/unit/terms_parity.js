// Reads "lang<TAB>word" lines on stdin and prints, for each, the JavaScript index and query terms
// as JSON lines: [indexTerms(lang, word), queryTerms(lang, word)]. Used by test_search_vocabulary.py.
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
    out.push(JSON.stringify([HcSearch.indexTerms(lang, word), HcSearch.queryTerms(lang, word)]))
  }
  process.stdout.write(out.join("\n") + "\n")
})
