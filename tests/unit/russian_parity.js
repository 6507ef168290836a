// Reads one word a line on stdin and prints the JavaScript Russian stem of each, one a line.
// Used by test_search_russian.py.
"use strict"
const path = require("path")
const HcRussian = require(path.resolve(process.argv[2]))
let input = ""
process.stdin.setEncoding("utf8")
process.stdin.on("data", chunk => { input += chunk })
process.stdin.on("end", () => {
  const words = input.split("\n").filter(Boolean)
  process.stdout.write(words.map(w => HcRussian.stem(w)).join("\n") + "\n")
})
