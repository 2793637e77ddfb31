"""Text → figures: the number grammar (`quantities`, `context`, `segment`), the date grammar, units,
writing numbers back (`numfmt`, `edits`) and interval arithmetic (`arith`, `changemath`)."""
