"""Per-language search: word analysis (text), Porter stemmer (porter), index files (pack) and a
Python mirror of the browser's lunr search (engine). No MkDocs imports."""
