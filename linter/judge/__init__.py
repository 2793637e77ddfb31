"""The rule kit: `registry` (`rule()`, the `Context` a rule reads the analysis through and reports
with), the verdicts the prose and table rules share, the likely-typo search (`explain`) and the
list of verified claims."""
