"""Built-in rules, one module each; installed as `linter.rules`.

The engine imports the modules named in BUILTIN (no import-time registry): add a module here
to ship a new rule.
"""
from __future__ import annotations

BUILTIN: tuple[str, ...] = (
    "percent_of_total",
    "shares_total",
    "sum_of_parts",
    "part_within_whole",
    "mixed_convention",
    "ambiguous_number",
    "malformed_number",
    "year_range",
    "weekday_date",
    "invalid_date",
    "percent_change",
    "stated_difference",
    "unit_conversion",
    "target_attainment",
    "table_total",
    "table_share",
    "table_shares_total",
    "prose_table",
    "restated_figure",
    "rate_per_base",
)
