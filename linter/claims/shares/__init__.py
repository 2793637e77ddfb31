"""Shares: a stated percentage linked to its part and whole (`links`, the linker), shares told one item a line
(`lines`), the other readings of a percentage (`readings`) and the explanations tried before a share is
accused (`explain`)."""
