"""The `factlint` command's entry point: start-up with the cyclic garbage collector paused.

Start-up makes tens of thousands of objects that live as long as the process (modules, classes,
compiled patterns, the vocabularies), and every allocation threshold they cross starts a
collection that frees nothing. Pausing the collector while the command and its rules load, then
moving what they made to the permanent generation (`gc.freeze`), saves about a tenth of a cold
run of one file; later collections, here and in forked workers, no longer walk those objects.
"""
from __future__ import annotations

import gc


def main() -> None:
    gc.disable()
    try:
        from linter.cli import main as command
        from linter.run.discovery import load_rules

        load_rules()
    finally:
        gc.freeze()
        gc.enable()
    command()
