"""Output: one function per format (`output`), the code frames of `full` (`terminal`), SARIF, and the
statistics and verified-claims reports."""
