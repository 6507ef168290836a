// Runs a built language's search worker file (<site>/<lang>/search/worker.js, as hooks/search.py bundles it)
// as a browser would, in a worker-like global: node worker_run.js <worker.js> ; one query a line on stdin,
// one JSON line out each: the worker's last RESULT for it. fetch() reads the worker's own folder.
"use strict"
const fs = require("fs")
const path = require("path")
const vm = require("vm")
const file = path.resolve(process.argv[2])
const listeners = []
let answer = null
const self = {
  location: { href: "file://" + file },
  addEventListener: (type, fn) => { if (type === "message") listeners.push(fn) },
  postMessage: msg => { if (msg.type === 3) answer = msg.data },
  fetch: url => {
    const name = new URL(url).pathname.split("?")[0]
    const body = fs.readFileSync(name, "utf8")
    return Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(JSON.parse(body)) })
  },
  importScripts: () => { throw new Error("the bundled worker must not import scripts") },
  console, URL, Promise, Map, Set, Math, JSON, Object, Array, String, Number, RegExp, Error,
}
self.self = self
vm.createContext(self)
vm.runInContext(fs.readFileSync(file, "utf8"), self, { filename: file })
let input = ""
process.stdin.setEncoding("utf8")
process.stdin.on("data", chunk => { input += chunk })
process.stdin.on("end", async () => {
  const out = []
  for (const q of input.split("\n").filter(Boolean)) {
    answer = null
    listeners.forEach(fn => fn({ data: { type: 2, data: q } }))
    for (let i = 0; i < 200 && answer === null; i++) await new Promise(r => setTimeout(r, 5))
    // the worker answers twice for a fresh query (titles, then texts): wait for the queue to settle
    await new Promise(r => setTimeout(r, 50))
    out.push(JSON.stringify(answer))
  }
  process.stdout.write(out.join("\n") + "\n")
})
