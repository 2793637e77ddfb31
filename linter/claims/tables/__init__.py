"""The table linkers: `grid` (the tables of a document and their cells) is their base; `totals`,
`rates`, `columns`, `prose` and `changes` each read one kind of claim from it."""
