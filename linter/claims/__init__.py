"""Figures → claims: `analysis` (the shared types), one linker per claim family, `tables/` and
`changes/` (a family's linker with its base and helpers), and `pipeline` with the one ordered list
of linkers. A linker never imports another linker; only the pipeline knows them all."""
