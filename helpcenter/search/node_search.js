// Runs queries through the browser's search engine (overrides/assets/javascripts/search/engine.js) in Node,
// on a built language's index files: node node_search.js <site>/<lang root>/search <assets/javascripts/search>
// Reads one JSON request a line on stdin ({"q": "...", "article", "first", "early": optional}) and prints one
// JSON line each: the search result ({items: [[{location, title, text, score, terms}]], total, loaded: [index files
// read for it, in order]}, and with "early": true, early: the titles-only list the worker sends first, or
// null when it sends none). Used by helpcenter.search.relevance.
"use strict"
const fs = require("fs")
const path = require("path")
const [dir, js] = process.argv.slice(2)
const A = require(path.resolve(js, "analysis.js"))
const { Engine } = require(path.resolve(js, "engine.js"))
const read = name => JSON.parse(fs.readFileSync(path.join(dir, name.split("?")[0]), "utf8"))
let loaded = []
const engine = new Engine(A, read("search_index.json"), name => { loaded.push(name.split("?")[0]); return read(name) })
let input = ""
process.stdin.setEncoding("utf8")
process.stdin.on("data", chunk => { input += chunk })
process.stdin.on("end", async () => {
  const out = []
  for (const line of input.split("\n")) {
    if (!line) continue
    const req = JSON.parse(line)
    loaded = []
    let early = null
    const result = await engine.search(req.q, { article: req.article, first: req.first,
      early: req.early ? p => { early = p } : null })
    result.loaded = loaded
    if (req.early) result.early = early
    out.push(JSON.stringify(result))
  }
  process.stdout.write(out.join("\n") + (out.length ? "\n" : ""))
})
